package corpus

import "testing"

// A title reporting a goal reached reports; one seeking it plans.
func TestTitleGoalReachedReports(t *testing.T) {
	for title, want := range map[string]Kind{
		"青海实现以县为单位消除新生儿破伤风目标": KindSummary,
		"青海力争实现以县为单位消除疟疾目标":   KindPlan,
		"青海省2021年卫生健康工作目标":    KindPlan,
	} {
		text := title + "\n目前,全省新生儿破伤风发病率为0.034‰,婴儿死亡率为7.25‰。\n"
		r := Parse("新闻.txt", text, Meta{}, Options{}).Reports[0]
		if r.Kind != want {
			t.Errorf("%s: kind %s, want %s", title, r.Kind, want)
		}
	}
}
