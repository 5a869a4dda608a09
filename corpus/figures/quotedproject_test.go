package figures

import "testing"

// The figures in a quoted project name are its goals; those after it are
// what was done (made-up report).
func TestQuotedProjectNameHoldsGoals(t *testing.T) {
	figs := Extract("由市卫健委牵头的“新增普惠托位4200个,社区婴幼儿成长驿站80家”项目,已新增普惠托位5130个,社区婴幼儿成长驿站96家")
	want := map[string]bool{"4200": true, "80": true, "5130": false, "96": false}
	for _, f := range figs {
		if goal, ok := want[f.Raw]; ok && f.Target != goal {
			t.Errorf("%s: Target %v, want %v", f.Raw, f.Target, goal)
		}
		delete(want, f.Raw)
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}
