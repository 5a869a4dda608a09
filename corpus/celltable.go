package corpus

import (
	"strings"
	"unicode/utf8"
)

// Web pages saved as text often put every cell of a table on a line of its
// own, each after a "|", with the row's first cell (its number or name)
// on a line without one:
//
//	序号
//	| 指标
//	| 单位
//	| 2011年
//	|
//	28
//	| 卫生机构
//	| 个
//	| 8052
//
// Such a block is read as rows of cells, as if written "a | b | c".

// maxRowLeadRunes bounds the first cell of a cell-per-line row.
const maxRowLeadRunes = 16

// minCellLines is how many "|" lines a cell-per-line row needs.
const minCellLines = 2

// cellRow is a table row read from one line or from a cell-per-line block;
// start is the offset of its first line, end of its last.
type cellRow struct {
	start, end int
	cells      []tableCell
}

// cellLines groups the lines of body (absolute spans) into rows where they
// form a cell-per-line table; other lines come back as rows of themselves
// with no cells.
func cellLines(work string, body []Span) []cellRow {
	var out []cellRow
	for i := 0; i < len(body); i++ {
		l := body[i]
		lead := strings.TrimSpace(work[l.Start:l.End])
		j := i + 1
		for j < len(body) && isCellLine(work, body[j]) {
			j++
		}
		if lead == "" || isCellLine(work, l) || j-i-1 < minCellLines || utf8.RuneCountInString(lead) > maxRowLeadRunes {
			out = append(out, cellRow{start: l.Start, end: l.End})
			continue
		}
		row := cellRow{start: l.Start, end: body[j-1].End}
		ls := trimSpan(work, l)
		row.cells = append(row.cells, tableCell{text: work[ls.Start:ls.End], span: ls})
		for _, c := range body[i+1 : j] {
			cs := trimSpan(work, c)
			_, size := utf8.DecodeRuneInString(work[cs.Start:cs.End])
			cs = trimSpan(work, Span{cs.Start + size, cs.End})
			row.cells = append(row.cells, tableCell{text: work[cs.Start:cs.End], span: cs})
		}
		out = append(out, row)
		i = j - 1
	}
	return out
}

// isCellLine reports whether a line is one cell of a cell-per-line table:
// it starts with "|" and holds no second one.
func isCellLine(work string, l Span) bool {
	s := strings.TrimSpace(work[l.Start:l.End])
	rest, ok := strings.CutPrefix(s, "|")
	if !ok {
		rest, ok = strings.CutPrefix(s, "｜")
	}
	return ok && !strings.ContainsAny(rest, "|｜")
}

// rowNumberHeads head a column that only numbers the rows.
var rowNumberHeads = []string{"序号", "编号", "行次", "栏次"}

// dropRowNumbers removes a leading row-number column from a header and
// reports whether it did.
func dropRowNumbers(header []tableCell) ([]tableCell, bool) {
	if len(header) > 2 {
		h := strings.TrimSpace(header[0].text)
		for _, w := range rowNumberHeads {
			if h == w {
				return header[1:], true
			}
		}
	}
	return header, false
}

// unitColumn returns the position of a header cell naming the unit of each
// row ("单位", "计量单位"), or -1.
func unitColumn(header []tableCell) int {
	for i, h := range header {
		switch strings.TrimSpace(h.text) {
		case "单位", "计量单位", "单 位":
			return i
		}
	}
	return -1
}
