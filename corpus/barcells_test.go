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
	// The column of changes (本年增/减) gives the row's change, qualified so.
	for _, f := range Parse("t.txt", b.String(), Meta{}, Options{}).Reports[0].Figures {
		if f.Raw == "-3" && (f.Label != "行政处罚" || f.Qualifier != "增减") {
			t.Errorf("-3 labelled %q qualified %q, want 行政处罚, 增减", f.Label, f.Qualifier)
		}
	}
}

// The same report's table in its earlier format, one cell a line with no
// bars: header cells broken in two ("本年新 / 制作数量"), and a part whose
// header follows a caption and a row left blank (made-up numbers).
func TestDisclosureCellStreamOfEarlierFormat(t *testing.T) {
	cells := []string{
		"第二十条第(一)项", "信息内容", "本年新", "制作数量", "本年新", "公开数量", "对外公开总数量",
		"规章", "6", "2", "10", "规范性文件", "198", "7", "21",
		"第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
		"行政许可", "18", "0", "1625", "其他对外管理服务事项",
		"第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量",
		"行政处罚", "137", "0", "112", "行政强制", "12", "0", "21",
	}
	text := "云溪县卫生健康局2020年政府信息公开年度报告\n二、主动公开政府信息情况\n" + strings.Join(cells, "\n\n") + "\n"
	got := strings.Join(pipeFigures(t, text), " ")
	for _, want := range []string{"规范性文件 本年新制作数量=198", "规范性文件 对外公开总数量=21", "行政强制 处理决定数量=21", "行政处罚 上一年项目数量=137"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in\n%s", want, got)
		}
	}
}
