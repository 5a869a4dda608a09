package corpus

import (
	"strings"
	"testing"
)

// "由去年的36%提高到今年的40%以上" in a 2009 text: the start of the change
// is 2008's.
func TestChangeFromLastYear(t *testing.T) {
	text := "2009年全省卫生工作要点\n2009年,力争全省新农合住院病人平均补偿率由去年的36%提高到今年的40%以上。\n"
	r := Parse("h.txt", text, Meta{}, Options{}).Reports[0]
	years := map[string]int{}
	for _, f := range r.Figures {
		years[f.Raw] = f.Year
	}
	if years["36"] != 2008 || years["40"] != 2009 {
		t.Errorf("years %v, want 36 of 2008 and 40 of 2009", years)
	}
}

// A level reached during a past period a text of no year names ("“十三五”
// 期间，…由77.1岁提高到79.31岁") is the period's last year's; its start the
// year before the period.
func TestLevelOfAPeriodInAnUndatedText(t *testing.T) {
	text := "某省居民人均预期寿命提高\n省卫生健康委副主任称,“十三五”期间,健康生活方式逐步形成共识,该省居民人均预期寿命由77.1岁提高到79.31岁。\n"
	r := Parse("u.txt", text, Meta{}, Options{}).Reports[0]
	years := map[string]int{}
	for _, f := range r.Figures {
		if f.Label != "居民人均预期寿命" {
			t.Errorf("label %q", f.Label)
		}
		years[f.Raw] = f.Year
	}
	if years["77.1"] != 2015 || years["79.31"] != 2020 {
		t.Errorf("years %v, want 77.1 of 2015 and 79.31 of 2020", years)
	}
}

// A year a text compares with ("同2012年相比", twice) is not the year it is
// about, however often it is named.
func TestComparedYearIsNoPageYear(t *testing.T) {
	text := "全市卫生计生工作会议召开\n2月28日，全市卫生计生暨医改工作会议召开。" + strings.Repeat("全市医疗卫生计生事业取得长足发展，群众健康水平显著提升。", 8) + "\n2017年，全市总诊疗人数达2060.61万人次，同2012年相比增加1.35%；出院人数100.69万人次，同2012年相比增长了39.15%。\n"
	if r := Parse("m.txt", text, Meta{}, Options{}).Reports[0]; r.Year != 2017 {
		t.Errorf("year %d, want 2017", r.Year)
	}
}
