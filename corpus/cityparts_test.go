package corpus

import "testing"

// A reply that speaks of its city only as 全市 and breaks its counts down by
// the city's districts and counties is the city's; a clause after the
// breakdown counting something else is the city's too, and a count "2024年
// 截至6月份" is reached, not planned (made-up text after a real reply).
func TestCityNamedByItsParts(t *testing.T) {
	text := "关于市政协十二届二次会议第122号提案答复的函\n王委员:\n您提出的提案收悉,现答复如下:\n一、基本情况\n" +
		"2023年全市产妇3689人,其中大武口1312人,惠农653人,平罗1724人。2024年截至6月份全市产妇人数共2115人,其中大武口区788人,惠农区404人,平罗县923人,早孕建册人数2386人。\n" +
		"二、下一步计划\n2024年全市将继续免费开展产前筛查。\n"
	r := Parse("08_moushi_dafu_2024.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != "石嘴山市" {
		t.Errorf("place %q, want 石嘴山市", r.Place)
	}
	found := false
	for _, f := range r.Figures {
		switch f.Raw {
		case "2386":
			found = true
			if f.Place != "石嘴山市" || f.Year != 2024 || f.Kind != KindSummary {
				t.Errorf("早孕建册人数2386人: %s %d %s, want 石嘴山市 2024 summary", f.Place, f.Year, f.Kind)
			}
		case "923":
			if f.Place != "平罗县" {
				t.Errorf("平罗县923人 placed in %s", f.Place)
			}
		}
	}
	if !found {
		t.Error("no figure 2386")
	}
}

// A report of a province's bureau that names the province only by its
// level ("省卫生健康委召开…") and names several of its cities is the
// province's, not the city named most (made-up text).
func TestProvinceBodyNamedByLevelOnly(t *testing.T) {
	text := "省卫生健康委召开2021年援外医疗队回国总结会\n发布日期:2021-12-24\n" +
		"12月22日,省卫生健康委在南京、苏州、镇江、无锡同时召开援外医疗队回国总结会,苏州市人民政府副市长参加。" +
		"医疗队由苏州、镇江市组派,累计完成门诊、住院诊疗9万人次。\n"
	r := Parse("04_yuanwai_2021.txt", text, Meta{}, Options{}).Reports[0]
	if r.Place != "江苏省" {
		t.Errorf("place %q, want 江苏省", r.Place)
	}
}

// A page of several places' meetings, one paragraph each opening with its
// date and its place: each paragraph's figures are its place's, not the
// page's (made-up text).
func TestParagraphOpeningWithItsPlace(t *testing.T) {
	text := "耀州区、宜君县相继召开2012年卫生工作会议\n发布时间:2012-04-02\n" +
		"3月19日,耀州区卫生工作会议召开。区属各医疗卫生单位负责人共90余人参加会议。\n" +
		"3月24日,宜君县召开了全县卫生工作会议。县、乡两级医疗卫生单位负责人约120人参加会议。\n"
	r := Parse("03_huiyi_2012.txt", text, Meta{}, Options{}).Reports[0]
	got := map[string]string{}
	for _, f := range r.Figures {
		got[f.Raw+f.Unit] = f.Place
	}
	if got["120人"] != "宜君县" || got["90人"] != "耀州区" {
		t.Errorf("places %v, want 120人 of 宜君县 and 90人 of 耀州区", got)
	}
}
