package corpus

import "testing"

// A form's rows run together on one bar-separated line, parted by empty
// cells: each value is the name before it, in its group; the line's first
// cell names none (made-up disclosure).
func TestRunOnFormRowsNamedByTheirOwnCells(t *testing.T) {
	text := "| 2024年某县人民医院 | 金额 单位:元 | |\n" +
		"| 医院等级 | 二级甲等 | | | 医疗收入 | 上年度医疗收入总额 | 1459782.60 | | 门诊次均费用 | 217.88 | | 住院次均费用 | 8727.65 | | " +
		"门诊费用结构 | 药占比 | 44.04% | | 检查化验费占比 | 13.66% | | 住院费用结构 | 药占比 | 29.31% | | 检查化验费占比 | 18.75% |\n"
	r := Parse("公示.txt", text, Meta{}, Options{}).Reports[0]
	want := map[string]float64{"医疗收入 门诊次均费用": 217.88, "医疗收入 住院次均费用": 8727.65, "门诊费用结构 药占比": 44.04, "住院费用结构 药占比": 29.31, "住院费用结构 检查化验费占比": 18.75}
	wantValues(t, r.Figures, want)
	for _, f := range r.Figures {
		if f.Label == "医院等级" {
			t.Errorf("the line's first cell names %s%s", f.Raw, f.Unit)
		}
	}
}

// Values side by side are a row's columns, not a form's pairs.
func TestRunOnPairsNotColumns(t *testing.T) {
	cells := []tableCell{{text: "门诊人次"}, {text: "87685"}, {text: "62941"}, {text: ""}, {text: "住院人次"}, {text: "2011"}, {text: "1890"}, {text: ""}, {text: "手术台次"}, {text: "301"}}
	if _, ok := runOnPairs(cells); ok {
		t.Error("columns read as a form")
	}
}
