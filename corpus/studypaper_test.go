package corpus

import "testing"

// A journal page: its site's menu is no title; the paper's title names a
// span of years it studies, whose last year it is of, a summary; its
// authors' numbered units, each ending in a postcode, are no headings, so
// its place is not the province of the second unit's address (made-up
// numbers).
func TestJournalPaperOnYearsPast(t *testing.T) {
	text := "网站首页期刊介绍通知公告投稿须知电子期刊广告合作联系我们\n最新消息:\n2019—2023年江苏省兴化市围产儿出生缺陷监测结果及趋势分析\n作者:张三1 李四2\n" +
		"单位:1. 兴化市妇幼保健院 妇产科, 江苏 泰州 225700;\n2. 东南大学附属中大医院 妇产科, 江苏 南京 210009\n摘要:\n" +
		"结果:2019—2023年监测到围产儿10 007例,诊断出生缺陷93例,合计发生率为92.93/万,呈逐年上升趋势。\n"
	r := Parse("t.txt", text, Meta{}, Options{}).Reports[0]
	if r.Title != "2019—2023年江苏省兴化市围产儿出生缺陷监测结果及趋势分析" || r.Year != 2023 || r.Kind != KindSummary {
		t.Errorf("title %q year %d kind %s, want the paper's title, 2023, summary", r.Title, r.Year, r.Kind)
	}
	if len(r.Sections) > 0 && r.Sections[0].Level > 0 {
		t.Errorf("an author's unit read as a heading: %q", r.Sections[0].Heading)
	}
	for _, f := range r.Figures {
		if f.Raw == "92.93" && (f.Place != "兴化市" || f.Kind != KindSummary) {
			t.Errorf("rate: place %q kind %s, want 兴化市, summary", f.Place, f.Kind)
		}
	}
}
