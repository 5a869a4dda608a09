package corpus

import "testing"

// A news report dated by its publication says "去年" of the year before,
// also when the clause it opens runs to the sentence's end, and after a
// clause that only says where the data come from ("最新数据显示,").
func TestLastYearOpensALongClause(t *testing.T) {
	for _, sentence := range []string{
		"去年甘肃地区孕产妇死亡率为17.12/10万。",
		"最新数据显示,去年甘肃地区孕产妇死亡率为17.12/10万。",
	} {
		text := "甘肃省孕产妇死亡率连续3年低于全国平均指标\n时间:2017-06-05\n每日甘肃网6月2日讯(兰州晨报记者赵汇)政策实施后,出生人口数量增加。" + sentence + "\n"
		r := Parse("d.txt", text, Meta{}, Options{}).Reports[0]
		found := false
		for _, f := range r.Figures {
			if f.Raw == "17.12" {
				found = true
				if f.Year != 2016 {
					t.Errorf("%s: year %d, want 2016", sentence, f.Year)
				}
			}
		}
		if !found {
			t.Errorf("%s: no figure in %v", sentence, r.Figures)
		}
	}
}
