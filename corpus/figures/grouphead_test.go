package figures

import "testing"

// A sentence opening with the group its figures count within ("28种乙类传染
// 病中,") names the group in a label that gives only its noun.
func TestFiguresOfTheGroupHead(t *testing.T) {
	figs := Extract("28种乙类传染病中,白喉、新生儿破伤风等12种传染病无发病、死亡报告,其余16种传染病共报告发病14434例,报告死亡22人。")
	for _, f := range figs {
		if f.Raw == "14434" && f.Label != "乙类传染病共报告发病" {
			t.Errorf("14434 labelled %q, want 乙类传染病共报告发病", f.Label)
		}
	}
}
