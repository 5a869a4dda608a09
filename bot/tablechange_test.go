package bot_test

import (
	"strings"
	"testing"
)

// A disclosure table's row gives a count and its change (本年增/减): asked
// how many, the count answers, not the change beside it (made-up report).
func TestTableRowCountBeforeItsChange(t *testing.T) {
	cells := []string{"第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政处罚", "137", "0", "112", "行政强制", "12", "0", "21"}
	b := botOver(t, map[string]string{
		"nianbao.txt": "云溪县卫生健康局2023年政府信息公开年度报告\n二、主动公开政府信息情况\n" + strings.Join(cells, "\n") + "\n",
	})
	a := ask(t, b, nil, "云溪县卫健局2023年行政强制一共做了几次？")
	if first := firstLine(a.Text); !strings.Contains(first, "21") {
		t.Errorf("want the 21 decisions, not the change beside them:\n%s", a.Text)
	}
}
