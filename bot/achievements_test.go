package bot_test

import (
	"strings"
	"testing"
)

// A paragraph that opens by summing up the year's results ("会议充分肯定了
// 过去一年的成绩。") lists them after, in words that need not name the
// health field: asked what the results were, all its items answer (made-up
// news).
func TestResultsListedAfterTheirSumming(t *testing.T) {
	b := botOver(t, map[string]string{
		"huiyi.txt": "2月14日,拉萨市2025年卫生健康工作会议顺利召开。会议总结2024年工作成效,安排部署2025年重点任务。\n" +
			"会议充分肯定了过去一年的成绩。全市卫生健康系统攻坚克难,真抓实干。医疗卫生服务体系不断完善;改革成果得到进一步巩固;公共卫生服务更加规范可及。\n",
	})
	a := ask(t, b, nil, "拉萨2024年卫生健康工作都有啥成效？")
	for _, want := range []string{"改革成果得到进一步巩固", "公共卫生服务更加规范可及"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("result %q missing:\n%s", want, a.Text)
		}
	}
}
