package corpus

import "testing"

// A fund table copied one cell a line, its caption giving two units and
// each row ending in a note column written in words or left blank: every
// value is its row's and its column's, the note read as no row (made-up
// numbers, Traditional characters as the page gave them).
func TestCellStreamWithANoteColumn(t *testing.T) {
	cells := []string{"", "單位:人、萬元", "", "險種 類別", "參保 人數", "上年結余", "當年基金收入", "當年基金支出", "基金累計結余", "備注",
		"城鎮職工醫保", "30455", "1897.10", "7363.88", "3944.58", "5316.40", "含生育保險",
		"城鄉居民醫保", "271352", "12999.86", "19397.53", "6823.38", "25574.01", "",
		"醫療救助", "", "48.24", "1125.27", "1044.29", "129.22", ""}
	text := "龍南市2022年1-9月醫療保障基金運行情況公示表\n"
	for _, c := range cells {
		text += c + " |\n"
	}
	got := map[string]string{}
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		got[Simplify(f.Label)] = f.Raw
	}
	for label, want := range map[string]string{
		"城镇职工医保 参保人数":   "30455",
		"城镇职工医保 上年结余":   "1897.10",
		"城乡居民医保 基金累计结余": "25574.01",
		"医疗救助 上年结余":     "48.24",
	} {
		if got[label] != want {
			t.Errorf("%s = %q, want %s (all: %v)", label, got[label], want, got)
		}
	}
}
