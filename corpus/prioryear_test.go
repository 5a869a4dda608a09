package corpus

import "testing"

// A value a report quotes as the year before's ("较上年决算数1166.81万元") is
// dated the year before; the report's own value keeps its year.
func TestPriorYearValueDated(t *testing.T) {
	text := "某镇卫生院2024年度部门决算公开说明\n一、收入支出决算总体情况说明\n2024年度收入总计1110.70万元。收支较上年决算数1166.81万元减少56.11万元、下降4.81%。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	found := 0
	for _, f := range r.Figures {
		switch f.Raw {
		case "1166.81":
			found++
			if f.Year != 2023 {
				t.Errorf("%s = %s dated %d, want 2023", f.Label, f.Raw, f.Year)
			}
		case "1110.70":
			found++
			if f.Year != 2024 {
				t.Errorf("%s = %s dated %d, want 2024", f.Label, f.Raw, f.Year)
			}
		}
	}
	if found != 2 {
		t.Errorf("found %d of the two figures: %+v", found, r.Figures)
	}
}
