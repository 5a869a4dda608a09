package corpus

import "testing"

// Items listed under a line with a deadline are that year's targets; under
// a line saying the work is done, or one with no deadline, they are not.
func TestListUnderADeadlineHoldsTargets(t *testing.T) {
	tests := []struct {
		intro string
		kind  Kind
		year  int
	}{
		{"未来5年某市“卫生强市”战略,到2020年将实现:", KindPlan, 2020},
		{"到2020年底，全市已实现：", KindSummary, 0},
		{"2015年全市卫生工作取得以下成绩：", KindSummary, 2015},
	}
	for _, tt := range tests {
		text := tt.intro + "\n1、全市常住人口千人床位数达到4.3张\n2、千人医生数达到2.8名\n"
		r := Parse("l.txt", text, Meta{}, Options{}).Reports[0]
		for _, f := range r.Figures {
			if f.Kind != tt.kind || tt.year != 0 && f.Year != tt.year {
				t.Errorf("%s: %s = %s%s is %s of %d, want %s of %d", tt.intro, f.Label, f.Raw, f.Unit, f.Kind, f.Year, tt.kind, tt.year)
			}
		}
		if len(r.Figures) != 2 {
			t.Errorf("%s: %d figures", tt.intro, len(r.Figures))
		}
	}
}

// A page repeating its headline above the list, whose title's only year is
// the deadline (so the report's year too), or whose year is found only
// after its sections were dated (from its file's name): the list holds the
// deadline's targets.
func TestListDeadlineOfTheReportsYear(t *testing.T) {
	intro := "未来5年某市“卫生强市”战略,到2020年将实现"
	text := intro + "\n" + intro + "\n信息首发:" + intro + "\n" + intro + ":\n1、全市常住人口千人床位数达到4.3张\n2、千人医生数达到2.8名\n"
	for _, file := range []string{"06_moushi-weishengqiangshi-mubiao_2016.txt", "l.txt"} {
		r := Parse(file, text, Meta{}, Options{}).Reports[0]
		for _, f := range r.Figures {
			if f.Kind != KindPlan || f.Year != 2020 {
				t.Errorf("%s: %s = %s%s is %s of %d, want a plan of 2020", file, f.Label, f.Raw, f.Unit, f.Kind, f.Year)
			}
		}
		if len(r.Figures) != 2 {
			t.Errorf("%s: %d figures", file, len(r.Figures))
		}
	}
}

// A report's year found late (from its body or its file's name) re-dates
// its sections; the list under a deadline stays that deadline's targets.
func TestRedateKeepsListDeadlines(t *testing.T) {
	intro := "未来5年某市“卫生强市”战略,到2020年将实现"
	text := intro + "\n" + intro + ":\n1、全市常住人口千人床位数达到4.3张\n2、千人医生数达到2.8名\n"
	r := Parse("l.txt", text, Meta{}, Options{}).Reports[0]
	r.Year = 2016
	for i := range r.Figures {
		r.Figures[i].Year = 0
	}
	redate(text, &r)
	for _, f := range r.Figures {
		if f.Year != 2020 {
			t.Errorf("%s = %s%s dated %d after re-dating, want 2020", f.Label, f.Raw, f.Unit, f.Year)
		}
	}
}
