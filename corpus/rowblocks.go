package corpus

import (
	"strings"
	"unicode/utf8"
)

// A web table laid out with its header in the first column reaches the
// text one cell a line, row after row: the first row's key and names, then
// the second row's key and numbers.
//
//	疫苗名称
//	卡介苗
//	乙肝第一剂次
//	接种率(%)
//	99.78
//	100
//
// Each number is the second row's measure of the name above it in the
// first row: 卡介苗 接种率 99.78%.

// minBlockNames is how many names a pair of rows needs.
const minBlockNames = 2

// filledLines are body's lines with text, trimmed: the cells of a table
// laid out one a line, blank lines between them skipped.
func filledLines(work string, body []Span) []Span {
	var ls []Span
	for _, l := range body {
		if t := trimSpan(work, l); t.Len() > 0 {
			ls = append(ls, t)
		}
	}
	return ls
}

// rowBlocks finds the pairs of name and number rows among a section's
// lines (blank lines between cells are skipped).
func rowBlocks(work string, body []Span) []textTable {
	ls := filledLines(work, body)
	text := func(i int) string { return work[ls[i].Start:ls[i].End] }
	isCell := func(i int) bool {
		s := text(i)
		return utf8.RuneCountInString(s) <= maxTableHeadRunes && !containsSentenceEnd(s) && !strings.ContainsAny(s, "|｜，,")
	}
	isName := func(i int) bool { return isCell(i) && !isValueCell(text(i)) }
	var out []textTable
	for i := 0; i < len(ls); i++ {
		if !isName(i) {
			continue
		}
		j := i + 1
		for j < len(ls) && isName(j) {
			j++
		}
		// ls[i] is the first row's key, ls[i+1:j-1] its names, ls[j-1]
		// the second row's key; then as many numbers as names.
		names := j - 1 - (i + 1)
		if names < minBlockNames || j+names > len(ls) {
			continue
		}
		k := j
		for k < j+names && isCell(k) && isValueCell(text(k)) {
			k++
		}
		if k != j+names || k < len(ls) && isCell(k) && isValueCell(text(k)) {
			continue // fewer numbers than names, or more: not this layout
		}
		key := text(j - 1)
		b := textTable{lines: ls[i:k], quoteHeads: true}
		for n := range names {
			name, value := ls[i+1+n], ls[j+n]
			b.rows = append(b.rows, []tableCell{
				{text: work[name.Start:name.End], span: name},
				{head: key, text: work[value.Start:value.End], span: value},
			})
		}
		out = append(out, b)
		i = k - 1
	}
	return out
}
