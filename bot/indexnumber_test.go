package bot_test

import (
	"strings"
	"testing"
)

// Asked a figure the reports do not give, an answer whose quotes hold only
// a year and an index number says first that the figure is not found
// (made-up 决算 page).
func TestIndexNumberIsNoFigure(t *testing.T) {
	b := botOver(t, map[string]string{
		"juesuan.txt": "云溪镇卫生院2024年度部门决算\n云溪镇卫生院2024年度部门决算公开索引号53252800236100601000\n二、收入决算表三、支出决算表\n",
	})
	a := ask(t, b, nil, "云溪镇卫生院2024年一年总收入有多少万？")
	if !strings.Contains(firstLine(a.Text), "没有找到") {
		t.Errorf("want the figure said not found first:\n%s", a.Text)
	}
}
