package bot_test

import (
	"strings"
	"testing"
)

// A question on a catalogue indicator (行政处罚案件数) is not answered by a
// count of the same head of another kind (行政诉讼案件): it is not found.
func TestSameHeadOtherKindNotAnswered(t *testing.T) {
	b := botOver(t, map[string]string{
		"某县2022年法治政府建设报告.txt": "某县卫生健康局2022年法治政府建设工作报告\n一、工作情况\n" +
			"全年办理行政复议案件2件，行政诉讼案件3件，维持1件。\n",
	})
	a := ask(t, b, nil, "某县卫健局2022年行政处罚了多少件？")
	if strings.Contains(a.Text, "3件") || !strings.Contains(a.Text, "没有找到") && !strings.Contains(a.Text, "未找到") {
		t.Errorf("want not found, not the count of lawsuits: %s", a.Text)
	}
}
