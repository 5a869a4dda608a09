package bot

import (
	"slices"
	"strings"
	"unicode"
)

// runeSet is the set of the characters of text.
func runeSet(text string) map[rune]bool {
	set := map[rune]bool{}
	for _, r := range text {
		set[r] = true
	}
	return set
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
	asked := runeSet(topic)
	out := slices.Clone(cands)
	slices.SortStableFunc(out[:tied], func(a, b figureCandidate) int {
		return unaskedBeside(a.hit.Figure.Label, "", asked) - unaskedBeside(b.hit.Figure.Label, "", asked)
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
// opening it ("我国", "全市": they narrow nothing), that neither the
// question's words (asked) nor other hold: the words of a label nobody
// asked about ("城市", "乙类").
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
