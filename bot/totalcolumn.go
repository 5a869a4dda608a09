package bot

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// A table row gives a measure for its total and for kinds of it ("病床使用率
// | 合计 73.63 | 公立医疗机构 75.75 | 民营医疗机构 65.87"): a question naming
// no kind ("医疗机构病床使用率多少") asks the total, though a kind's column
// shares more of its words.

// totalOverKind is how far the total column ranks above the kind's.
const totalOverKind = 0.01

// totalColumns name a row's total column.
var totalColumns = []string{"合计", "总计", "总数", "全部", "全市", "全省", "全县", "全区"}

// totalOverUnaskedColumn puts first, when the best figure is a table
// column ("病床使用率 公立医疗机构") whose kind the question does not name
// (公立), the total column of the same row and measure.
func totalOverUnaskedColumn(cands []figureCandidate, topic string) []figureCandidate {
	if len(cands) < 2 {
		return cands
	}
	best := cands[0].hit.Figure
	measure, column, ok := strings.Cut(best.Label, " ")
	if !ok || totalColumn(best.Label) || !unaskedKind(corpus.Normalize(column), corpus.Normalize(topic)) {
		return cands
	}
	for i, c := range cands[1:] {
		f := c.hit.Figure
		m, col, ok := strings.Cut(f.Label, " ")
		if ok && m == measure && f.Report == best.Report && f.Year == best.Year && containsAny(col, totalColumns) {
			total := cands[i+1]
			total.score = cands[0].score + totalOverKind // it stays first when the candidates are sorted again
			copy(cands[1:i+2], cands[:i+1])
			cands[0] = total
			break
		}
	}
	return cands
}

// totalColumn reports whether a label is a table row's total column
// ("病床使用率 合计"): of every kind, none missing.
func totalColumn(label string) bool {
	_, col, ok := strings.Cut(label, " ")
	return ok && containsAny(col, totalColumns)
}

// unaskedKind reports whether a column names a kind beyond the words the
// question shares with it: "公立医疗机构" of "医疗机构病床使用率" (公立),
// not "公立医疗机构" of "公立医疗机构病床使用率".
func unaskedKind(column, topic string) bool {
	rs := []rune(column)
	// The longest run of the column the question holds; what is left of
	// the column is the kind it adds.
	best := 0
	for i := range rs {
		for j := len(rs); j > i+best; j-- {
			if strings.Contains(topic, string(rs[i:j])) {
				best = j - i
				break
			}
		}
	}
	return best >= 2 && len(rs)-best >= 2
}
