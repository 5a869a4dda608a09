package corpus

import (
	"strings"
	"testing"
)

// A form laid out one cell a line, each name above its value, under a web
// page's column name: the page's title is the report's, each value its
// name's; a name and a number once in prose make no form.
func TestFormPairs(t *testing.T) {
	text := "政府信息公开\n\n某县卫生健康局2021年整体绩效评价自评\n\n一、部门(单位)基本概况\n\n联系人\n\n张三\n\n联络电话\n\n188****8989\n\n" +
		"人员编制\n\n55\n\n实有人数\n\n96\n\n职能职责概述\n\n一是贯彻执行卫生健康工作的方针政策。二是协调推进医改。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	if got := doc.Reports[0].Title; got != "某县卫生健康局2021年整体绩效评价自评" {
		t.Errorf("title %q, want the page's own", got)
	}
	got := pipeFigures(t, text)
	want := []string{"人员编制=55@2021", "实有人数=96@2021"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("figures %q, want %q", got, want)
	}
	// A performance-target form: a bar alone on a line between the cells,
	// targets written with ≧.
	form := "某县2024年基本公共卫生服务项目绩效目标申报表\n|\n三级指标\n|\n指标值\n|\n数量指标\n|\n适龄儿童国家免疫规划疫苗接种率\n|\n≧90%\n|\n7 岁以下儿童健康管理率\n|\n≧85%\n|\n"
	if got, want := pipeFigures(t, form), "适龄儿童国家免疫规划疫苗接种率=90%@2024 7 岁以下儿童健康管理率=85%@2024"; strings.Join(got, " ") != want {
		t.Errorf("form with bars between its cells: %q, want %q", got, want)
	}
	if got := pipeFigures(t, "某县2021年工作总结\n一、主要工作\n全年共办理\n\n12\n\n件信访事项均已办结。\n"); len(got) != 0 {
		t.Errorf("a name and a number in prose read as a form: %q", got)
	}
}

func FuzzFormPairs(f *testing.F) {
	f.Add("人员编制\n\n55\n\n实有人数\n\n96\n")
	f.Add("名称\n1\n名称\n2\n3\n")
	f.Fuzz(func(t *testing.T, s string) {
		for _, tb := range formPairs(s, lines(s)) {
			for _, row := range tb.rows {
				for _, c := range row {
					if c.span.Start < 0 || c.span.End > len(s) || s[c.span.Start:c.span.End] != c.text {
						t.Fatalf("cell %q does not stand at %v", c.text, c.span)
					}
				}
			}
		}
	})
}

// An indicator table one cell a line whose blank 单位 cells were dropped
// cannot be lined up: it gives no figure named by a unit or by a dash.
func TestMisalignedCellTableGivesNoUnitLabels(t *testing.T) {
	cells := []string{"领域", "序号", "主要指标", "单位", "2020年", "2025年目标", "指标性质",
		"健康水平", "1", "人均预期寿命", "82.98", ">79", "预期性",
		"2", "孕产妇死亡率", "/10万", "9.7", "<9", "预期性",
		"5", "重大慢性病过早死亡率", "%", "-", "<11", "预期性",
		"健康生活", "6", "居民健康素养水平", "%", "-", "28", "预期性",
		"7", "15岁以上人群吸烟率", "%", "-", "<20", "预期性"}
	for _, f := range pipeFigures(t, "某市“十四五”时期卫生健康事业主要发展指标\n\n"+strings.Join(cells, "\n\n")+"\n") {
		label, _, _ := strings.Cut(f, "=")
		if !hasHan(label) || strings.HasSuffix(label, " %") || strings.HasSuffix(label, "/10万") {
			t.Errorf("figure %s named by no measure", f)
		}
	}
}
