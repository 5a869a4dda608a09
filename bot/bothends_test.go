package bot_test

import (
	"strings"
	"testing"
)

// A question of how a figure changed is quoted with both ends; one asking
// where it ended, with the end only.
func TestChangeQuotedWithBothEnds(t *testing.T) {
	b := botOver(t, map[string]string{
		"guihua.txt": "沈阳市卫生健康事业发展“十四五”规划\n“十三五”期间，全市人均预期寿命达到81.94岁，婴儿死亡率从2015年的3.91‰降低至2020年的2.11‰，5岁以下儿童死亡率降至3.2‰。\n",
	})
	a := ask(t, b, nil, "沈阳十三五那几年，婴儿死亡率从多少降到了多少？")
	if !strings.Contains(a.Text, "3.91‰") || !strings.Contains(a.Text, "2.11‰") {
		t.Errorf("want both ends of the change: %s", a.Text)
	}
	a = ask(t, b, nil, "沈阳2020年婴儿死亡率降到多少了？")
	if !strings.Contains(a.Text, "2.11‰") || strings.Contains(a.Text, "3.91‰") {
		t.Errorf("want where it ended, not where it started: %s", a.Text)
	}
}
