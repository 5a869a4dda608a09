package bot_test

import (
	"strings"
	"testing"
)

// A rate of the age group asked ("18岁以上人群接种率") answers "18岁以上的人打
// 新冠疫苗的比例" in a report on that vaccine, though its label does not
// name the vaccine the catalogue indicator does.
func TestRateOfTheAgeGroupAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"接种.txt": "博兴县新冠病毒疫苗接种工作情况\n2022-01-05\n自去年1月开展新冠病毒疫苗接种工作以来,各级各部门通力协作。截至2021年底,18岁以上人群接种率95.76%,列七县市区第一,3岁以上人群接种率96.07%。\n",
	})
	a := ask(t, b, nil, "截至2021年底，博兴18岁以上的人打新冠疫苗的比例到多少了？")
	if first := strings.SplitN(a.Text, "\n", 2)[0]; !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(first, "95.76%") {
		t.Errorf("want the age group's rate, 95.76%%:\n%s", a.Text)
	}
}
