package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A form saved from a registry page gives some of its items as a caption,
// a line of column headers and a line of values under them, with no name
// on the values' row:
//
//	资产损益情况
//	年初数(万元) 年末数(万元)
//	644.99万元 638.45万元
//
// The caption names the row.

// maxCaptionRunes bounds a caption naming a headerless row.
const maxCaptionRunes = 12

// captionedRows finds such rows among a section's lines.
func captionedRows(work string, body []Span) []textTable {
	ls := filledLines(work, body)
	text := func(i int) string { return strings.TrimSpace(work[ls[i].Start:ls[i].End]) }
	var out []textTable
	for i := 1; i+1 < len(ls); i++ {
		caption, heads, values := text(i-1), strings.Fields(text(i)), valueCells(text(i+1))
		if len(heads) < 2 || len(heads) != len(values) || !captionLine(caption) {
			continue
		}
		if !allCells(heads, func(h string) bool {
			return !isValueCell(h) && hasHan(h) && utf8.RuneCountInString(h) <= maxTableHeadRunes
		}) ||
			!allCells(values, isValueCell) {
			continue
		}
		row := []tableCell{{text: caption, span: ls[i-1]}}
		for k, v := range values {
			row = append(row, tableCell{head: heads[k], text: v, span: ls[i+1]})
		}
		out = append(out, textTable{rows: [][]tableCell{row}, lines: ls[i-1 : i+2]})
		i += 2
	}
	return out
}

// valueToken is a number with an optional unit of money, people or a share.
var valueToken = regexp.MustCompile(`-?\d+(?:\.\d+)?\s*(?:万元|亿元|元|万人|人|%|个|家|张|次)?`)

// valueCells splits a line of values, spaced or run together once
// normalized ("644.99万元638.45万元"); nil when the line holds anything else.
func valueCells(line string) []string {
	cells := valueToken.FindAllString(line, -1)
	if strings.Join(strings.Fields(strings.Join(cells, "")), "") != strings.Join(strings.Fields(line), "") {
		return nil
	}
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// captionLine reports whether a line can caption a row: short Han text
// with no punctuation, number or space.
func captionLine(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= maxCaptionRunes && hasHan(s) && !strings.ContainsAny(s, " \t，,。；;：:0123456789|")
}

// allCells reports whether every cell passes ok.
func allCells(cells []string, ok func(string) bool) bool {
	for _, c := range cells {
		if !ok(c) {
			return false
		}
	}
	return true
}
