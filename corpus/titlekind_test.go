package corpus

import "testing"

// A title dating a half year reports that half ("2019下半年…案件"), one that
// plans it says so in other words ("2019年下半年工作计划"); a title reporting
// a goal reached reports, one seeking it plans.
func TestTitleKindOfHalvesAndGoals(t *testing.T) {
	for _, c := range []struct {
		title, body string
		want        Kind
	}{
		{"洛阳公示2019下半年卫生行政处罚案件", "洛阳市卫生计生监督局2019年下半年共结案案件115件,比上半年增长117%。", KindSummary},
		{"洛阳市2019年下半年卫生监督工作计划", "洛阳市卫生计生监督局2019年下半年共结案案件115件,比上半年增长117%。", KindPlan},
		{"青海实现以县为单位消除新生儿破伤风目标", "目前,全省新生儿破伤风发病率为0.034‰,婴儿死亡率为7.25‰。", KindSummary},
		{"青海力争实现以县为单位消除疟疾目标", "目前,全省新生儿破伤风发病率为0.034‰,婴儿死亡率为7.25‰。", KindPlan},
		{"青海省2021年卫生健康工作目标", "目前,全省新生儿破伤风发病率为0.034‰,婴儿死亡率为7.25‰。", KindPlan},
	} {
		r := Parse("t.txt", c.title+"\n"+c.body+"\n", Meta{}, Options{}).Reports[0]
		if r.Kind != c.want {
			t.Errorf("%s: kind %s, want %s", c.title, r.Kind, c.want)
		}
	}
}
