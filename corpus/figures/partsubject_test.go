package figures

import "testing"

// Each semicolon part of a sentence that opens with its own subject ("基本
// 药物有…；非基本药物有…") gives its bare amounts that subject.
func TestSubjectsOfSemicolonParts(t *testing.T) {
	s := "2010年，基本药物有267个品种中标入围，采购金额3.05亿元，让利百姓1.17亿元;非基本药物有20712种品规中标入围，采购金额40.2亿元，让利百姓6.96亿元"
	want := map[string]string{"3.05": "基本药物采购金额", "40.2": "非基本药物采购金额", "6.96": "非基本药物让利百姓"}
	for raw, label := range want {
		if f := figureOf(t, s, raw); f.Label != label {
			t.Errorf("%s: label %q, want %q", raw, f.Label, label)
		}
	}
}
