package bot_test

import (
	"strings"
	"testing"
)

// "病倒了多少人" is the reports' 发病人数: the official term for the lay
// word, with its count head, answers in the unit asked.
func TestLayWordAnsweredByTheOfficialCount(t *testing.T) {
	t.Parallel()
	b := botOver(t, map[string]string{
		"aba.txt": "阿坝州2022年食品安全风险监测工作报告\n1.食源性疾病病例监测\n全州25家监测医疗机构通过“食源性疾病监测系统”累计报告病例2677例。\n2.食源性疾病事件监测\n截至2022年12月12日，全州各级食源性疾病监测机构共报告食源性疾病事件4起。暴露人数520人，发病人数25人，住院人数10人，无死亡病例报告。\n",
	})
	a := ask(t, b, nil, "阿坝州2022年那几起食源性疾病暴发一共病倒了多少人？")
	if !strings.Contains(a.Text, "25人") || strings.Contains(a.Text, "520人") {
		t.Errorf("want the 25 who fell ill: %s", a.Text)
	}
}
