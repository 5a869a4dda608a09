package corpus

import (
	"strings"
	"unicode/utf8"
)

// textTable is a table read from a section's plain-text lines (a cell
// stream between bars, space-aligned columns, or rows one cell a line):
// its rows with their cells' column headers set, the year its caption
// gives (0: none), and the lines it covers, which are not read again as
// sentences.
type textTable struct {
	rows  [][]tableCell
	lines []Span
	year  int
	// quoteHeads: a figure quotes each value's header too ("卡介苗 |
	// 接种率(%) | 99.78"), the header standing on no line of the row.
	quoteHeads bool
}

// figures turns the table's numeric cells into figures, each quoting its
// row's cells joined by bars (not the lines between them), dated by the
// caption's year when the cells give none.
func (t textTable) figures(work string, sec Section, rep *Report) []Figure {
	var out []Figure
	for _, cells := range t.rows {
		fs := tableFigures(work, cells, sec, rep)
		var quote []string
		for k, c := range cells {
			if t.quoteHeads && k > 0 {
				quote = append(quote, c.head)
			}
			quote = append(quote, c.text)
		}
		for k := range fs {
			fs[k].Sentence = strings.Join(quote, " | ")
			if t.year > 0 && fs[k].Year == sec.Year {
				fs[k].Year = t.year // the caption's "(2023)"
			}
		}
		out = append(out, fs...)
	}
	return out
}

// covers reports whether a line lies within the table's lines.
func (t textTable) covers(l Span) bool {
	return len(t.lines) > 0 && l.Start < t.lines[len(t.lines)-1].End && l.End > t.lines[0].Start
}

// minWordyCellRunes is the length of a cell that says something in words
// ("截至6月9日:高血压用药免费服用8718人"), not a value or a name.
const minWordyCellRunes = 12

// wordy reports whether most of a table's rows hold a cell of words: a
// table of tasks and progress, whose figures stand in sentences.
func (t textTable) wordy() bool {
	n := 0
	for _, row := range t.rows {
		if wordyRow(row) {
			n++
		}
	}
	return len(t.rows) > 0 && 2*n > len(t.rows)
}

// wordyRow reports whether a row holds a cell of words with a number in
// them: a clause ("截至6月9日:高血压用药免费服用8718人,完成任务数的108.97%",
// "已完成342384例重点人群结直肠癌筛查"), not an indicator's name ("适龄儿童
// 国家免疫规划疫苗接种率") nor a value.
func wordyRow(cells []tableCell) bool {
	for _, c := range cells {
		n := utf8.RuneCountInString(c.text)
		if n < minWordyCellRunes || isValueCell(c.text) || !strings.ContainsAny(c.text, "0123456789") {
			continue
		}
		if n >= minWordyClauseRunes || strings.ContainsAny(c.text, "，,。；;:：") {
			return true
		}
	}
	return false
}

// minWordyClauseRunes is the length of a cell with a number that is a
// clause even without punctuation.
const minWordyClauseRunes = 16
