package bot

import (
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// ofHolidayAsked keeps, for a question about a holiday ("春节那几天120接了
// 多少电话"), the figures whose report, section or sentence names that
// holiday or none: a count of the National Day week is no answer about the
// Spring Festival. others reports whether figures of other holidays were
// left out.
func ofHolidayAsked(cands []figureCandidate, question string) (kept []figureCandidate, others bool) {
	return ofPeriodsAsked(cands, understand.Holidays(question), understand.Holidays)
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
