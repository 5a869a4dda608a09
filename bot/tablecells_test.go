package bot_test

import (
	"strings"
	"testing"
)

// A heading naming the topic over a disclosure table's cells saved one a
// line ("信息内容", "本年制发件数", "0") has no items of a list: the bare
// numbers are never quoted as items.
func TestTableCellsAreNoListItems(t *testing.T) {
	b := botOver(t, map[string]string{
		"年报.txt": "安远县卫生健康委2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息465条，内容涉及财政预决算、机构职能、政策文件、工作动态等。\n二、主动公开政府信息情况\n第二十条第(一)项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n规章\n\n0\n\n0\n\n0\n\n行政规范性文件\n\n0\n\n0\n\n0\n",
	})
	a := ask(t, b, nil, "安远县卫健委2023年主动公开的信息都有哪几类？")
	for _, line := range strings.Split(a.Text, "\n") {
		if strings.Contains(line, "“0”") {
			t.Fatalf("a bare cell quoted as an item:\n%s", a.Text)
		}
	}
	if !strings.Contains(a.Text, "工作动态") {
		t.Errorf("want the sentence naming the kinds:\n%s", a.Text)
	}
}
