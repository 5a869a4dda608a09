package bot

import "github.com/healthbot/healthbot/corpus"

// changeOverLevel is how far a change asked ranks above its level.
const changeOverLevel = 0.01

// changesOfLevels are, when a change is asked ("接的电话比去年同期涨了多
// 少"), the changes left out whose sentence and label are those of a level
// kept ("接听电话1440次,较去年同期上涨20.10%"): the words that found the
// level find its change, which the count's own rules (a count in 次) left
// out. Each ranks just above its level: it is what was asked.
func changesOfLevels(kept []figureCandidate, changes []corpus.FigureHit) []figureCandidate {
	var out []figureCandidate
	for _, h := range changes {
		for _, c := range kept {
			if lv := c.hit.Figure; !isChange(lv) && lv.Label == h.Figure.Label && lv.Sentence == h.Figure.Sentence && c.hit.Ref == h.Ref {
				out = append(out, figureCandidate{hit: h, score: c.score + changeOverLevel})
				break
			}
		}
	}
	return out
}
