package bot_test

import (
	"strings"
	"testing"
)

// A rate asked by its catalogue name ("规范管理率") is not answered by
// another share of the same people ("占到患者总数的87.92%") (made-up
// figures).
func TestRateAskedIsNotAnotherShare(t *testing.T) {
	b := botOver(t, map[string]string{
		"社区精神卫生工作研究.txt": "截至2021年底,上海市嘉定区在册严重精神障碍患者数量为7401人,其中6507人都是在社区居家进行生活和康复,占到患者总数的87.92%。\n",
		"福州市精神卫生工作.txt":  "2021年,福州市严重精神障碍患者规范管理率为85.3%。\n",
	})
	a := ask(t, b, nil, "上海嘉定区2021年底重精患者的规范管理率是多少？")
	if strings.Contains(a.Text, "87.92%") {
		t.Errorf("answer %q gives another share as the 规范管理率", a.Text)
	}
}
