package figures

import "testing"

// A generic amount after a colon whose head names a budget ("(一)收入预算:
// …年初预算数1211.02万元") is that budget's; a named amount keeps its own
// label.
func TestBudgetHeadNamesItsAmount(t *testing.T) {
	got := map[string]string{}
	for _, f := range Extract("(一)收入预算:2025年年初预算数1211.02万元,其中:一般公共预算拨款224.10万元,事业收入986.92万元。") {
		got[f.Raw] = f.Label
	}
	for raw, want := range map[string]string{"1211.02": "收入预算：预算数", "224.10": "一般公共预算拨款", "986.92": "事业收入"} {
		if got[raw] != want {
			t.Errorf("%s labelled %q, want %q", raw, got[raw], want)
		}
	}
}
