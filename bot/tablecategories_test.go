package bot_test

import (
	"strings"
	"testing"
)

// "那张表里分了哪几类医院" asks the categories a table of numbers breaks
// its total into: its rows' names, not a sentence naming some kind of
// hospital (made-up table, one cell a line).
func TestTableCategoriesAsked(t *testing.T) {
	cells := []string{"单位:万人次", "项目", "总诊疗人次", "出院人数", "2010", "2011", "2012", "2010", "2011", "2012",
		"总计", "4946.1", "5554.1", "8072.3", "102.1", "113.1", "177.1",
		"其中:综合医院", "3125.7", "3531.4", "5251.7", "61.1", "62.1", "63.1",
		"中医医院", "900.1", "950.2", "1200.3", "10.1", "11.2", "12.3",
		"专科医院", "920.3", "1072.5", "1620.3", "30.9", "39.8", "101.7",
		"注:中医医院包含中医医院、中西医结合医院和民族医院。"}
	b := botOver(t, map[string]string{"gongzuoliang.txt": "2010-2012年全市三级医疗机构工作量情况\n" + strings.Join(cells, "\n\n") + "\n"})
	a := ask(t, b, nil, "三级医疗机构工作量那张表里分了哪几类医院？")
	for _, want := range []string{"综合医院", "专科医院"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	if strings.Contains(a.Text, "“总计”") || strings.Contains(a.Text, "“出院人数”") {
		t.Errorf("a total or a column listed as a category: %s", a.Text)
	}
}
