package figures

import "testing"

// The time a report was made ("截至报告日", "到报告时") only dates the status
// after it: the label is what was done (整改), not the time, nor the label
// of the figure before.
func TestReportTimeIsNoLabel(t *testing.T) {
	for _, s := range []string{
		"共计50项具体问题,问题资金251023.54万元,报告日已整改40项,整改到位资金215587.84万元",
		"共计50项具体问题,问题资金251023.54万元,截至报告日已整改40项",
		"共计50项具体问题,问题资金251023.54万元,到报告时已整改40项",
	} {
		found := false
		for _, f := range Extract(s) {
			if f.Raw == "40" {
				found = true
				if f.Label != "整改" {
					t.Errorf("%s: 40项 labelled %q, want 整改", s, f.Label)
				}
			}
		}
		if !found {
			t.Errorf("%s: 40项 not read", s)
		}
	}
}
