package bot_test

import (
	"strings"
	"testing"
)

// "三年一共计划建多少家" asks the plan's total over its years (2021年—2023年
// 三年计划创建16家), not what each district starts (每个区至少启动1家)
// (made-up news).
func TestTotalOverYearsAsked(t *testing.T) {
	b := botOver(t, map[string]string{
		"社区医院.txt": "泉州推进社区医院建设\n2021-08-10\n泉州将开展社区医院建设,每个区至少启动1家社区医院建设。按照计划,泉州将依托社区卫生服务中心进行建设,2021年—2023年三年计划创建16家社区医院。\n",
	})
	a := ask(t, b, nil, "泉州社区医院建设三年一共计划建多少家？")
	if first := firstLine(a.Text); !strings.Contains(first, "16家") {
		t.Errorf("want the plan's total, 16家:\n%s", a.Text)
	}
}
