package bot_test

import (
	"strings"
	"testing"
)

// A meeting's news lists what to do in a sentence run into after a colon
// ("要重点抓好以下几方面工作:一是…;二是…"); asked by the counter at the
// meeting ("总结会上，下半年要重点抓哪几方面"), the answer is those items,
// though the passage holding them never names the meeting.
func TestMeetingListAskedByItsCounter(t *testing.T) {
	b := botOver(t, map[string]string{
		"会议.txt": "某区卫生健康局召开2024年上半年工作总结及下半年工作部署会议\n" +
			"7月19日下午，某区卫健局召开2024年上半年工作总结及下半年工作部署会议。会议听取了各单位的工作情况汇报，总结了上半年主要工作成效。\n\n" +
			"会议指出，我区上半年全面落实各项工作任务并取得积极成效，为卫生健康事业高质量发展打下了坚实基础，各单位要认真总结经验。\n\n" +
			"会议要求,2024年下半年要重点抓好以下几方面工作:一是进一步优化资源布局、紧盯目标任务不放松;二是进一步加强服务质量、提升能力建设不放松;三是进一步强化监管力度,维护稳定发展不放松。\n",
	})
	a := ask(t, b, nil, "某区卫健局上半年总结会上，下半年要重点抓哪几方面？")
	for _, item := range []string{"优化资源布局", "加强服务质量", "强化监管力度"} {
		if !strings.Contains(a.Text, item) {
			t.Errorf("item %s missing:\n%s", item, a.Text)
		}
	}
}
