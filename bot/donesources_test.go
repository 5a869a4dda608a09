package bot_test

import (
	"strings"
	"testing"
)

// Asked how something was done last year, the report's account of what
// was done answers, not the heading of its targets that names the work.
func TestHowDoneFromTheSummaryNotThePlan(t *testing.T) {
	b := botOver(t, map[string]string{
		"云溪市2021年婚检民生工程绩效自评报告.txt": "2021年云溪市婚检民生工程绩效自评报告\n一、目标任务\n" +
			"2021年云溪市婚检民生工程年度目标任务,一是全市婚检率稳定在85%左右,保证婚检质量;二是实施婚前医学检查门诊规范化建设。80%以上的婚检门诊达到规范化建设要求。\n" +
			"二、完成情况\n2021年,全市共免费婚检61486人,婚检率为94.99%。各婚检机构严格技术操作规程,加强质量管理,有效提升婚检质量和群众满意度。\n",
	})
	a := ask(t, b, nil, "云溪市2021年婚检这块，是怎么保证检查质量的？")
	if !strings.Contains(a.Text, "严格技术操作规程") {
		t.Errorf("answer lacks how it was done: %s", a.Text)
	}
	if strings.Contains(a.Text, "二是实施婚前医学检查") {
		t.Errorf("answer quotes the plan's heading: %s", a.Text)
	}
}
