package corpus

import "testing"

// A review of five years that turns to its last year ("2022年是…的一年") and
// goes on in items ("七是…"): the items' totals are that year's, not the
// five years' its heading names (made-up report).
func TestYearCharacterisedDatesTheItemsAfter(t *testing.T) {
	text := "某省政府工作报告\n一、过去五年工作回顾\n五年来，我们坚持以人民为中心，累计新增就业650万人。\n" +
		"2022年是本届政府的收官之年。面对复杂形势，我们做了以下工作。\n七是全力保障和改善民生。城镇新增就业125万人。\n" +
		"二、今后五年的目标任务\n今后五年，城镇新增就业600万人以上。\n"
	r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]
	for _, f := range r.Figures {
		switch f.Raw {
		case "650":
			if f.Since != 2018 || f.Year != 2022 {
				t.Errorf("650万人: %d—%d, want 2018—2022", f.Since, f.Year)
			}
		case "125":
			if f.Since != 0 || f.Year != 2022 {
				t.Errorf("125万人: since %d year %d, want 2022 alone", f.Since, f.Year)
			}
		}
	}
}

// A New Year's address titled with the year that begins looks back on the
// one that ended ("回眸2023年，…。一年来，…"): its results are that year's,
// however it goes on ("一年来", "一是…"); a plain year opening a sentence
// ("2024年，…") marks no such look back (made-up address).
func TestLookingBackOnAYear(t *testing.T) {
	text := "某县卫生健康委主任二〇二四年元旦贺词\n发布时间:2024-01-02\n岁序更替，新元肇启。\n" +
		"回眸2023年，全县卫生健康系统锚定目标抓落实。\n一年来，我们全力深化医改，先后荣获国家、省、市级荣誉24项。\n" +
		"一是强基固本。建成标准化村卫生室98所。\n"
	r := Parse("07_mouxian_heci_2024.txt", text, Meta{}, Options{}).Reports[0]
	found := 0
	for _, f := range r.Figures {
		if f.Raw == "24" || f.Raw == "98" {
			found++
			if f.Year != 2023 {
				t.Errorf("%s%s dated %d, want 2023", f.Raw, f.Unit, f.Year)
			}
		}
	}
	if found != 2 {
		t.Fatalf("found %d of the two figures in %+v", found, r.Figures)
	}
	plain := "某县卫生健康局2024年工作总结\n2024年，全县卫生健康工作稳步推进。\n全县建成标准化村卫生室98所。\n"
	for _, f := range Parse("08_mouxian_zongjie_2024.txt", plain, Meta{}, Options{}).Reports[0].Figures {
		if f.Raw == "98" && f.Year != 2024 {
			t.Errorf("98所 of a 2024 summary dated %d", f.Year)
		}
	}
}
