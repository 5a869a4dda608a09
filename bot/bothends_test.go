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

// A change asked of one of several measures listed, 分别 after their
// starts, is quoted with its start kept; the level asked, without it.
func TestListedChangeQuotedWithItsStart(t *testing.T) {
	b := botOver(t, map[string]string{
		"guihua.txt": "包头市“十四五”卫生健康事业发展规划\n“十三五”时期，全市每千人口医疗卫生机构床位数、执业医师(助理)数、注册护士数从2015年的5.66张、2.74人、3.58人分别增加至2020年的7.38张、3.57人、4.40人。\n",
	})
	a := ask(t, b, nil, "包头十三五期间每千人的病床数从多少涨到了多少？")
	if !strings.Contains(a.Text, "5.66张") || !strings.Contains(a.Text, "7.38张") {
		t.Errorf("want both ends of the change: %s", a.Text)
	}
	a = ask(t, b, nil, "包头2020年平均一千个人能摊上几个医生？")
	if !strings.Contains(a.Text, "3.57人") || strings.Contains(a.Text, "2.74人") {
		t.Errorf("want the level, without the start: %s", a.Text)
	}
}
