package figures

import "testing"

// 在 opening a status ("在培学员", "在读学生", "在岗职工") is part of the
// label, not a preposition to drop.
func TestStatusWithZai(t *testing.T) {
	want := map[string]string{"8179": "在培学员", "1200": "在读学生", "356": "在岗职工"}
	for _, f := range Extract("住院医师培训已累计招收10462人,在培学员8179人;在读学生1200人,在岗职工356人。") {
		if w, ok := want[f.Raw]; ok {
			delete(want, f.Raw)
			if f.Label != w {
				t.Errorf("%s: label %q, want %q", f.Raw, f.Label, w)
			}
		}
	}
	for raw := range want {
		t.Errorf("%s not read", raw)
	}
}
