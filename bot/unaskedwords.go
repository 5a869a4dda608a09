package bot

import (
	"slices"
	"strings"
	"unicode"
)

// unaskedRunes counts the Han characters of label that the question's topic
// does not hold: the words of a label nobody asked about ("城市", "乙类").
// A scope word opening the label ("我国", "全市") narrows nothing.
func unaskedRunes(label, topic string) int {
	for _, w := range scopeWords {
		label = strings.TrimPrefix(label, w)
	}
	n := 0
	for _, r := range label {
		if unicode.Is(unicode.Han, r) && !strings.ContainsRune(topic, r) {
			n++
		}
	}
	return n
}

// fewestUnaskedFirst breaks ties of score among the first candidates in
// favour of the label with the fewest words not asked: "居民健康素养水平"
// asked of a sentence that gives it beside its parts ("城市居民…31.94%,
// 农村居民…23.78%") is the whole, not the first part named.
func fewestUnaskedFirst(cands []figureCandidate, topic string) []figureCandidate {
	tied := 1
	for tied < len(cands) && cands[tied].score == cands[0].score {
		tied++
	}
	if tied < 2 {
		return cands
	}
	out := slices.Clone(cands)
	slices.SortStableFunc(out[:tied], func(a, b figureCandidate) int {
		return unaskedRunes(a.hit.Figure.Label, topic) - unaskedRunes(b.hit.Figure.Label, topic)
	})
	return out
}

// addsUnaskedQualifier reports whether c's label holds a qualifier word
// (two characters or more) that neither the question's words (asked) nor the
// answer's label hold, and more such characters than the answer's label
// holds that c's lacks: "乙类传染病" and "城市居民健康素养水平" beside the
// 法定传染病 or 居民健康素养水平 asked are parts of the answer, not other
// readings of the question, and are not shown beside it; when the answer
// is itself the part ("城市居民…"), the whole stays beside it.
func addsUnaskedQualifier(asked map[rune]bool, best, c figureCandidate) bool {
	extra := unaskedBeside(c.hit.Figure.Label, best.hit.Figure.Label, asked)
	return extra >= 2 && extra > unaskedBeside(best.hit.Figure.Label, c.hit.Figure.Label, asked)
}

// unaskedBeside counts the Han characters of label, after a scope word
// opening it, that neither the question's words (asked) nor other hold.
func unaskedBeside(label, other string, asked map[rune]bool) int {
	for _, w := range scopeWords {
		label = strings.TrimPrefix(label, w)
	}
	n := 0
	for _, r := range label {
		if unicode.Is(unicode.Han, r) && !asked[r] && !strings.ContainsRune(other, r) {
			n++
		}
	}
	return n
}
