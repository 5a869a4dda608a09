package corpus

import "strings"

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
