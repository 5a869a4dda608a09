package bot_test

import (
	"strings"
	"testing"
)

// The dates of a page's links and its editor's credit, written one a line
// under the article, are no items of a list nor sentences to quote.
func TestPageDebrisIsNoAnswer(t *testing.T) {
	b := botOver(t, map[string]string{
		"2018年药品不良反应监测年度报告.txt": "国家药品不良反应监测年度报告(2018年)发布\n" +
			"根据报告,2018年全国药品不良反应监测网络收到《药品不良反应/事件报告表》149.9万份。按照怀疑药品类别统计,化学药品占83.9%、中药占14.6%、生物制品占1.5%。\n" +
			"(责任编辑:秋彤)\n2024-11-21\n2024-11-21\n2024-11-10\n",
	})
	a := ask(t, b, nil, "2018年全国报上来的药品不良反应，按药的类别分是哪几类？")
	if !strings.Contains(a.Text, "生物制品") || strings.Contains(a.Text, "2024-11-21") || strings.Contains(a.Text, "秋彤") {
		t.Errorf("want the classes without the page's debris: %s", a.Text)
	}
}
