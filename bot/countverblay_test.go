package bot_test

import (
	"strings"
	"testing"
)

// "干完了几个子项" asks the items done (子项完成), said in the reports'
// word, not the items still under way named by their noun alone (made-up
// half-year report).
func TestCountVerbInLayWords(t *testing.T) {
	b := botOver(t, map[string]string{
		"民心工程.txt": "西青区上半年民心工程成绩单\n发布时间:2025-07-17 13:43\n截至2025年6月底,5个子项已完成,其余19个子项正在加快推进!\n",
	})
	a := ask(t, b, nil, "西青区2025年民心工程到6月底干完了几个子项？")
	if first := firstLine(a.Text); !strings.Contains(first, "5个") {
		t.Errorf("want the 5 done:\n%s", a.Text)
	}
}
