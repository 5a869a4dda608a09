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

// A disclosure page's header may set its keys in brackets ("[ 索引号 ]
// 1150…/2025-00162 [ 发文字号 ]"): asked, that page's index number answers,
// not another page's written with a colon (made-up pages).
func TestIndexNumberInBracketedKeys(t *testing.T) {
	b := botOver(t, map[string]string{
		"jiaping.txt": "[ 索引号 ] 11500381MB1/2025-00162 [ 发文字号 ]\n[ 发布机构 ] 云溪镇卫生院\n" +
			"云溪镇卫生院2024年度决算公开说明\n一、基本情况\n云溪镇卫生院2024年度收入总计1110.70万元。\n",
		"songji.txt": "| 索引号: | 11500383009/2025-00112 | 发文字号: | 无 |\n" +
			"松溉镇卫生院2024年度部门决算公开说明\n一、基本情况\n松溉镇卫生院2024年度收入总计980.20万元。\n",
	})
	a := ask(t, b, nil, "云溪镇卫生院2024年度决算公开那条，索引号是多少？")
	if !strings.Contains(firstLine(a.Text), "11500381MB1/2025-00162") {
		t.Errorf("want that page's index number:\n%s", a.Text)
	}
}
