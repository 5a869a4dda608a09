package bot

import (
	"strings"
	"testing"
)

// A question in staff's words ("帮县里乡里把看病水平提上来") finds its topic
// paragraph through the reports' words for them (县级, 乡镇, 医疗服务能力),
// and is answered with it whole, "包县" sentence included.
func TestTopicParagraphInStaffWords(t *testing.T) {
	sources := []Source{{N: 1, Text: "建设高水平健康龙江。实施公共卫生体系强化行动，开展市域疾控联合体试点。实施医疗卫生强基工程，深化城市医院“包县”帮扶和巡回医疗。" +
		"推进县级医院、乡镇卫生院和村卫生室远程医疗全覆盖。加强慢性病健康管理。\n"}}
	items, ok := topicParagraph("某省2026年准备怎么帮县里乡里把看病水平提上来？", sources)
	var text []string
	for _, it := range items {
		text = append(text, it.text)
	}
	if got := strings.Join(text, ""); !ok || !strings.Contains(got, "包县") || !strings.Contains(got, "远程医疗") {
		t.Errorf("got %q %v, want the paragraph", got, ok)
	}
}
