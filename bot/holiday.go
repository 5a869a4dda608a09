package bot

import (
	"slices"

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
	return slices.DeleteFunc(cands, func(c figureCandidate) bool {
		named := understand.Holidays(c.hit.Title + " " + c.hit.Figure.Section + " " + c.hit.Figure.Sentence)
		if len(named) == 0 {
			return false
		}
		for _, h := range asked {
			if slices.Contains(named, h) {
				return false
			}
		}
		return true
	})
}
