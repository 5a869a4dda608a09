package bot_test

import (
	"strings"
	"testing"
)

// A question that asks no change ("拨了多少补助") is answered by the level
// (补助资金1700万元), not the change written after it (比上年增长5.5%),
// whatever words the change's label shares; asked how much it grew, the
// change.
func TestLevelBeforeItsChange(t *testing.T) {
	b := botOver(t, map[string]string{
		"盐城.txt": "盐城市下达基本公共卫生服务补助资金\n发布日期：2023-09-01\n" +
			"日前，市财政局根据各区常住人口数和年度绩效评价结果，下达各区基本公共卫生服务市级补助资金1700万元，比上年增长5.5%。\n",
	})
	a := ask(t, b, nil, "盐城市2023年给各区拨了多少基本公卫市级补助？")
	if !strings.Contains(a.Text, "1700万元") || strings.HasPrefix(a.Text, "根据资料，盐城市2023年下达各区基本公共卫生服务市级补助资金比上年增长5.5%") {
		t.Errorf("want the amount first: %s", a.Text)
	}
	a = ask(t, b, nil, "盐城市2023年基本公卫市级补助比上年增长了多少？")
	if !strings.Contains(a.Text, "5.5%") {
		t.Errorf("want the change: %s", a.Text)
	}
}
