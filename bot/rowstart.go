package bot

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// rowEnds finds, for a figure of a table's row ("每千人口拥有注册护士数 |
// 2.09 | 2.75" under 2020年 and 2025年目标), the figure of the same row
// in another year's column, and gives the two in the order of their years:
// the ends of the change a question asks "从多少提到多少". ok is false when
// the row has no such column.
func rowEnds(cands []figureCandidate, best corpus.FigureHit) (from, to corpus.Figure, ok bool) {
	b := best.Figure
	if b.Year == 0 || !strings.Contains(b.Sentence, "|") {
		return corpus.Figure{}, corpus.Figure{}, false // not a table's row
	}
	var other corpus.Figure
	for _, c := range cands {
		f := c.hit.Figure
		if c.hit.Ref != best.Ref || f.Sentence != b.Sentence || f.Year == 0 || f.Year == b.Year || f.Missing || f.Base || isChange(f) {
			continue
		}
		if rowLabel(f.Label) != rowLabel(b.Label) {
			continue
		}
		if !ok || yearsApart(f, b) > yearsApart(other, b) {
			other, ok = f, true // the farthest column: the whole change
		}
	}
	if !ok {
		return corpus.Figure{}, corpus.Figure{}, false
	}
	if other.Year < b.Year {
		return other, b, true
	}
	return b, other, true
}

// yearsApart is how many years lie between two figures.
func yearsApart(a, b corpus.Figure) int { return max(a.Year-b.Year, b.Year-a.Year) }

// rowLabel is a row's label without the column's word for a target
// ("每千人口拥有注册护士数 目标").
func rowLabel(label string) string {
	l := corpus.Normalize(label)
	for _, w := range []string{"目标值", "目标", "规划值", "预期值"} {
		l = strings.TrimSuffix(strings.TrimSpace(l), w)
	}
	return strings.TrimSpace(l)
}
