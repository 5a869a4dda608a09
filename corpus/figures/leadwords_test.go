package figures

import "testing"

// "上年结转" is a measure of its own (requests carried over into the
// year), not 结转 dated last year.
func TestCarriedOverKeepsItsYearWord(t *testing.T) {
	if f := figureOf(t, "2025年,我局新收政府信息公开申请17件,上年结转3件,总计20件。", "3"); f.Label != "上年结转" {
		t.Errorf("3件 labelled %q, want 上年结转", f.Label)
	}
}
