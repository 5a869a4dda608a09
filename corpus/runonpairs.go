package corpus

import "strings"

// A form of name and value pairs copied from a web page may reach the text
// as one bar-separated line, its rows run together and parted by empty
// cells:
//
//	| 医院等级 | 二级甲等 | | | 医疗收入 | 上年度医疗收入总额 | 145978207.60 | | 门诊次均费用 | 317.88 | | 门诊费用结构 | 药占比 | 64.04% | | 住院费用结构 | 药占比 | 19.31% |
//
// Each value is the name just before it, in the group a name before that
// opens (门诊费用结构 药占比 64.04%, 住院费用结构 药占比 19.31%); the row's
// first cell (医院等级) names none of them.

// minRunOnPairs is how many named values make a line such a form.
const minRunOnPairs = 3

// runOnPairs splits a line's cells into its rows of names and a value,
// each as a group cell (or the name) and the value headed by the name. It
// needs minRunOnPairs values, each right after a name, and empty cells
// parting the rows.
func runOnPairs(cells []tableCell) ([][]tableCell, bool) {
	var rows [][]tableCell
	var names []tableCell // the names of the row read so far
	group := tableCell{}
	parted := false
	for _, c := range cells {
		// " | | " between two rows leaves a bar on the next cell.
		t := strings.TrimLeft(c.text, " |｜")
		if t != c.text {
			names, parted = nil, true
			c.span.Start += len(c.text) - len(t)
			c.text = t
		}
		if t == "" {
			names, parted = nil, true
			continue
		}
		if _, isNum := parseCell(t); !isNum {
			names = append(names, c)
			continue
		}
		if len(names) == 0 {
			return nil, false // values side by side: columns, not pairs
		}
		if len(names) > 1 {
			group = names[len(names)-2]
		}
		name := names[len(names)-1]
		if group.text == "" {
			rows = append(rows, []tableCell{name, c})
		} else {
			value := c
			value.head = name.text
			rows = append(rows, []tableCell{group, value})
		}
		names = nil
	}
	return rows, parted && len(rows) >= minRunOnPairs
}
