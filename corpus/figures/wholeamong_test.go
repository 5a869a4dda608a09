package figures

import "testing"

// "27家二级以上公立医院中,24家…" counts a part of the 27: the part's whole is
// the count before, whose label loses its 中; a count in another unit after
// the comma is no part of it.
func TestPartAmongTheCountBefore(t *testing.T) {
	s := "全市27家二级以上公立医院中,24家医院已完成数据对接,采集数据4亿多条。"
	if f := figureOf(t, s, "27"); f.Label != "二级以上公立医院" {
		t.Errorf("27家: label %q, want 二级以上公立医院", f.Label)
	}
	if f := figureOf(t, s, "24"); f.Whole != "二级以上公立医院" {
		t.Errorf("24家: whole %q, want 二级以上公立医院", f.Whole)
	}
	if f := figureOf(t, s, "4"); f.Whole != "" {
		t.Errorf("4亿条 read as a part of %q", f.Whole)
	}
	if f := figureOf(t, "在职人员中,医生120人。", "120"); f.Whole != "" {
		t.Errorf("120人 given a whole %q with no count before", f.Whole)
	}
}
