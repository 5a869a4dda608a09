package corpus

import "testing"

// A title dating a half year reports that half ("2019下半年…案件"); one
// that plans it says so in other words ("2019年下半年工作计划").
func TestTitleDatedHalfReports(t *testing.T) {
	for title, want := range map[string]Kind{
		"洛阳公示2019下半年卫生行政处罚案件": KindSummary,
		"洛阳市2019年下半年卫生监督工作计划": KindPlan,
	} {
		text := title + "\n洛阳市卫生计生监督局2019年下半年共结案案件115件,比上半年增长117%。\n"
		r := Parse("公示.txt", text, Meta{}, Options{}).Reports[0]
		if r.Kind != want {
			t.Errorf("%s: kind %s, want %s", title, r.Kind, want)
		}
	}
}
