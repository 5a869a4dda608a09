package bot_test

import (
	"strings"
	"testing"
)

// A part counted alone after its whole ("主动公开政府信息88条。其中包括:…医疗
// 卫生6条"): asked in the whole's words and the part's, the part answers;
// asked the whole, the whole (made-up report).
func TestPartNamedAloneAnswersWithItsWhole(t *testing.T) {
	b := botOver(t, map[string]string{
		"正宁县信息公开年报.txt": "正宁县卫生健康局2023年政府信息公开工作年度报告\n(一)政务主动公开方面。2023年,正宁县卫生健康局累计主动公开政府信息88条。其中包括:公示公告12条,医疗卫生6条,疫情防控3条,财政预决算51条。\n",
	})
	a := ask(t, b, nil, "正宁县卫健局2023年公开的医疗卫生类信息有几条？")
	if !strings.Contains(a.Text, "6条") || strings.Contains(a.Text, "88条") {
		t.Errorf("want the part, 6条:\n%s", a.Text)
	}
	// Asked the whole, the whole answers: the part's own words are not asked.
	if a := ask(t, b, nil, "正宁县卫健局2023年在网上主动公开了多少条信息？"); !strings.Contains(a.Text, "88条") {
		t.Errorf("want the whole, 88条:\n%s", a.Text)
	}
}
