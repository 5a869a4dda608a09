package figures

import "testing"

// A bracketed note on how the figures after it are counted ("(以下均为实有
// 床位数)") names none of them; a bracketed indicator name does.
func TestBracketedNoteIsNoName(t *testing.T) {
	for sentence, want := range map[string]string{
		"年末各类卫生机构拥有床位(以下均为实有床位数)3515张,比上年增长11.5%。": "各类卫生机构拥有床位",
		"占总人口的比重（常住人口城镇化率）为62.07%。":                "常住人口城镇化率",
	} {
		figs := Extract(sentence)
		if len(figs) == 0 || figs[0].Label != want {
			t.Errorf("%s: %+v, want the label %q", sentence, figs, want)
		}
	}
}
