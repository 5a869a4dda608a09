package corpus

import "testing"

// Rates of two populations, each named once before its run of clauses: the
// second rate of each run is that population's, not one measure with two
// values; the page's only date, "截至2021年9月6日", dates the text (made-up
// figures).
func TestPopulationOfBareRates(t *testing.T) {
	text := "某省新冠病毒疫苗累计接种突破1亿剂次\n某省新冠病毒疫苗累计接种突破1亿剂次!截至2021年9月6日24时,全省累计接种10026.80万剂次。\n" +
		"按照我省12岁及以上人群0.56亿常住人口计算,12岁及以上人群第1剂次覆盖率为98.23%,全程接种覆盖率为91.06%;按照我省0.66亿常住人口计算,全人群第1剂次覆盖率为82.76%,全程接种覆盖率为75.02%。\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2021 {
		t.Errorf("report year %d, want 2021", r.Year)
	}
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Raw] = f.Label
	}
	for v, want := range map[string]string{"91.06": "12岁及以上人群全程接种覆盖率", "75.02": "全人群全程接种覆盖率", "98.23": "12岁及以上人群第1剂次覆盖率"} {
		if got[v] != want {
			t.Errorf("%s%% labelled %q, want %q", v, got[v], want)
		}
	}
}

// Pupils' rates after the adult population's are the pupils' own: 初中生 and
// 高中生 are no part of 15岁及以上人群 (made-up figures).
func TestOwnAgeGroupKeepsItsLabel(t *testing.T) {
	text := "某省控烟工作\n数据显示,全省15岁及以上人群吸烟率降至22.5%,低于全国1.6个百分点,初中生吸烟率为3.4%,高中生吸烟率为6.9%。\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Raw] = f.Label
	}
	for v, want := range map[string]string{"22.5": "15岁及以上人群吸烟率", "3.4": "初中生吸烟率", "6.9": "高中生吸烟率"} {
		if got[v] != want {
			t.Errorf("%s%% labelled %q, want %q", v, got[v], want)
		}
	}
}
