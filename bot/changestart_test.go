package bot_test

import (
	"strings"
	"testing"
)

// "以前是多少" asks where a change started; without it, where it ended.
func TestStartOfAChangeAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"报告.txt": "某省2026年政府工作报告\n过去五年，建成全国医养结合示范省，千人口床位数由6.4张增至7.6张，人均预期寿命增至80.5岁。\n",
	})
	if a := ask(t, b, nil, "千人口床位数以前是多少？"); !strings.Contains(firstLine(a.Text), "6.4张") {
		t.Errorf("want the start, 6.4张:\n%s", a.Text)
	}
	if a := ask(t, b, nil, "千人口床位数现在是多少？"); !strings.Contains(firstLine(a.Text), "7.6张") {
		t.Errorf("want the end, 7.6张:\n%s", a.Text)
	}
}
