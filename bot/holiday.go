package bot

import (
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// ofHolidayAsked keeps, for a question about a holiday ("春节那几天120接了
// 多少电话"), the figures whose report, section or sentence names that
// holiday or none: a count of the National Day week is no answer about the
// Spring Festival. others reports whether figures of other holidays were
// left out.
func ofHolidayAsked(cands []figureCandidate, question string) (kept []figureCandidate, others bool) {
	asked := understand.Holidays(question)
	if len(asked) == 0 {
		return cands, false
	}
	kept = keepCandidates(cands, func(h corpus.FigureHit) bool {
		named := understand.Holidays(h.Title + " " + h.Figure.Section + " " + h.Figure.Sentence)
		return len(named) == 0 || slices.ContainsFunc(asked, func(a string) bool { return slices.Contains(named, a) })
	})
	return kept, len(kept) < len(cands)
}

// holidayText names the holidays a question asks about ("国庆期间"), "" for
// none.
func holidayText(question string) string {
	asked := understand.Holidays(question)
	if len(asked) == 0 {
		return ""
	}
	return strings.Join(asked, "、") + "期间"
}
