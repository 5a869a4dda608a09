package corpus

import "testing"

// A study over a period of years reports what was observed; a programme
// over a period of years sets targets.
func TestStudyOverYearsIsNoPlan(t *testing.T) {
	for title, want := range map[string]Kind{
		"2012—2021年青岛市围产儿出生缺陷监测分析": KindSummary,
		"健康青岛行动(2019—2030年)":       KindPlan,
	} {
		r := Parse("t.txt", title+"\n2021年青岛市围产儿出生缺陷平均发生率为78.83/万。\n", Meta{}, Options{}).Reports[0]
		if r.Kind != want {
			t.Errorf("%s: kind %q, want %q", title, r.Kind, want)
		}
	}
}
