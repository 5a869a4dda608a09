package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// insideListScope drops the count of the list a question looks inside
// ("民生工程19项" for "民生工程里，农村改厕所要改多少个户厕"), when figures of
// its items remain: the list's name is where to look, not what is asked.
func insideListScope(cands []figureCandidate, scope string) []figureCandidate {
	if scope == "" {
		return cands
	}
	rs := []rune(scope)
	noun := string(rs[max(0, len(rs)-4):]) // "民生工程" of "今年民生工程"
	if utf8.RuneCountInString(noun) < 2 {
		return cands
	}
	items := keepCandidates(cands, func(h corpus.FigureHit) bool {
		return !strings.HasSuffix(corpus.Normalize(h.Figure.Label), noun)
	})
	if len(items) == 0 {
		return cands
	}
	return items
}
