package corpus

import (
	"strings"
	"unicode/utf8"
)

// Some pages reach the text one cell a line, each cell closed by a bar,
// and a bar alone on a line between rows; a table holds several parts,
// each with its own header row (an information-disclosure report's
// 第二十条 table):
//
//	|
//	第二十条第(五)项 |
//	|
//	信息内容 |
//	本年处理决定数量 |
//	|
//	行政许可 |
//	491 |
//
// Rows are the cells between bars; a row of names is the header of the
// rows of numbers after it, each number named by its column's header.

// minBarRows is how many rows make a bar-separated table.
const minBarRows = 3

// barRowTables finds the bar-separated tables among a section's lines.
func barRowTables(work string, body []Span) []textTable {
	var out []textTable
	for i := 0; i < len(body); {
		rows, lines, next := barRows(work, body, i)
		if len(rows) >= minBarRows {
			if t := readBarRows(rows); len(t.rows) > 0 {
				t.lines = lines
				out = append(out, t)
			}
		}
		i = max(next, i+1)
	}
	return out
}

// barRows reads, from line i, the rows of a bar-separated table: the
// cells between bar lines, each cell a line ending in a bar. It returns
// them, the lines they cover and the line after the table.
func barRows(work string, body []Span, i int) (rows [][]tableCell, lines []Span, next int) {
	var row []tableCell
	flush := func() {
		if len(row) > 0 {
			rows = append(rows, row)
			row = nil
		}
	}
	k := i
	for ; k < len(body); k++ {
		l := trimSpan(work, body[k])
		s := work[l.Start:l.End]
		switch {
		case s == "":
			continue
		case s == "|" || s == "｜":
			flush()
		case (strings.HasSuffix(s, "|") || strings.HasSuffix(s, "｜")) && !strings.ContainsAny(strings.TrimRight(s, "|｜ "), "|｜"):
			// "325 | ||": empty cells after the bar are the row's blanks.
			c := trimSpan(work, Span{l.Start, l.Start + strings.IndexAny(s, "|｜")})
			if c.Len() == 0 || utf8.RuneCountInString(work[c.Start:c.End]) > maxTableHeadRunes*2 {
				flush()
				return rows, lines, k + 1
			}
			row = append(row, tableCell{text: work[c.Start:c.End], span: c})
		default:
			flush()
			return rows, lines, k
		}
		lines = append(lines, l)
	}
	flush()
	return rows, lines, k
}

// readBarRows turns bar-separated rows into a table's rows: a row of two
// or more names is the header of the rows of a name and numbers after it,
// as long as they have no more cells than it.
func readBarRows(rows [][]tableCell) textTable {
	var t textTable
	var header []tableCell
	for _, row := range rows {
		numbers := 0
		for _, c := range row[1:] {
			if _, ok := parseCell(c.text); ok {
				numbers++
			}
		}
		_, firstIsNumber := parseCell(row[0].text)
		switch {
		case len(row) >= 2 && numbers == 0 && !firstIsNumber:
			header = row
		case header != nil && !firstIsNumber && numbers > 0 && len(row) <= len(header):
			cells := []tableCell{row[0]}
			for k, c := range row[1:] {
				c.head = header[k+1].text
				cells = append(cells, c)
			}
			t.rows = append(t.rows, cells)
		default:
			if len(row) > 1 {
				header = nil // a row of another shape: the header no longer holds
			}
		}
	}
	return t
}
