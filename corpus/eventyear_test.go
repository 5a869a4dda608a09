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
