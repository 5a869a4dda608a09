package bot_test

import (
	"strings"
	"testing"
)

// Asked how many per ten thousand people in speech ("一万个人能摊到几张"),
// the clause giving the count per 万 answers, not the total beside it
// (made-up news).
func TestPerHeadAskedQuotesTheRatio(t *testing.T) {
	b := botOver(t, map[string]string{
		"南州市中医药.txt": "南州市中医药事业发展迅速\n全市中医类医疗机构床位数达到2468张,每万人拥有床位数6.1张,这一数字高于全省平均水平。\n",
	})
	a := ask(t, b, nil, "南州市按人头算，平均一万个人能摊到几张中医床位？")
	if !strings.Contains(a.Text, "6.1张") || strings.Contains(a.Text, "2468张") {
		t.Errorf("want the beds per 万 alone:\n%s", a.Text)
	}
}
