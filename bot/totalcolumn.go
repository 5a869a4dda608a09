package bot

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// A table row gives a measure for its total and for kinds of it ("病床使用率
// | 合计 73.63 | 公立医疗机构 75.75 | 民营医疗机构 65.87"): a question naming
// no kind ("医疗机构病床使用率多少") asks the total, though a kind's column
// shares more of its words. So does a report counting all institutions and
// kinds of them apart ("医疗卫生机构出院…其中,医院出院…").

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
			return promoted(cands, i+1)
		}
	}
	return cands
}

// promoted puts candidate i first, scored just above the one it passes so
// that it stays first when the candidates are sorted again.
func promoted(cands []figureCandidate, i int) []figureCandidate {
	c := cands[i]
	c.score = cands[0].score + totalOverKind
	copy(cands[1:i+1], cands[:i])
	cands[0] = c
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

// institutionParts are kinds of health institution a report counts apart
// from all of them (医疗卫生机构), longest first.
var institutionParts = []string{"基层医疗卫生机构", "专业公共卫生机构", "社区卫生服务中心", "乡镇卫生院", "公立医院", "民营医院", "村卫生室", "卫生院", "医院"}

// wholeOverUnaskedPart puts first, when the best figure is of a kind of
// institution the question does not name ("医院出院 21.35%" for "出院人次
// 同比涨了多少"), the same measure of all institutions in the same report
// and year ("医疗卫生机构出院 18.62%").
func wholeOverUnaskedPart(cands []figureCandidate, topic string) []figureCandidate {
	if len(cands) < 2 {
		return cands
	}
	best := cands[0].hit.Figure
	measure := ""
	for _, p := range institutionParts {
		if rest, ok := strings.CutPrefix(best.Label, p); ok && rest != "" {
			if strings.Contains(topic, p) {
				return cands // the kind asked
			}
			measure = rest
			break
		}
	}
	if measure == "" {
		return cands
	}
	for i, c := range cands[1:] {
		f := c.hit.Figure
		if f.Report == best.Report && f.Year == best.Year && isChange(f) == isChange(best) && f.Unit == best.Unit &&
			strings.HasSuffix(f.Label, "医疗卫生机构"+measure) {
			return promoted(cands, i+1)
		}
	}
	return cands
}
