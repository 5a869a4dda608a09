package corpus

import "testing"

// A shared document's preview numbers its pages at line starts ("2、"), the
// text running on mid-sentence from the page before: no heading, and the
// figures after it stay in the section they are written in.
func TestPageNumberMidSentenceIsNoHeading(t *testing.T) {
	text := "某市卫生与健康“十四五”规划\n" +
		"1、某市卫生与健康“十四五”规划。一、发展背景(一)工作成效。“十三五”时期，全市卫生健康事业快速发展，先后被确定为国家城市公立医院综合改革试点城市、首批全国健康城市建设示范市，公立医院综合改革工作获国务\n" +
		"2、院通报表扬并奖励。“十三五”规划主要指标基本完成，人均预期寿命达到81.97岁。\n"
	doc := Parse("guihua.txt", text, Meta{}, Options{})
	r := doc.Reports[0]
	for _, s := range r.Sections {
		if s.Heading == "院通报表扬并奖励" || s.Heading == "院通报表扬并奖励。" {
			t.Errorf("page number read as a heading: %q", s.Heading)
		}
	}
	for _, f := range r.Figures {
		if f.Raw == "81.97" && (f.Kind != KindSummary || f.Target) {
			t.Errorf("81.97岁 of the past period read as a plan: %+v", f)
		}
	}
	// A numbered line after a short heading is an outline item.
	doc = Parse("plan.txt", "某县2024年工作计划\n一、重点任务\n1、推进医共体建设。全年完成签约。\n2、加强公共卫生。\n", Meta{}, Options{})
	if n := len(doc.Reports[0].Sections); n < 3 {
		t.Errorf("%d sections, want the numbered items as headings", n)
	}
}
