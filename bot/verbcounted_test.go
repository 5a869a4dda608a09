package bot_test

import (
	"strings"
	"testing"
)

// A count whose label ends in the verb asked ("收到依申请公开4件") counts
// another thing than the noun asked ("公开了多少件行政处罚"): no answer,
// until a report counts the noun itself.
func TestVerbAskedDoesNotCountAnotherNoun(t *testing.T) {
	t.Parallel()
	report := "昆都仑区卫生健康委员会2025年政府信息公开工作年度报告\n一、总体情况\n2025年共收到依申请公开4件，均按时答复。\n"
	b := botOver(t, map[string]string{"kdl.txt": report})
	a := ask(t, b, nil, "昆都仑区卫健委2025年公开了多少件行政处罚？")
	if strings.Contains(a.Text, "4件") || !strings.Contains(a.Text, "未找到") && !strings.Contains(a.Text, "没有找到") {
		t.Errorf("the requests' count given for the penalties: %s", a.Text)
	}
	b = botOver(t, map[string]string{"kdl.txt": report + "全年公开行政处罚决定12件。\n"})
	if a := ask(t, b, nil, "昆都仑区卫健委2025年公开了多少件行政处罚？"); !strings.Contains(a.Text, "12件") {
		t.Errorf("want the 12 penalties: %s", a.Text)
	}
}
