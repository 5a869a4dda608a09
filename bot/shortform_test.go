package bot

import "testing"

// Staff shorten an institution's name by keeping some of its characters in
// order: the short form names the same institution.
func TestShortFormOfInstitution(t *testing.T) {
	for _, c := range []struct {
		short, name string
		want        bool
	}{
		{"妇幼中心", "妇幼保健计划生育服务中心", true},
		{"疾控中心", "疾病预防控制中心", true},
		{"中医院", "中医医院", true},
		{"妇幼中心", "疾病预防控制中心", false},
		{"人民医院", "中医医院", false},
	} {
		if got := shortFormOf(c.short, c.name); got != c.want {
			t.Errorf("shortFormOf(%q, %q) = %v, want %v", c.short, c.name, got, c.want)
		}
	}
}
