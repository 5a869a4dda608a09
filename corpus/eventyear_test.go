package corpus

import "testing"

// A yearly campaign counted by ordinal gives the year of the text.
func TestEventYear(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"开展以“保护青少年免受烟草危害”为主题的第37个世界无烟日活动", 2024},
		{"各县积极开展第三十六个爱国卫生月宣传教育活动", 2024},
		{"5月19日是第15个“世界家庭医生日”。", 2025},
		{"开展第36个爱国卫生月活动和第37个世界无烟日活动", 2024},
		{"世界无烟日当天开展宣传", 0},
		{"第37个工作日", 0},
		{"在地处广佛腹地的南海,新中国成立70周年,医疗卫生事业也迅猛发展", 2019},
		{"庆祝建党一百周年", 2021},
	} {
		if got := eventYear(tt.text); got != tt.want {
			t.Errorf("eventYear(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}

// A report that writes no year of its own but the one it looks back to
// ("2022年至今") is dated by the campaigns it counts.
func TestReportDatedByItsCampaigns(t *testing.T) {
	text := "一、爱国卫生运动工作开展情况\n2022年至今全区共完成创建卫生乡镇12个。\n" +
		"二、健康行动工作开展情况\n一是积极开展第36个爱国卫生月宣传教育活动。二是开展第37个世界无烟日活动。\n"
	if r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]; r.Year != 2024 {
		t.Errorf("year %d, want 2024", r.Year)
	}
}

// A retrospective names its starting year most ("1949年…"); the
// anniversary it celebrates gives its own year.
func TestRetrospectiveDatedByItsAnniversary(t *testing.T) {
	text := "数看某区70年\n1949年,我国人均预期寿命为35岁。新中国成立70周年,某区医疗卫生事业迅猛发展。\n" +
		"1949年到2019年,某区医院数翻了10倍\n1949年,某区只有2家医院;2019年,某区拥有21家综合性医院。\n目前,某区共有21家医院,其中三级医院5家。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Year != 2019 {
		t.Errorf("year %d, want 2019", r.Year)
	}
	for _, f := range r.Figures {
		if f.Label == "三级医院" && f.Year != 2019 {
			t.Errorf("三级医院 dated %d, want 2019", f.Year)
		}
	}
}

// A page put up early in a year whose first paragraph opens with the year
// before ("2022年,在市委、市政府的坚强领导下,…") reviews that year.
func TestPageOfJanuaryReviewingTheYearBefore(t *testing.T) {
	text := "某市卫生健康委员会向全市人民拜年\n2023-01-20 13:31:30 来源:某市卫生健康委员会\n" +
		"  2022年,在市委、市政府的坚强领导下,某市卫生健康委高效统筹疫情防控和卫生健康事业发展。全市建成县域省级临床重点专科8个。\n"
	if r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]; r.Year != 2022 {
		t.Errorf("year %d, want 2022", r.Year)
	}
}
