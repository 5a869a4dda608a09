package figures

import "testing"

// A value after a verb of change and 到/至/为 is the level reached, not the
// amount of the change: no change qualifier; the amount after the bare verb
// keeps it.
func TestReachedLevelHasNoChangeQualifier(t *testing.T) {
	cases := []struct{ sentence, raw, qual string }{
		{"卫生技术人员由2422人增长到3200人", "3200", ""},
		{"全市执业医师增长至1.2万人", "1.2", ""},
		{"平均住院日缩短到8.5天", "8.5", ""},
		{"药品价格回落至2019年水平的90%", "90", ""},
		{"门诊量增长8%", "8", "增长"},
	}
	for _, c := range cases {
		var found bool
		for _, f := range Extract(c.sentence) {
			if f.Raw != c.raw {
				continue
			}
			found = true
			if f.Qualifier != c.qual {
				t.Errorf("%s: %s qualified %q, want %q", c.sentence, f.Raw, f.Qualifier, c.qual)
			}
		}
		if !found {
			t.Errorf("%s: no figure %s", c.sentence, c.raw)
		}
	}
}
