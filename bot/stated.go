package bot

import (
	"regexp"
	"slices"
	"sort"

	"github.com/healthbot/healthbot/corpus"
)

// A question that states a number ("那40项考核指标，有几项已经…") does not
// ask for it: the figure that merely repeats it is no answer.

// statedNumber is a number written with its counter in a question.
var statedNumber = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?)\s*(项|个|家|所|人|名|张|次|例|件|条|%|万人|万元|亿元)`)

// statedNumbers are the numbers with counters a question writes ("40项"),
// as a figure's Raw+Unit would read them.
func statedNumbers(question string) map[string]bool {
	out := map[string]bool{}
	for _, m := range statedNumber.FindAllStringSubmatch(corpus.Normalize(question), -1) {
		out[m[1]+m[2]] = true
	}
	return out
}

// withoutStated drops the candidates that only repeat a number the
// question states, unless nothing else is left.
func withoutStated(cands []figureCandidate, question string) []figureCandidate {
	stated := statedNumbers(question)
	if len(stated) == 0 {
		return cands
	}
	kept := keepCandidates(cands, func(h corpus.FigureHit) bool { return !stated[h.Figure.Raw+h.Figure.Unit] })
	if len(kept) == 0 {
		return cands
	}
	return kept
}

// byLabelYear ranks first the figures whose label names a year the question
// names ("够上2030年的目标" → 达到2030年…目标要求, not 达到2022年…), and
// below the others those whose label names another year.
func byLabelYear(cands []figureCandidate, question string) []figureCandidate {
	asked := corpus.ExplicitYears(corpus.Normalize(question))
	if len(asked) == 0 {
		return cands
	}
	changed := false
	for i := range cands {
		// The year of the goal a label says was reached ("指标达到2030年本市
		// 目标要求").
		for _, y := range corpus.ExplicitYears(corpus.Normalize(cands[i].hit.Figure.Label)) {
			changed = true
			if slices.Contains(asked, y) {
				cands[i].score += labelYearWeight
			} else {
				cands[i].score -= labelYearWeight
			}
		}
	}
	if changed {
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	}
	return cands
}

// labelYearWeight is what a year in a label weighs for or against it.
const labelYearWeight = 0.3
