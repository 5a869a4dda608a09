package corpus

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A web table of words (a livelihood projects' progress table, a list of
// tasks) reaches the text one cell a line, with its rows numbered:
//
//	序号
//	实事名称
//	指标任务
//	责任单位
//	1
//	一、两慢病常用药免费服用供给。
//	8000人以上高血压患者
//	卫健局
//	2
//	…
//
// Left so, every cell is a paragraph of its own: a project's name reads as
// a heading, a column's name ("下步计划") as the title, and a project's
// target, place and progress never stand in one passage. joinCellStreams
// sets each row, and the header, on one line with its cells between bars
// ("1 | 一、… | 8000人以上高血压患者 | 卫健局"), the form the table readers and
// the chunker know. Tables of numbers, and tables whose rows stand in
// numbered groups ("(一)" 健康知识普及行动), are left to the readers of cell
// streams (cellrows.go, serialrows.go); a row with more cells than the
// header names (a cell cut over several lines) leaves the stream as it is.

// maxStreamHeadRunes bounds a header cell of a cell stream.
const maxStreamHeadRunes = 14

// maxStreamHeads bounds the columns of a cell stream after its number.
const maxStreamHeads = 12

// minStreamRows is how many numbered rows make a cell stream.
const minStreamRows = 2

// maxStreamValueShare is the share of a stream's cells that may be bare
// numbers: above it the table is one of figures, for the number readers.
const maxStreamValueShare = 0.3

// joinCellStreams rewrites every numbered cell-per-line table of text as
// bar-separated lines, one per row.
func joinCellStreams(text string) string {
	if !strings.Contains(text, "序") && !strings.Contains(text, "编号") {
		return text
	}
	lines := strings.Split(text, "\n")
	var out []string
	changed := false
	for i := 0; i < len(lines); i++ {
		if joined, next, ok := cellStreamAt(lines, i); ok {
			out = append(out, joined...)
			i = next - 1
			changed = true
			continue
		}
		out = append(out, lines[i])
	}
	if !changed {
		return text
	}
	return strings.Join(out, "\n")
}

// cellStreamAt reads a numbered cell stream whose "序号" cell is lines[i]:
// its header and rows as bar-separated lines, and the index of the first
// line after it.
func cellStreamAt(lines []string, i int) ([]string, int, bool) {
	first := strings.TrimSpace(lines[i])
	if !isSerialHead(first) {
		return nil, 0, false
	}
	heads, j := streamHeads(lines, i+1)
	if len(heads) < 2 || j >= len(lines) || strings.TrimSpace(lines[j]) != "1" {
		return nil, 0, false
	}
	rows, end := streamRows(lines, j, len(heads))
	if len(rows) < minStreamRows || modalCells(rows) != len(heads) || !wordyStream(rows) {
		return nil, 0, false
	}
	out := []string{first + " | " + strings.Join(heads, " | ")}
	for _, r := range rows {
		out = append(out, r[0]+" | "+strings.Join(alignedCells(r[1:], len(heads)), " | "))
	}
	return out, end, true
}

// alignedCells sets a row's cells under the header's columns. A row with
// one cell too many had a cell cut in two: the first two are one. A row
// with too few shares its first cells with the row above (a cell spanning
// both rows, given once): they are left blank, since which of the row
// above's cells span is not written.
func alignedCells(cells []string, width int) []string {
	for len(cells) > width {
		cells = append([]string{cells[0] + " " + cells[1]}, cells[2:]...)
	}
	if missing := width - len(cells); missing > 0 {
		cells = append(make([]string, missing), cells...)
	}
	return cells
}

// isSerialHead reports whether a line is the number column's header
// ("序号", "序 号").
func isSerialHead(s string) bool {
	return slices.Contains(serialHeads, strings.ReplaceAll(s, " ", ""))
}

// streamHeads reads the header cells from lines[i] up to the first row's
// number, returning them and that line's index; a cell in brackets
// continues the one before it ("完成情况" "(截止4月15日)"). No header comes
// back when a line is too long for a header cell or already a table row.
func streamHeads(lines []string, i int) ([]string, int) {
	var heads []string
	for ; i < len(lines); i++ {
		s := strings.TrimSpace(lines[i])
		switch {
		case s == "":
			continue
		case s == "1":
			return heads, i
		case utf8.RuneCountInString(s) > maxStreamHeadRunes || strings.ContainsAny(s, "|｜。；") || len(heads) == maxStreamHeads:
			return nil, i
		case groupMark.MatchString(s):
			return nil, i // a group's mark: an indicator table of groups, for the number readers
		case len(heads) > 0 && (strings.HasPrefix(s, "(") || strings.HasPrefix(s, "（")):
			heads[len(heads)-1] += s
		default:
			heads = append(heads, s)
		}
	}
	return nil, i
}

// streamRows reads the numbered rows from lines[i] (the line "1"): each row
// its number and the cells up to the next number, at most one more cell
// than the header names (a cell the page split in two). A full row not
// followed by the next number ends the table, so that the text after it
// stays out of the last row. It returns the rows and the index of the
// first line after them; a row with more cells than that (a cell cut over
// several lines) leaves the stream unread (no rows).
func streamRows(lines []string, i, width int) ([][]string, int) {
	var rows [][]string
	var row []string
	next := 1
	end, rowStart := i, i
	for ; i < len(lines); i++ {
		s := strings.TrimSpace(lines[i])
		if s == "" {
			continue
		}
		if s == strconv.Itoa(next) {
			if row != nil {
				rows = append(rows, row)
			}
			row, next, end, rowStart = []string{s}, next+1, i+1, i
			continue
		}
		if cells := len(row) - 1; cells > width || cells == width && linesBefore(lines, i+1, strconv.Itoa(next)) != 0 {
			if linesBefore(lines, i, strconv.Itoa(next)) >= 0 {
				return nil, 0 // the row goes on: too many cells
			}
			break
		}
		if groupMark.MatchString(s) {
			return nil, 0
		}
		row = append(row, s)
		end = i + 1
	}
	if len(row) > 1 {
		rows = append(rows, row)
	} else {
		end = rowStart // a number with no cells is no row
	}
	return rows, end
}

// maxOverflowCells is how far past a full row the next row's number is
// looked for before the row is taken for the table's last.
const maxOverflowCells = 8

// linesBefore counts the lines with text from lines[i] before the one
// that is want, or -1 when it is not among the next maxOverflowCells.
func linesBefore(lines []string, i int, want string) int {
	n := 0
	for ; i < len(lines) && n <= maxOverflowCells; i++ {
		s := strings.TrimSpace(lines[i])
		if s == want {
			return n
		}
		if s != "" {
			n++
		}
	}
	return -1
}

// modalCells is the most common number of cells in the rows after their
// numbers: as many as the header names when the header was read whole (not
// a header of two levels, nor a group's name before the first row).
func modalCells(rows [][]string) int {
	count := map[int]int{}
	best := 0
	for _, r := range rows {
		n := len(r) - 1
		count[n]++
		if count[n] > count[best] || count[n] == count[best] && n > best {
			best = n
		}
	}
	return best
}

// wordyStream reports whether a stream's cells are words rather than bare
// numbers.
func wordyStream(rows [][]string) bool {
	cells, values := 0, 0
	for _, r := range rows {
		for _, c := range r[1:] {
			cells++
			if isValueCell(c) {
				values++
			}
		}
	}
	return cells > 0 && float64(values) <= maxStreamValueShare*float64(cells)
}
