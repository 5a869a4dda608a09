package bot

import (
	"strconv"

	"github.com/healthbot/healthbot/understand"
)

// ofWeekAsked keeps, for a question about one numbered week ("2019年第7周
// 法定传染病报了多少例"), the figures whose bulletin, section or sentence
// names that week or no week: week 6's bulletin is no answer about week 7.
// dropped reports whether figures of other weeks were left out.
func ofWeekAsked(cands []figureCandidate, question string) (kept []figureCandidate, dropped bool) {
	var asked []int
	if w := understand.WeekAsked(question); w > 0 {
		asked = []int{w}
	}
	return ofPeriodsAsked(cands, asked, understand.WeeksNamed)
}

// weekText is how a reply names the week asked: "第7周".
func weekText(question string) string {
	if w := understand.WeekAsked(question); w > 0 {
		return "第" + strconv.Itoa(w) + "周"
	}
	return ""
}
