package figures

import "testing"

// A rate broken down by population groups in one sentence: each bare
// group's figure counts what the first group's does.
func TestGroupTakesTheBrokenDownSubject(t *testing.T) {
	figs := Extract("围产儿出生缺陷男性(86.73/万)高于女性(69.85/万),城镇(123.88/万)高于农村(40.83/万),差异均有统计学意义")
	want := map[string]string{"86.73": "围产儿出生缺陷男性", "69.85": "围产儿出生缺陷女性", "123.88": "围产儿出生缺陷城镇", "40.83": "围产儿出生缺陷农村"}
	seen := 0
	for _, f := range figs {
		if w, ok := want[f.Raw]; ok {
			seen++
			if f.Label != w {
				t.Errorf("%s: label %q, want %q", f.Raw, f.Label, w)
			}
		}
	}
	if seen != len(want) {
		t.Errorf("found %d of %d figures: %+v", seen, len(want), figs)
	}
}
