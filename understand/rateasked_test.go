package understand

import "testing"

// A rate per head asked ("每十万个里有几个没保住") is answered by an
// indicator given as such a rate, though the question's words name a count
// more surely ("生孩子": births).
func TestRateAskedPrefersARate(t *testing.T) {
	ids := QuestionIndicators("嵊州十一五那几年，生孩子的产妇每十万个里大概有几个没保住？")
	if len(ids) == 0 || ids[0] != "maternal_mortality" {
		t.Errorf("indicators %v, want maternal_mortality first", ids)
	}
	if got := AskedUnit("产妇每十万个里有几个没保住？"); unitClass(got) != "rate" {
		t.Errorf("unit %q is no rate", got)
	}
}
