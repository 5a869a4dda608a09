package bot

import (
	"slices"
	"strconv"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// ofWeekAsked keeps, for a question about one numbered week ("2019年第7周
// 法定传染病报了多少例"), the figures whose bulletin, section or sentence
// names that week or no week: week 6's bulletin is no answer about week 7.
// dropped reports whether figures of other weeks were left out.
func ofWeekAsked(cands []figureCandidate, question string) (kept []figureCandidate, dropped bool) {
	week := understand.WeekAsked(question)
	if week == 0 {
		return cands, false
	}
	return withoutDatedOtherwise(cands, func(h corpus.FigureHit) bool {
		named := understand.WeeksNamed(h.Title + "\n" + h.Figure.Section + "\n" + h.Figure.Sentence)
		return len(named) > 0 && !slices.Contains(named, week)
	})
}

// weekText is how a reply names the week asked: "第7周".
func weekText(question string) string {
	if w := understand.WeekAsked(question); w > 0 {
		return "第" + strconv.Itoa(w) + "周"
	}
	return ""
}
