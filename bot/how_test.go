package bot_test

import (
	"strings"
	"testing"
)

// "X是怎么改的" asks how: the run-in item a heading names for X is quoted
// whole, its measures though they do not repeat X's words (made-up report).
func TestHowAnsweredByTheNamedItem(t *testing.T) {
	b := botOver(t, map[string]string{
		"醴陵市卫健局2024年工作总结.txt": "醴陵市卫生健康局2024年工作总结\n一、深化医改\n" +
			"一是完善公立医院绩效考核。调整成本控制、费用控制等考核指标。二是完善公立医院管理机制。深化人事制度改革,实施公立医院员额制。" +
			"开展信息流、商流、资金流“三流合一”的药品采购平台建设。三是推进分级诊疗。组建医共体3个。\n",
	})
	a := ask(t, b, nil, "醴陵2024年公立医院管理机制是怎么改的？")
	for _, want := range []string{"员额制", "三流合一"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "医共体") {
		t.Errorf("the next item quoted: %s", a.Text)
	}
}
