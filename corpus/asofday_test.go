package corpus

import "testing"

// News of work planned counts what was done as of a day already past
// ("截至6月18日,全县共接种疫苗…剂"): those counts are reached, not targets;
// the task set ("须在6月底前完成…") stays a target (made-up numbers).
func TestCountAsOfADayInNewsOfPlans(t *testing.T) {
	text := "县卫生健康局安排部署新冠病毒疫苗第二剂次接种工作\n时间:2021-06-23\n" +
		"根据部署要求,我县须在6月底前完成常住人口40%的新冠病毒疫苗接种任务,共需接种12.4万人。截至6月18日,全县共接种疫苗201839剂,其中,第一剂次133811剂。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		wantTarget := f.Unit != "剂"
		if f.Target != wantTarget || (f.Kind == KindSummary) == wantTarget {
			t.Errorf("%s %s%s: kind %s target %v", f.Label, f.Raw, f.Unit, f.Kind, f.Target)
		}
	}
}

// A month's end with what is done after it ("至8月底,已建成…新增建设医疗床位
// 431张") dates a count reached; the year's plan beside it ("年度计划新增建设
// 医疗床位1900张以上") stays a target (made-up numbers).
func TestDoneAsOfAMonthInNewsOfPlans(t *testing.T) {
	text := "宁德市提前完成医疗卫生补短板项目年度投资计划\n2021-09-16\n" +
		"2021年度,宁德市共实施医疗卫生补短板项目79个,投资目标10亿元。至8月底,已建成古田县同仁医院等项目,新增建设医疗床位431张。到今年底,宁德市还将建成一批重大项目,年度计划新增建设医疗床位1900张以上。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if f.Raw == "431" && f.Kind != KindSummary || f.Raw == "1900" && f.Kind != KindPlan {
			t.Errorf("%s %s%s: kind %s", f.Label, f.Raw, f.Unit, f.Kind)
		}
	}
}
