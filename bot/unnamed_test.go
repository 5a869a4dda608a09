package bot

import "testing"

// The words a question adds to its indicator's name are those standing
// clear of the name's words, not a bigram across two of them.
func TestUnnamedBigrams(t *testing.T) {
	got := unnamedBigrams("病人住院平均住几天就出院", []string{"avg_length_of_stay"})
	if got["院平"] || !got["病人"] {
		t.Errorf("unnamedBigrams = %v, want 病人 and no 院平", got)
	}
	got = unnamedBigrams("专门搞公共卫生的机构床位", []string{"beds_total"})
	if !got["公共"] || got["床位"] || got["共卫"] {
		t.Errorf("unnamedBigrams = %v, want 公共 and neither 床位 nor 共卫", got)
	}
}
