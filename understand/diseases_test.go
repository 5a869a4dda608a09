package understand

import "testing"

func TestDiseasesNamed(t *testing.T) {
	got := DiseasesNamed("陇县去年手足口病报了多少例？")
	if len(got) != 1 || got[0][0] != "手足口病" {
		t.Errorf("DiseasesNamed = %v, want 手足口病", got)
	}
	if got := DiseasesNamed("去年法定传染病报了多少例？"); len(got) != 0 {
		t.Errorf("a class of diseases read as one: %v", got)
	}
	if !NamesDisease("針對確診“兩癌”的困難婦女", []string{"宫颈癌", "两癌", "HPV"}) {
		t.Error("两癌 in Traditional characters not read")
	}
	for _, q := range []string{"甲类乙类传染病一共报了多少例", "甲类和乙类传染病报了多少"} {
		for _, g := range DiseasesNamed(q) {
			if g[0] == "甲类" {
				t.Errorf("%s read as naming 甲类 alone: %v", q, DiseasesNamed(q))
			}
		}
	}
	// A class named inside a sum of classes is not named alone.
	if NamesDisease("甲乙丙类传染病总计 发病数", []string{"丙类", "丙类传染病"}) {
		t.Error("甲乙丙类 read as naming 丙类")
	}
	if !NamesDisease("丙类传染病共报告发病", []string{"丙类", "丙类传染病"}) {
		t.Error("丙类 alone not read")
	}
}
