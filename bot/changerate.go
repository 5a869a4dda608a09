package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// relativeChangeClause gives a change in percent: "减幅6.44%", "增长8.04%".
var relativeChangeClause = regexp.MustCompile(`^(?:同比|环比)?(?:增幅|减幅|降幅|涨幅|增长|下降|减少|上升|提高|降低)(?:了|为|达)?[0-9.]+%`)

// withRelativeChangeAfter adds to the quote of a change by an amount the
// clause right after it that gives the same change in percent ("同比减少
// 101件" then "减幅6.44%"): asked how much less, both say it.
func withRelativeChangeAfter(question, quoted string, fig corpus.Figure) string {
	if !understand.AsksChange(question) || !isChange(fig) || isRateUnit(fig.Unit) {
		return quoted
	}
	clauses := splitClauses(fig.Sentence)
	value := writtenValue(fig)
	for i := 0; i+1 < len(clauses); i++ {
		if valueAt(clauses[i], value) < 0 {
			continue
		}
		next := strings.TrimSpace(clauses[i+1])
		if !relativeChangeClause.MatchString(next) || strings.Contains(quoted, next) {
			return quoted
		}
		return strings.TrimSuffix(quoted, "…") + "," + next + "…"
	}
	return quoted
}
