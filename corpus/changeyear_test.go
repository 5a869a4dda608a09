package corpus

import "testing"

// "由去年的36%提高到今年的40%以上" in a 2009 text: the start of the change
// is 2008's.
func TestChangeFromLastYear(t *testing.T) {
	text := "2009年全省卫生工作要点\n2009年,力争全省新农合住院病人平均补偿率由去年的36%提高到今年的40%以上。\n"
	r := Parse("h.txt", text, Meta{}, Options{}).Reports[0]
	years := map[string]int{}
	for _, f := range r.Figures {
		years[f.Raw] = f.Year
	}
	if years["36"] != 2008 || years["40"] != 2009 {
		t.Errorf("years %v, want 36 of 2008 and 40 of 2009", years)
	}
}
