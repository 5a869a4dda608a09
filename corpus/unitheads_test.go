package corpus

import (
	"strings"
	"testing"
)

// A cell stream whose column names have their units on lines of their own
// ("病床使用率" then "%"), one name broken before its unit ("出院者平均" then
// "住院日(日)"), is read column by column (made-up yearbook table).
func TestUnitsUnderColumnNames(t *testing.T) {
	cells := []string{"14-19 医疗机构病床使用情况(2014)", "平均开放床位数", "(张)", "病床周转次数", "(次)", "病床使用率", "%", "出院者平均", "住院日(日)",
		"医院", "42000", "28.1", "86.2", "10.3",
		"综合医院", "21000", "32.5", "88.4", "9.9",
		"中医院", "4900", "28.2", "90.6", "11.1",
		"专科医院", "9700", "27.3", "96.7", "10.7"}
	text := strings.Join(cells, " |\n") + " |\n"
	want := map[string]string{"42000": "平均开放床位数", "28.1": "病床周转次数", "86.2": "病床使用率", "10.3": "出院者平均住院日", "96.7": "病床使用率"}
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if w, ok := want[f.Raw]; ok {
			delete(want, f.Raw)
			if !strings.HasSuffix(f.Label, w) {
				t.Errorf("%s labelled %q, want …%s", f.Raw, f.Label, w)
			}
		}
	}
	for raw, w := range want {
		t.Errorf("%s (%s) not read", raw, w)
	}
}
