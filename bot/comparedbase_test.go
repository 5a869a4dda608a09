package bot_test

import (
	"strings"
	"testing"
)

// A paragraph opening with what its changes are measured against ("与上月
// 比:", "与去年同期比:") dates its bare changes: asked against the same
// period of last year, the year's change, not the month's.
func TestParagraphComparedBase(t *testing.T) {
	b := botOver(t, map[string]string{
		"某区2025年8月传染病疫情分析.txt": "某区2025年8月法定传染病疫情分析\n一、基本情况\n本月共计报告乙类和丙类传染病139例。\n\n" +
			"与上月比:本月总发病数上升16.66%,上升的病种分别为:肝炎上升11.62%。\n\n" +
			"与去年同期比:总发病数上升22.80%,上升的病种分别为:肝炎上升65.51%。\n",
	})
	a := ask(t, b, nil, "某区2025年8月传染病总发病数比去年同期上升了多少？")
	if first, _, _ := strings.Cut(a.Text, "\n"); !strings.Contains(first, "22.80%") {
		t.Errorf("want the change against last year first (22.80%%): %s", a.Text)
	}
}
