package corpus

import "testing"

// "到2015年底…;其中…" in news of 2016: the clauses after the semicolon are
// of 2015's end too; in a plan "到2025年底" stays a deadline (made-up news).
func TestPastYearEndGoesOnAfterSemicolons(t *testing.T) {
	text := "某市社会办医发展\n2016-05-10\n目前,某市社会办医疗机构数量和服务量占比在全省处于领先地位。到2015年底全市社会办医疗机构总数达2631家,占医疗机构总数的78.5%;其中医院67家,占全市医院总数的53.6%;床位数占全市总量的20.5%。\n"
	r := Parse("新闻.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		if f.Year != 2015 {
			t.Errorf("%s %s%s: year %d, want 2015", f.Label, f.Raw, f.Unit, f.Year)
		}
	}
}
