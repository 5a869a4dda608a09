package corpus

import "testing"

func TestBaseYear(t *testing.T) {
	tests := []struct {
		text          string
		secYear, want int
	}{
		{"“十四五”时期 人均预期寿命由77岁提高到79岁", 2025, 2020},
		{"十三五期间床位由1万张增加到1.2万张", 2020, 2015},
		{"这五年，留皖率从67.6%提高到70%", 2025, 2020},
		{"床位由1200张增加到1500张", 2023, 2022},
		{"床位由1200张增加到1500张", 0, 0},
	}
	for _, tt := range tests {
		if got := baseYear(tt.text, tt.secYear); got != tt.want {
			t.Errorf("baseYear(%q, %d) = %d, want %d", tt.text, tt.secYear, got, tt.want)
		}
	}
}

// The start of a change dated by an era ("和平解放初期") has no year; the
// end keeps the year written.
func TestEraBaseHasNoYear(t *testing.T) {
	text := "西藏卫生健康发展情况\n2018年，全区人均期望寿命由和平解放初期的35.5岁提高至2018年的68.2岁。\n"
	years := map[string]int{}
	for _, f := range Parse("x.txt", text, Meta{}, Options{}).Reports[0].Figures {
		years[f.Raw] = f.Year
	}
	if years["35.5"] != 0 || years["68.2"] != 2018 {
		t.Errorf("years %v: want 35.5 undated, 68.2 of 2018", years)
	}
}
