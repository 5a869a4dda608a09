package figures

import "testing"

// Examples listed after a count up to 等 and the noun naming them all are
// one object: the count is of that noun, not of the first example.
func TestExamplesUpToDengNameTheCounted(t *testing.T) {
	for _, c := range []struct{ sentence, raw, label string }{
		{"对4361名红黄码、密接等风险人员进行流调复盘,查找并堵塞防控风险。", "4361", "红黄码、密接等风险人员"},
		{"培训300名医生、护士等医务人员。", "300", "培训医生、护士等医务人员"},
		{"新建5个卫生院、3个社区卫生服务中心。", "5", "新建卫生院"},
	} {
		if f := figureOf(t, c.sentence, c.raw); f.Raw != "" && f.Label != c.label {
			t.Errorf("%s: label %q, want %q", c.sentence, f.Label, c.label)
		}
	}
}

// Kinds counted right before a noun that another number measures ("12类基
// 本公共卫生服务资金3728万元") leave the noun to that number's label too.
func TestKindsLeaveTheNounToTheNextNumber(t *testing.T) {
	s := "2023年度12类基本公共卫生服务资金3728万元全部执行到位。"
	if f := figureOf(t, s, "3728"); f.Raw != "" && f.Label != "基本公共卫生服务资金" {
		t.Errorf("%s: label %q, want 基本公共卫生服务资金", s, f.Label)
	}
	if f := figureOf(t, "开展12类基本公共卫生服务项目。", "12"); f.Raw != "" && f.Label != "开展基本公共卫生服务项目" {
		t.Errorf("label %q, want 开展基本公共卫生服务项目", f.Label)
	}
}
