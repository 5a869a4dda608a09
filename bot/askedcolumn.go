package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// A table of two hospitals (指标 | 区医院 | 中医院) gives each row's figure
// once per column, labelled "住院次均费用 区医院" and "住院次均费用 中医院".
// Asked for one of them ("平潭区医院住一次院…"), the other column's figure
// is the other hospital's, not a related figure of the one asked: shown
// beside it, it reads as a second answer. askedColumnKept leaves out the
// other columns' figures of the best figure's row, in every year, when the
// question names the best figure's column.

// askedColumnKept keeps, of the figures of the best one's table row, those
// whose column the question names.
func askedColumnKept(question string, cands []figureCandidate) []figureCandidate {
	if len(cands) < 2 {
		return cands
	}
	q := corpus.Normalize(question)
	row, col, ok := tableRowColumn(cands[0].hit.Figure)
	if !ok || !columnAsked(q, col) {
		return cands
	}
	out := cands[:1:1]
	for _, c := range cands[1:] {
		r, k, ok := tableRowColumn(c.hit.Figure)
		if ok && r == row && k != col && !columnAsked(q, k) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// tableRowColumn splits a table figure's label into its row's and its
// column's names ("住院次均费用 区医院").
func tableRowColumn(f corpus.Figure) (row, col string, ok bool) {
	if !strings.Contains(f.Sentence, " | ") {
		return "", "", false
	}
	i := strings.LastIndexByte(f.Label, ' ')
	if i <= 0 || i == len(f.Label)-1 {
		return "", "", false
	}
	return f.Label[:i], f.Label[i+1:], true
}

// columnAsked reports whether the question names a column: whole, or
// without the one-rune place word it starts with when three runes or more
// are left ("区中医院" asked as 中医院, but "区医院" not as 医院).
func columnAsked(q, col string) bool {
	if strings.Contains(q, col) {
		return true
	}
	_, w := utf8.DecodeRuneInString(col)
	rest := col[w:]
	return strings.ContainsRune("区市县省镇乡", []rune(col)[0]) && utf8.RuneCountInString(rest) >= 3 && strings.Contains(q, rest)
}
