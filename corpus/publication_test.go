package corpus

import (
	"strings"
	"testing"
)

// A saved page's credit and date lines are blanked from the text but kept
// on the report; a date in the body is no publication date.
func TestPublicationKeptOnReport(t *testing.T) {
	text := "2026年某市政府工作报告\n来源：天津日报\n时间：2026-02-03 09:02\n各位代表：\n一、2025年工作回顾\n2025年3月5日，全市召开大会。\n"
	doc := Parse("t.txt", text, Meta{}, Options{})
	r := doc.Reports[0]
	if r.Source != "天津日报" || r.Published != "2026-02-03" {
		t.Errorf("source %q, published %q; want 天津日报, 2026-02-03", r.Source, r.Published)
	}
	for _, c := range r.Chunks {
		if strings.Contains(c.Text, "天津日报") {
			t.Errorf("a credit line is page furniture, not passage text: %q", c.Text)
		}
	}
	doc = Parse("u.txt", "某县卫生院工作总结\n一、基本情况\n2025年5月8日，召开会议。\n", Meta{}, Options{})
	if p := doc.Reports[0].Published; p != "" {
		t.Errorf("a body date read as the publication date: %q", p)
	}
}
