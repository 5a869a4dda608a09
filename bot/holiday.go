package bot

import (
	"slices"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// ofHolidayAsked keeps, for a question about a holiday ("春节那几天120接了
// 多少电话"), the figures whose report, section or sentence names that
// holiday or none: a count of the National Day week is no answer about the
// Spring Festival.
func ofHolidayAsked(cands []figureCandidate, question string) []figureCandidate {
	asked := understand.Holidays(question)
	if len(asked) == 0 {
		return cands
	}
	return keepCandidates(cands, func(h corpus.FigureHit) bool {
		named := understand.Holidays(h.Title + " " + h.Figure.Section + " " + h.Figure.Sentence)
		return len(named) == 0 || slices.ContainsFunc(asked, func(a string) bool { return slices.Contains(named, a) })
	})
}
