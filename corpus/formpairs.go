package corpus

import (
	"slices"
	"unicode/utf8"
)

// A form copied from a web page or a PDF (a 绩效自评表's "基本概况") reaches
// the text one cell a line, each name followed by its value:
//
//	人员编制
//	55
//	实有人数
//	96
//
// Each value is its name's: 人员编制 55, 实有人数 96. A lone name and number
// in prose is no form: it takes minFormPairs of them in a row. A bar alone
// on a line between the cells (a 绩效目标表's "|") parts them and is no
// cell.

// minFormPairs is how many name-value pairs in a row make a form.
const minFormPairs = 2

// maxFormNameRunes bounds a form's name cell.
const maxFormNameRunes = 16

// formPairs finds the runs of name-value cell pairs among a section's lines
// (blank lines between cells are skipped).
func formPairs(work string, body []Span) []textTable {
	ls := slices.DeleteFunc(filledLines(work, body), func(l Span) bool {
		t := work[l.Start:l.End]
		return t == "|" || t == "｜" // a bar on a line of its own parts two cells
	})
	text := func(i int) string { return work[ls[i].Start:ls[i].End] }
	isName := func(i int) bool {
		s := text(i)
		if utf8.RuneCountInString(s) > maxFormNameRunes || containsSentenceEnd(s) || isValueCell(s) || !hasHan(s) || IsMetadataLine(s) {
			return false
		}
		_, marked := matchMarker(work[:ls[i].End], ls[i].Start)
		return !marked // a heading ("一、部门基本概况") names no value
	}
	isValue := func(i int) bool {
		if !isValueCell(text(i)) {
			return false
		}
		_, year := isYearText(text(i))
		return !year
	}
	var out []textTable
	for i := 0; i+1 < len(ls); {
		j := i
		for j+1 < len(ls) && isName(j) && isValue(j+1) {
			j += 2
		}
		if pairs := (j - i) / 2; pairs >= minFormPairs && (j >= len(ls) || !isValue(j)) {
			t := textTable{lines: ls[i:j]}
			for k := i; k < j; k += 2 {
				t.rows = append(t.rows, []tableCell{
					{text: text(k), span: ls[k]},
					{text: text(k + 1), span: ls[k+1]},
				})
			}
			out = append(out, t)
			i = j
			continue
		}
		i++
	}
	return out
}
