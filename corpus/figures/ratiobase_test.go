package figures

import "testing"

// "该比例较2018年年末的34.4%提高…": the base is the same measure, of 2018,
// whether or not "该比例" and "年末" stand in the comparison (made-up figures).
func TestRatioComparedWithYearEnd(t *testing.T) {
	for _, s := range []string{
		"户籍60岁及以上老年人口占户籍总人口36.1%,该比例较2020年年末的35.3%提高0.8个百分点",
		"户籍60岁及以上老年人口占户籍总人口36.1%,该比例较2020年的35.3%提高0.8个百分点",
	} {
		found := false
		for _, f := range Extract(s) {
			if f.Raw != "35.3" {
				continue
			}
			found = true
			if f.Year != 2020 || f.Label != "户籍60岁及以上老年人口占户籍总人口" {
				t.Errorf("%s: 35.3%% labelled %q of %d, want the ratio of 2020", s, f.Label, f.Year)
			}
		}
		if !found {
			t.Errorf("%s: 35.3%% not read", s)
		}
	}
}
