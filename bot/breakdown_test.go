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
