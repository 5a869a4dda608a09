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
