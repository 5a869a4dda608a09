package bot

import (
	"fmt"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// ofDayAsked keeps the candidates a question naming one calendar day
// ("2月16号") may be answered by: those whose section, sentence or
// paragraph's opening as-of day (Figure.AsOf) names that day, or no day
// at all. A title's day is the bulletin's publication
// ("4月28日…疫情通报" reports the 27th's figures), not the figure's.
// dropped reports whether any other day's figure was left out.
func ofDayAsked(cands []figureCandidate, question string) (kept []figureCandidate, dropped bool) {
	month, day := understand.DayAsked(question)
	if month == 0 {
		return cands, false
	}
	return withoutDatedOtherwise(cands, func(h corpus.FigureHit) bool {
		return understand.OfOtherDay(h.Figure.Section+"\n"+h.Figure.AsOf+"\n"+h.Figure.Sentence, month, day)
	})
}

// dayText is how a reply names the day asked: "2月16日".
func dayText(question string) string {
	if m, d := understand.DayAsked(question); m > 0 {
		return fmt.Sprintf("%d月%d日", m, d)
	}
	return ""
}
