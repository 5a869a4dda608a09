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

// Beside labels of other things the verb is shared by ("先后成立了11个管理
// 中心、5个业务中心和13个质控中心"), the things counted alone still answer.
func TestCountedThingInASharedVerbList(t *testing.T) {
	b := botOver(t, map[string]string{
		"总院.txt": "西吉县医疗健康总院2022年上半年工作总结\n制定印发了总院章程等规范性文件,先后成立了9个管理中心、4个业务中心和12个质控中心,为落实“五统一”管理提供保障。\n",
	})
	a := ask(t, b, nil, "西吉医疗健康总院2022年成立了几个质控中心？")
	if first := firstLine(a.Text); !strings.Contains(first, "12个") {
		t.Errorf("want the 12 质控中心:\n%s", a.Text)
	}
}
