package bot_test

import (
	"strings"
	"testing"
)

// "罚了多少宗" asks the cases punished (行政处罚818宗), not the money the
// catalogue's 罚款金额 names, beside them.
func TestCasesCountedInZong(t *testing.T) {
	b := botOver(t, map[string]string{
		"监督.txt": "中山市召开2023年全市卫生监督工作会议\n2023-02-15\n2022年,全市卫生监督覆盖率为97.16%;全年作出行政处罚818宗,罚没金额约415.61万元;\n",
	})
	a := ask(t, b, nil, "中山2022年卫生监督全年一共罚了多少宗？")
	if first := firstLine(a.Text); !strings.Contains(first, "818宗") {
		t.Errorf("want the cases, 818宗:\n%s", a.Text)
	}
}
