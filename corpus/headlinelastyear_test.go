package corpus

import "testing"

// A headline about last year ("我省去年共报告法定传染病…") on a page put up
// early the next year is that year's report; "比去年同期" names no year
// (made-up news).
func TestHeadlineSayingLastYear(t *testing.T) {
	for title, want := range map[string]int{
		"我省去年共报告法定传染病发病32万例": 2016,
		"我省法定传染病发病数比去年同期下降":  2017,
	} {
		text := title + "\n2017-02-24 09:30:00 来源:某某日报\n记者从省卫生计生委获悉,全省共报告法定传染病发病32万例,死亡180人。\n"
		if r := Parse("x.txt", text, Meta{}, Options{}).Reports[0]; r.Year != want {
			t.Errorf("%s: year %d, want %d", title, r.Year, want)
		}
	}
}
