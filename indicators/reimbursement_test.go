package indicators

import "testing"

// A reimbursement ratio ("医保报销比例") is its own indicator, not the
// fund's spending its shorter alias "医保报销" names.
func TestReimbursementRatioIsNotFundSpending(t *testing.T) {
	ms := MatchText("80岁以上老人看病医保报销比例今年提了多少")
	if len(ms) == 0 || ms[0].Indicator.ID != "insurance_reimbursement_ratio" {
		t.Errorf("MatchText = %+v, want insurance_reimbursement_ratio first", ms)
	}
}
