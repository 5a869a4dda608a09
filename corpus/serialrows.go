package corpus

import (
	"slices"
	"strconv"
	"strings"
)

// A statistical report form lists its indicators in numbered rows, each
// with its unit in a column of its own and blanks where a year is not
// filled in:
//
//	序号 | 指标           | 单位 | 2011年 | 2010年 | 增长(%)
//	34   | 年末医疗卫生单位病床 | 张   | 97811  |        |
//	35   | 其中:乡镇卫生院   | 张   | 16424  |        |
//	36   | 医院           | 张   | 71435  |        |
//
// In a cell stream the rows are found by their numbers following one
// another; a row's unit goes with its name, and the rows after "其中:"
// in the same unit are parts of the row above them.

// minSerialRows is how many numbered rows make a report form.
const minSerialRows = 3

// readSerialRows reads the numbered rows of a cell stream (cells without
// English captions), or reports false.
func readSerialRows(cells []pipeCell) (textTable, bool) {
	starts := serialStarts(cells)
	if len(starts) < minSerialRows {
		return textTable{}, false
	}
	var header []string
	for _, c := range cells[:starts[0]] {
		if c.text != "" {
			header = append(header, c.text)
		}
	}
	k := slices.Index(header, "序号")
	if k < 0 || k+2 >= len(header) {
		return textTable{}, false
	}
	heads := header[k+1:] // 指标, 单位, the value columns
	unitCol := heads[1] == "单位" || heads[1] == "计量单位"
	var t textTable
	parent, parentUnit, inParts := "", "", false
	for i, s := range starts {
		end := len(cells)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		row := cells[s+1 : end] // without the number
		if len(row) > len(heads) {
			row = row[:len(heads)]
		}
		name, unit := row[0].text, ""
		values, vheads := row[1:], heads[1:]
		if unitCol && len(row) > 1 {
			unit, values, vheads = row[1].text, row[2:], heads[2:]
		}
		if rest, ok := cutPartMark(name); ok && parent != "" && unit == parentUnit {
			name, inParts = ofWhichLabel(parent, rest), true
		} else if inParts && parent != "" && unit == parentUnit {
			name = ofWhichLabel(parent, name) // a further part after "其中:"
		} else {
			parent, parentUnit, inParts = name, unit, false
		}
		if unit != "" {
			name += "（" + unit + "）"
		}
		out := []tableCell{{text: name, span: row[0].span}}
		for j, c := range values {
			if j < len(vheads) {
				out = append(out, tableCell{head: vheads[j], text: c.text, span: c.span})
			}
		}
		t.rows = append(t.rows, out)
	}
	return t, true
}

// serialStarts returns where the numbered rows of a stream start: cells
// holding the numbers n, n+1, … each followed by a name.
func serialStarts(cells []pipeCell) []int {
	var starts []int
	next := -1
	for i := 0; i+1 < len(cells); i++ {
		n, err := strconv.Atoi(strings.TrimSpace(cells[i].text))
		if err != nil || n <= 0 || cells[i+1].text == "" || isValueCell(cells[i+1].text) {
			continue
		}
		if next < 0 || n == next {
			starts = append(starts, i)
			next = n + 1
		}
	}
	return starts
}
