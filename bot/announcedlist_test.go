package bot_test

import (
	"strings"
	"testing"
)

// A notice announcing its list by the total ("共6项,分别是:") and then
// giving the items as numbered lines, each a heading of its own, answers
// "有哪几项" with every item (made-up notice).
func TestTotalAnnouncedItems(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪市人大公告.txt": "云溪市第九届人民代表大会第三次会议公告\n\n(第2号)\n\n云溪市第九届人民代表大会第三次会议依法票决产生了2026年云溪市民生实事项目,共6项,分别是:\n\n" +
			"一、提升医疗服务\n\n二、规范食品管理\n\n三、完善养老服务\n\n四、守护学生身心健康\n\n五、推广全民健身\n\n六、强化村社急救\n\n云溪市第九届人民代表大会第三次会议主席团\n\n2026年1月20日\n",
	})
	a := ask(t, b, nil, "云溪市2026年的民生实事有哪几项？")
	for _, item := range []string{"提升医疗服务", "规范食品管理", "推广全民健身", "强化村社急救"} {
		if !strings.Contains(a.Text, item) {
			t.Errorf("want %s among the items:\n%s", item, a.Text)
		}
	}
}
