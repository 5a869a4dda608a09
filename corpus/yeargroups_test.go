package corpus

import (
	"strings"
	"testing"
)

// A monthly table of services one cell a line, its counts headed by the
// same months of two years and its changes by none, its rows' names
// indented with "?" where a page lost its spaces (made-up figures): each
// count of each year, in its unit, and each change of the later year.
func TestYearColumnGroups(t *testing.T) {
	cells := []string{
		"表1 全国医疗卫生机构医疗服务量", "?",
		"诊疗人次数(万人次)", "诊疗人次增长(%", "出院人数(万人)", "出院人数增长(%",
		"2018", "1-10", "2019", "1-10", "2018", "1-10", "2019", "1-10",
		"医疗卫生机构合计", "600000.0", "620000.0", "3.3", "20000.0", "21000.0", "5.0",
		"??? 按医院等级分", "?", "?", "?",
		"???? ?三级医院", "140000.0", "150000.0", "7.1", "7000.0", "7600.0", "8.6",
	}
	text := "2019年1-10月全国医疗服务情况\n一、诊疗人次\n2019年1-10月,全国医疗卫生机构总诊疗人次达62.0亿人次。\n" + strings.Join(cells, "\n\n") + "\n"
	r := Parse("fuwu.txt", text, Meta{}, Options{}).Reports[0]
	type fig struct {
		value, unit string
		year        int
	}
	got := map[string][]fig{}
	for _, f := range r.Figures {
		got[f.Label] = append(got[f.Label], fig{f.Raw, f.Unit, f.Year})
	}
	want := map[string][]fig{
		"三级医院 1-10月出院人数":      {{"7000.0", "万人", 2018}, {"7600.0", "万人", 2019}},
		"三级医院 出院人数增长":         {{"8.6", "%", 0}},
		"医疗卫生机构合计 1-10月诊疗人次数": {{"600000.0", "万人次", 2018}, {"620000.0", "万人次", 2019}},
	}
	for label, w := range want {
		g := got[label]
		if len(g) != len(w) {
			t.Errorf("%s: %v, want %v", label, g, w)
			continue
		}
		for i := range w {
			if g[i].value != w[i].value || g[i].unit != w[i].unit || w[i].year != 0 && g[i].year != w[i].year {
				t.Errorf("%s: %v, want %v", label, g[i], w[i])
			}
		}
	}
	for label, fs := range got {
		for _, f := range fs {
			if f.value == "2019" || f.value == "2018" {
				t.Errorf("a year read as a value: %s = %v", label, f)
			}
		}
	}
	if t.Failed() {
		t.Logf("figures: %v", got)
	}
}
