package figures

import "testing"

// "报告法定传染病22种,总病例数37960例,报告总死亡数为75例": the cases and deaths
// are the 法定传染病's; the diseases in brackets keep their own names.
func TestCasesOfTheKindsCounted(t *testing.T) {
	sentence := "贵州省通过网络直报系统报告法定传染病22种,总病例数37960例,报告总死亡数为75例(其中艾滋病67例,肺结核7例)。"
	for raw, want := range map[string]string{"37960": "法定传染病总病例数", "75": "法定传染病总死亡数", "67": "艾滋病"} {
		if f := figureOf(t, sentence, raw); f.Label != want {
			t.Errorf("%s labelled %q, want %q", raw, f.Label, want)
		}
	}
	if f := figureOf(t, "全市共有医院32家,总病例数1200例。", "1200"); f.Label != "总病例数" {
		t.Errorf("no kinds counted before: %q", f.Label)
	}
}
