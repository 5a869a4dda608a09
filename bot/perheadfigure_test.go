package bot_test

import (
	"strings"
	"testing"
)

// Asked per thousand people in speech, the figure per thousand answers,
// and a count alone is no answer (made-up news).
func TestPerHeadAskedIsNotAnsweredByTheCount(t *testing.T) {
	report := "淄川区托育服务发展情况\n截至目前,淄川区共建成托育机构36家,建设托位2380个。\n"
	q := "淄川区的托位按人口算，一千个人里头能摊到几个娃娃的位子？"
	if a := ask(t, botOver(t, map[string]string{"淄川区托育.txt": report}), nil, q); strings.Contains(a.Text, "2380个") {
		t.Errorf("the count given for the count per thousand:\n%s", a.Text)
	}
	report = strings.Replace(report, "2380个。", "2380个,每千人拥有婴幼儿托位数达到3.42个。", 1)
	if a := ask(t, botOver(t, map[string]string{"淄川区托育.txt": report}), nil, q); !strings.Contains(a.Text, "3.42个") || strings.Contains(a.Text, "2380个") {
		t.Errorf("want the places per thousand:\n%s", a.Text)
	}
}
