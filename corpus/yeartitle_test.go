package corpus

import "testing"

// A news page that parts its text with bare year lines ("2024年" over the
// review, "2025年" over the plan) dates each part by its line; a one cell
// a line table's year cells open no part (made-up page).
func TestBareYearLinesTitleParts(t *testing.T) {
	text := "✔招聘基层医疗机构短缺专业技术人才\n在云溪就医将有新变化!\n\n" +
		"3月3日,2025年全市卫生健康工作会议召开,总结2024年工作,部署2025年重点任务。\n\n" +
		"2024年\n云溪卫生健康工作向优向新\n全市居民健康素养水平达到34.79%。\n\n" +
		"2025年\n云溪市卫生健康委多措并举\n云溪市将对100所社区卫生服务中心进行更新改造,为500所村卫生室配备设备。\n\n" +
		"主要指标\n指标名称\n2024年\n每千人口执业医师数(人)\n3.2\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title == "✔招聘基层医疗机构短缺专业技术人才" {
		t.Errorf("a bulleted item taken for the title")
	}
	want := map[string]struct {
		year int
		kind Kind
	}{"100": {2025, KindPlan}, "500": {2025, KindPlan}, "34.79": {2024, KindSummary}}
	for _, f := range r.Figures {
		if w, ok := want[f.Raw]; ok {
			if f.Year != w.year || f.Kind != w.kind {
				t.Errorf("%s (%s): %d %s, want %d %s", f.Raw, f.Label, f.Year, f.Kind, w.year, w.kind)
			}
			delete(want, f.Raw)
		}
	}
	if len(want) > 0 {
		t.Errorf("figures not found: %v", want)
	}
	years := 0
	for _, s := range r.Sections {
		if bareYearLine.MatchString(s.Heading) {
			years++
		}
	}
	if years != 2 {
		t.Errorf("%d parts titled by a year, want 2 (the table's year cell opens none)", years)
	}
}
