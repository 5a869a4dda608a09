package bot_test

import (
	"strings"
	"testing"
)

// A count asked in a counter of its own ("几份监督意见书") is answered by the
// figure of that noun in that counter, not by a figure of the programme the
// question's other words name in another counter (made-up figures).
func TestCountedNounAndCounterAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"工作动态.txt": "2025年,国家卫健委下达宁陕县“双随机”抽查工作任务84个,涉及公共场所、学校卫生、妇幼健康等8个专业。\n" +
			"截止目前,全县“双随机”抽查任务完成率、完结率均达100%,累计下达监督意见书17份,对3家单位的违法行为立案查处。\n",
	})
	a := ask(t, b, nil, "宁陕县2025年双随机抽查一共下了几份监督意见书？")
	if !strings.Contains(a.Text, "17份") || strings.Contains(a.Text, "84个") {
		t.Errorf("answer %q, want 17份 and not 84个", a.Text)
	}
}
