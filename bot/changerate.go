package bot

import (
	"regexp"

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
	return withClauseAfter(quoted, fig, relativeChangeClause)
}
