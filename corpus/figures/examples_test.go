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
