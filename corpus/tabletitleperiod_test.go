package corpus

import "testing"

// A page whose title stands in its disclosure table ("标题: …2019年上半年…
// 完成情况的公示") is of the half year its title names.
func TestPeriodOfATableTitle(t *testing.T) {
	text := "标题: 平潭综合实验区卫生和计划生育局关于2019年上半年公立医院综合改革完成情况的公示\n发布时间: 2019-08-12 10:00\n发布机构: 平潭综合实验区卫生和计划生育局\n" +
		"当前位置： 首页 > 医疗卫生\n一、公立医院医疗收入总体情况\n2019年上半年，两家区级公立医院医疗收入17129.19万元。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Period != PeriodFirstHalf {
		t.Errorf("period %q, want %q (title %q)", r.Period, PeriodFirstHalf, r.Title)
	}
}
