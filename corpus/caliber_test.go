package corpus

import "testing"

// "按公安户籍口径统计" names the population counts of the rest of its
// paragraph, past a semicolon, the registered population's; a paragraph
// saying no count keeps its labels (made-up bulletin).
func TestPopulationCaliber(t *testing.T) {
	text := "2018年某区国民经济和社会发展统计公报\n十一、人口、人民生活\n年末，按公安户籍口径统计，全区总户数126960户；总人口448832人，比上年末增加4885人。\n" +
		"年末常住人口43.6万人。\n"
	want := map[string]string{"448832": "户籍总人口", "4885": "户籍总人口", "43.6": "常住人口"}
	for _, f := range Parse("01_mouqu_gongbao_2018.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if w, ok := want[f.Raw]; ok && f.Label != w {
			t.Errorf("%s%s labelled %q, want %q", f.Raw, f.Unit, f.Label, w)
		}
	}
}
