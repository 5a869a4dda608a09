package corpus

import "testing"

// A target named by its work ("全民体检目标人数") and the work done said
// shorter later in the paragraph ("已体检…人"): the done figure is that
// work's (made-up summary).
func TestDoneNamedByItsTarget(t *testing.T) {
	text := "城固县2023年卫生健康工作总结\n公共卫生服务不断优化\n城固县全民体检目标人数为38000人,体检项目包含一般体格检查等内容。截至目前,已体检30120人,体检结果已及时向群众反馈。\n"
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if f.Raw == "30120" && f.Label != "全民体检" {
			t.Errorf("30120: %q, want 全民体检", f.Label)
		}
	}
}
