package figures

import "testing"

// A count named by an outcome verb alone is of the count before it.
func TestOutcomeOfTheCountBefore(t *testing.T) {
	got := map[string]string{}
	for _, f := range Extract("上报盟行署办22篇,采用3篇。") {
		got[f.Raw] = f.Label
	}
	if got["22"] != "上报盟行署办" || got["3"] != "上报盟行署办采用" {
		t.Errorf("labels %v", got)
	}
}
