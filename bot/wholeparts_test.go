package bot_test

import (
	"strings"
	"testing"
)

// "一共发了多少条" asks the whole a sentence breaks into parts after
// "其中", not a part whose label shares more of the question's words
// (made-up disclosure report).
func TestTotalAskedIsTheWholeBeforeItsParts(t *testing.T) {
	b := botOver(t, map[string]string{
		"report.txt": "桐城市卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局通过网站共公开发布信息197条，其中：疫情防控99条，政务信息86条，健康专栏12条。\n",
	})
	a := ask(t, b, nil, "桐城市卫健局2022年在网上一共发了多少条政务信息？")
	if !strings.Contains(firstLine(a.Text), "197条") {
		t.Errorf("want the whole, 197条:\n%s", a.Text)
	}
}
