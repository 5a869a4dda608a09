package indicators

import "testing"

// A bracketed note of what a measure leaves out or counts in does not hide
// the measure: "药品收入（不含中药饮片）占比" is the drug share, and the
// hospitals' other shares are their own indicators, not it.
func TestScopeAsideIgnored(t *testing.T) {
	for text, want := range map[string]string{
		"药品收入（不含中药饮片）占比": "drug_share",
		"药品收入(含中药饮片)占比":  "drug_share",
		"耗材收入占比":         "consumables_share",
		"检查化验收入占比":       "exam_revenue_share",
		"中药饮片收入占比":       "herbal_pieces_share",
	} {
		ms := MatchText(text)
		if len(ms) == 0 || ms[0].Indicator.ID != want || ms[0].Score < 1 {
			t.Errorf("%s: %v, want %s matched whole", text, ms, want)
		}
	}
}
