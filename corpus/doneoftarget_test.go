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

// Each task's count done and its rate of completion ("宫颈癌筛查任务数8000例,
// 已完成1495例,完成率18.69%") are that task's work, reported, and the next
// task's are its own.
func TestCompletionOfEachTask(t *testing.T) {
	text := "青阳县卫健委3月工作总结\n两癌筛查:宫颈癌筛查任务数8000例,1-3月份已完成1495例,完成率18.69%;乳腺癌筛查任务数5600例,1-3月份已完成1581例,完成率28.23%。\n"
	want := map[string]string{"1495": "宫颈癌筛查", "18.69": "宫颈癌筛查完成率", "1581": "乳腺癌筛查", "28.23": "乳腺癌筛查完成率"}
	for _, f := range Parse("t.txt", text, Meta{}, Options{}).Reports[0].Figures {
		if w, ok := want[f.Raw]; ok {
			if f.Label != w || f.Target {
				t.Errorf("%s: %q target %v, want %q reported", f.Raw, f.Label, f.Target, w)
			}
			delete(want, f.Raw)
		}
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}
