package corpus

import "testing"

// A yearbook table copied with single spaces: the header's first columns
// spaced out (项 目, 单 位) then the years, rows giving a unit or none,
// and numbered rows whose names are spaced out ("1.治 愈"): every cell
// is a figure of its row and year, in the row's unit.
func TestYearbookTableSingleSpaced(t *testing.T) {
	text := "云溪统计年鉴2002 18-2 县及县以上医院工作状况\n18-2 县及县以上医院工作状况\n \n" +
		"项    目 单 位 1999年 2000年 2001年\n" +
		"机构数 868 859 879\n" +
		"诊疗人次数 万人次 8086.8 9537 8027.75\n" +
		" #出院病人数 2328020 2498249 2648908\n" +
		"  1.治 愈 1647576 1712713 1775251\n" +
		"  2.好 转 593121 688236 768136\n" +
		"病床使用率 % 65.9 70.35 68.78\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	type key struct {
		label string
		year  int
	}
	want := map[key]string{
		{"机构数", 2000}: "859", {"诊疗人次数", 2001}: "8027.75万人次", {"出院病人数", 1999}: "2328020",
		{"治愈", 2000}: "1712713", {"好转", 2001}: "768136", {"病床使用率", 2000}: "70.35%",
	}
	got := map[key]string{}
	for _, f := range r.Figures {
		got[key{f.Label, f.Year}] = f.Raw + f.Unit
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s %d: %q, want %q", k.label, k.year, got[k], v)
		}
	}
	for _, s := range r.Sections {
		if s.Heading != "" {
			t.Errorf("a numbered row read as a heading: %q", s.Heading)
		}
	}
}
