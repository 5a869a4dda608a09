package bot

import (
	"slices"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// ofQuarterAsked keeps, for a question about a quarter ("三季度总诊疗多少"),
// the figures whose report, section or sentence names that quarter or
// none: the second quarter's count is no answer about the third. dropped
// reports whether figures of other quarters were left out.
func ofQuarterAsked(cands []figureCandidate, question string) (kept []figureCandidate, dropped bool) {
	asked := understand.Quarters(question)
	if len(asked) == 0 {
		return cands, false
	}
	// A half year's figure ("2019年上半年…完成情况") is no quarter's, unless
	// its text names the quarter asked too.
	cands, halves := withoutDatedOtherwise(cands, func(h corpus.FigureHit) bool {
		text := h.Title + "\n" + h.Figure.Section + "\n" + h.Figure.Sentence
		return halfOf(text) != "" && len(understand.Quarters(text)) == 0
	})
	kept, dropped = ofPeriodsAsked(cands, asked, understand.Quarters)
	return kept, dropped || halves
}

// ofPeriodsAsked keeps, for a question asking periods of a year (quarters,
// weeks, holidays), the figures whose report, section or sentence names
// one of them or none of its kind (named reads them from a text); dropped
// reports whether figures of other periods were left out.
func ofPeriodsAsked[P comparable](cands []figureCandidate, asked []P, named func(text string) []P) (kept []figureCandidate, dropped bool) {
	if len(asked) == 0 {
		return cands, false
	}
	return withoutDatedOtherwise(cands, func(h corpus.FigureHit) bool {
		own := named(h.Title + "\n" + h.Figure.Section + "\n" + h.Figure.Sentence)
		return len(own) > 0 && !slices.ContainsFunc(asked, func(p P) bool { return slices.Contains(own, p) })
	})
}

// withoutDatedOtherwise leaves out the candidates other says are dated by
// another period than the one asked (a quarter, a month, half a year);
// dropped reports whether any were.
func withoutDatedOtherwise(cands []figureCandidate, other func(corpus.FigureHit) bool) (kept []figureCandidate, dropped bool) {
	for _, c := range cands {
		if other(c.hit) {
			dropped = true
		} else {
			kept = append(kept, c)
		}
	}
	return kept, dropped
}

// quarterText is how a reply names the quarters asked: "第三季度".
func quarterText(question string) string {
	out := ""
	for _, q := range understand.Quarters(question) {
		out += "第" + string([]rune("一二三四")[q-1]) + "季度"
	}
	return out
}

// ofHalfAsked keeps, for a question about a half year ("今年上半年…跟去年同期
// 比涨了多少"), when some figure's report, section or sentence names that
// half, the figures that name no other period: not a first quarter's
// ("2019年1～3月") nor the other half's beside it.
func ofHalfAsked(cands []figureCandidate, half string) []figureCandidate {
	if half == "" {
		return cands
	}
	textOf := func(h corpus.FigureHit) string { return h.Title + "\n" + h.Figure.Section + "\n" + h.Figure.Sentence }
	if !slices.ContainsFunc(cands, func(c figureCandidate) bool { return halfOf(textOf(c.hit)) == half }) {
		return cands
	}
	kept, _ := withoutDatedOtherwise(cands, func(h corpus.FigureHit) bool {
		text := textOf(h)
		named := halfOf(text)
		return named != "" && named != half || named == "" && len(understand.Quarters(text)) > 0
	})
	return kept
}
