package bot_test

import (
	"strings"
	"testing"
)

// A year typed short ("21年") is the year 2021: the figure of that year
// answers, not the other year's.
func TestShortYearAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"2021.txt": "湘阴县卫生健康局2021年工作总结\n一、主要工作\n全县家庭医生签约率达到46.3%。\n",
		"2022.txt": "湘阴县卫生健康局2022年工作总结\n一、主要工作\n全县家庭医生签约率达到51.8%。\n",
	})
	a := ask(t, b, nil, "湘阴县21年家庭医生签约率多少？")
	if !strings.Contains(a.Text, "46.3%") || strings.Contains(a.Text, "51.8%") {
		t.Errorf("want 2021's 46.3%% only: %s", a.Text)
	}
}
