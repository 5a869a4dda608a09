package bot_test

import (
	"strings"
	"testing"
)

// A five-year plan is written in the year before its first: asked about
// it, the reports of that year answer when the plan's own years hold
// nothing on the topic; a passage not naming the plan does not.
func TestPlanWrittenTheYearBefore(t *testing.T) {
	b := botOver(t, map[string]string{
		"conf.txt":  "南陵县召开2025年卫生健康工作会议\n2025年,全县家庭医生签约率达到75%。\n“十五五”时期,南陵县将推进东部、西部、妇幼、中医四大紧密型城市医疗集团建设。\n",
		"other.txt": "南陵县2026年第一季度爱国卫生工作简报\n2026年一季度,全县开展爱国卫生运动,清理卫生死角120处。\n",
	})
	a := ask(t, b, nil, "南陵县十五五要搞哪几大医疗集团？")
	if !strings.Contains(a.Text, "四大紧密型城市医疗集团") {
		t.Errorf("the plan written the year before not quoted:\n%s", a.Text)
	}
}
