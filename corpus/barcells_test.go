package corpus

import (
	"strings"
	"testing"
)

// A disclosure report's table given one cell a line, each closed by a bar,
// no line between its rows and "|||" between its parts: each number is its
// row's and its column's (made-up numbers).
func TestBarClosedCellsWithoutRowLines(t *testing.T) {
	cells := []string{
		"第二十条第(五)项", "|||", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
		"行政许可", "13", "0", "847",
		"第二十条第(六)项", "|||", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
		"行政处罚", "72", "-3", "322",
		"行政强制", "8", "-1", "0",
	}
	var b strings.Builder
	b.WriteString("云溪县卫生健康局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n")
	for _, c := range cells {
		if c == "|||" {
			b.WriteString(c + "\n")
		} else {
			b.WriteString(c + " |\n")
		}
	}
	got := strings.Join(pipeFigures(t, b.String()), " ")
	for _, want := range []string{"行政许可 处理决定数量=847", "行政处罚 处理决定数量=322", "行政强制 上一年项目数量=8"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
}
