package bot

import (
	"strings"
	"testing"
)

// "公开的信息都有哪几类" is answered by the sentence breaking the whole down
// by kind after 其中, not by a breakdown of another whole.
func TestBreakdownItems(t *testing.T) {
	sources := []Source{{N: 1, Text: "全年受理申请12件,其中当面申请3件,网络申请5件,信函申请4件。2024年,淄川区卫生健康局共公开发布信息1017条,其中政策文件11条,行政执法信息公示36条,人员招聘公示35条。"}}
	items, ok := breakdownItems("淄川区卫健局去年公开的信息都有哪几类？", sources)
	if !ok || !strings.Contains(items[0].text, "人员招聘公示35条") {
		t.Fatalf("breakdown: %v %v", items, ok)
	}
	if _, ok := breakdownItems("淄川区卫健局去年公开了多少条信息？", sources); ok {
		t.Errorf("a count asked, not the kinds")
	}
}

// The parts of a whole written in a bracket after it ("民政扶助对象17516人
// (包含低保人员15674人,…)") answer what kinds the whole holds, quoted
// with the whole and no more of the sentence.
func TestBracketedBreakdownItems(t *testing.T) {
	sources := []Source{{N: 1, Text: "截止到5月27日,全县实际参保人数为245525人(包含部分外出务工人员),其中,计生扶助21510人、民政扶助对象17516人(包含低保人员15674人,五保人员1790人,重点优抚对象52人)、重度残疾人员3252人,参保率已达98%以上。"}}
	items, ok := breakdownItems("云溪县民政扶助参保的那部分人，具体包括哪几类？", sources)
	if !ok || !strings.Contains(items[0].text, "五保人员1790人") || strings.Contains(items[0].text, "参保率") {
		t.Fatalf("breakdown: %v %v", items, ok)
	}
	if !sharesRun("民政扶助参保", "民政扶助对象", 4) || sharesRun("民政扶助参保", "计生扶助", 4) {
		t.Error("sharesRun")
	}
}
