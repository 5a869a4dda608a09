package corpus

import "testing"

func TestFindYears(t *testing.T) {
	tests := []struct {
		in       string
		year     int
		template bool
	}{
		{"2023年卫生局工作总结", 2023, false},
		{"关于2023年度工作总结和2024年度工作计划的报告", 2023, false},
		{"二〇二三年工作要点", 2023, false},
		{"20xx年卫生工作计划", 0, true},
		{"xx年卫生院工作总结", 0, true},
		{"*年，我区卫生工作的总体思路", 0, true},
		{"___年全市卫生工作", 0, true},
		{"卫生工作计划", 0, false},
		{"建设周期为2024年-2026年", 2024, false},
	}
	for _, tt := range tests {
		y, tmpl := firstYear(tt.in)
		if y != tt.year || tmpl != tt.template {
			t.Errorf("firstYear(%q) = %d, %v; want %d, %v", tt.in, y, tmpl, tt.year, tt.template)
		}
	}
}

func TestTitleYears(t *testing.T) {
	tests := []struct {
		title          string
		year, planYear int
	}{
		{"关于卫生健康与计划生育2023年度工作总结和2024年度工作计划的报告", 2023, 2024},
		{"2024年卫生健康工作计划", 2024, 2024},
		{"2023年卫生局工作总结", 2023, 0},
		{"20xx年卫生工作计划", 0, 0},
	}
	for _, tt := range tests {
		y, p := titleYears(tt.title)
		if y != tt.year || p != tt.planYear {
			t.Errorf("titleYears(%q) = %d, %d; want %d, %d", tt.title, y, p, tt.year, tt.planYear)
		}
	}
}

func TestDetectOrg(t *testing.T) {
	tests := []struct {
		title, body, want string
	}{
		{"", "南陵县总医院建设。实施南陵县中医医院项目。南陵县卫健委印发方案。", "南陵县"},
		{"西城区卫生局2023年工作总结", "", "西城区"},
		{"", "全市卫生工作稳步发展,我市财政投入增加,全市共有医院。", ""},
		{"", "落实县妇幼保健院搬迁。落实县医院改革。组织市人民医院开展。组织市中医院开展。", ""},
		{"", "推进社区卫生服务,个社区建成。推进城市医疗改革,推进城市医疗。", ""},
	}
	for _, tt := range tests {
		if got := detectOrg(tt.title, tt.body); got != tt.want {
			t.Errorf("detectOrg(%q, %q) = %q, want %q", tt.title, tt.body, got, tt.want)
		}
	}
}

func TestDetectTitle(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"关于2023年度工作总结的报告\n正文。", "关于2023年度工作总结的报告"},
		{"2022年卫生工作总结和卫生工作计划___年全市卫生工作在市委领导下,稳步发展", "2022年卫生工作总结和卫生工作计划"},
		{"一、2016年上半年工作总结\n(一)推进改革", ""},
		{"今年以来,全区卫生系统在区委领导下开展工作。", ""},
	}
	for _, tt := range tests {
		s := detectTitle(tt.text, Span{0, len(tt.text)})
		if got := tt.text[s.Start:s.End]; got != tt.want {
			t.Errorf("detectTitle(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestDetectPeriod(t *testing.T) {
	if p := detectPeriod("2016年上半年工作总结"); p != PeriodFirstHalf {
		t.Errorf("got %q", p)
	}
	if p := detectPeriod("卫生局2023年下半年工作总结"); p != PeriodSecondHalf {
		t.Errorf("got %q", p)
	}
	if p := detectPeriod("2023年工作总结"); p != PeriodYear {
		t.Errorf("got %q", p)
	}
}
