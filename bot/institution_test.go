package bot_test

import (
	"strings"
	"testing"
)

// A question naming one institution ("县人民医院") is not answered by the
// figure of a report about another of the county's (its 中医院), though it
// counts the same thing; a question naming that one is (made-up reports).
func TestFigureOfAnotherInstitution(t *testing.T) {
	b := botOver(t, map[string]string{
		"yusuan.txt": "桐城市中医院2024年部门预算情况说明\n一、基本情况\n医院现有2个院区，老院区编制床位255张，新城分院开放床位450张。\n",
	})
	a := ask(t, b, nil, "桐城市人民医院现在开了多少张床？")
	if strings.Contains(a.Text, "450") || strings.HasPrefix(a.Text, "根据资料") {
		t.Errorf("another hospital's beds given:\n%s", a.Text)
	}
	a = ask(t, b, nil, "桐城市中医院新城分院开了多少张床？")
	if !strings.Contains(firstLine(a.Text), "450张") {
		t.Errorf("want the 中医院's own beds:\n%s", a.Text)
	}
}
