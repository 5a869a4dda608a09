package bot_test

import (
	"strings"
	"testing"
)

// "扩大了多少，从几种到几种" is one question: its second clause asks the two
// ends of the change the first asks, and the answer quotes both.
func TestBothEndsClauseIsNoSecondQuestion(t *testing.T) {
	t.Parallel()
	b := botOver(t, map[string]string{
		"zyb.txt": "国家卫生健康委：2023年职业健康工作进展\n我国已建成国家职业病及危害因素监测和职业病报告体系；职业病病种监测由原来的10种扩大到132种，已实现重点县区和病种的监测全覆盖。\n",
	})
	a := ask(t, b, nil, "国家职业病病种监测的范围扩大了多少，从几种到几种？")
	if !strings.Contains(a.Text, "10种") || !strings.Contains(a.Text, "132种") {
		t.Errorf("want both ends, 10种 and 132种: %s", a.Text)
	}
	if strings.Contains(a.Text, "未找到") {
		t.Errorf("the clause asking the ends answered as a question of its own: %s", a.Text)
	}
}
