package corpus

import (
	"regexp"
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus/figures"
)

// A yearbook table copied one cell a line may give each row its unit in a
// column of its own, headed 单位, and mark a missing value with a dash:
//
//	指标名称 | 单 位 | 2016年 | 2017年 |
//	一、卫生机构 | 个 | 727 | 806 |
//	门诊部 | 个 | - | 99 |
//
// The unit cells are taken out of the stream and given to the row's
// values; a dash is a blank cell.

// unitColumnHeads head a column of units.
var unitColumnHeads = []string{"单位", "计量单位"}

// dashCells mark a missing value in a table's cell.
var dashCells = []string{"-", "—", "--", "——", "－", "/"}

// withoutUnitColumn takes a unit column out of a cell stream whose header
// names one: every unit cell right after a row's name goes, its unit kept
// by the name's offset; dashes become blank cells. The units are nil when
// the stream names no unit column.
func withoutUnitColumn(cells []pipeCell) ([]pipeCell, map[int]string) {
	at := -1
	for i, c := range cells {
		if slices.Contains(unitColumnHeads, c.text) {
			at = i
			break
		}
	}
	if at < 0 || slices.ContainsFunc(cells[:at], func(c pipeCell) bool { return c.text == "序号" }) {
		return cells, nil // none, or rows numbered in a column of their own (serialrows.go)
	}
	units := map[int]string{}
	out := append([]pipeCell(nil), cells[:at+1]...)
	for i := at + 1; i < len(cells); i++ {
		c := cells[i]
		if slices.Contains(dashCells, c.text) {
			c.text = ""
		}
		prev := cells[i-1]
		if bareUnits[c.text] && prev.text != "" && !isValueCell(prev.text) && i+1 < len(cells) &&
			(isValueCell(cells[i+1].text) || slices.Contains(dashCells, cells[i+1].text)) {
			units[prev.span.Start] = c.text
			continue
		}
		out = append(out, c)
	}
	return out, units
}

// chapterNumber numbers a table's top-level rows: "一、", "二、".
var chapterNumber = regexp.MustCompile(`^\s*[一二三四五六七八九十]+、`)

// withRowUnits gives each value of a row read from a stream with a unit
// column its row's unit, unless its column's header gives one, and drops
// the outline number a row's name opens with ("二、病床床位数合计").
func withRowUnits(t *textTable, units map[int]string) {
	if units == nil {
		return
	}
	parent := "" // the row numbered 一、 the rows numbered 1. are parts of
	for _, row := range t.rows {
		unit := units[row[0].span.Start]
		n := rowNumberLen(row[0].text)
		number, name := row[0].text[:n], strings.TrimSpace(row[0].text[n:])
		switch {
		case chapterNumber.MatchString(number):
			parent = name // "二、统筹基金收入"
		case n > 0 && parent != "" && !strings.HasPrefix(name, "其中"):
			// "1.职工基本医疗保险" under "二、统筹基金收入": its income.
			name = figures.PartLabel(parent, name)
		}
		row[0].text = name
		if unit == "" {
			continue
		}
		for k := 1; k < len(row); k++ {
			if headUnitIndex(row[k].head) == nil {
				row[k].head += "(" + unit + ")"
			}
		}
	}
}
