package bot

import (
	"strings"
	"unicode"

	"github.com/healthbot/healthbot/corpus"
)

// minReorderedRunes is how many characters of content the question's
// measure must have for its characters alone to match a label.
const minReorderedRunes = 3

// maxReorderedExtra bounds the characters of content a label may add to
// the question's measure and still be matched by its characters alone.
const maxReorderedExtra = 1

// reorderWords say nothing of what is measured: "的人" is the 者 of a
// label ("献全血的人" for 全血献血者).
const reorderWords = "的人者了个"

// reorderedLabel reports whether a label writes the last words of the
// topic in another order: every character of content the topic's measure
// has stands in the label, which adds at most one more ("全血献血者" for
// "献全血的人", "门诊慢特病" for "慢特病门诊"). Speech and reports put a verb
// and its object either way round.
func reorderedLabel(topic, label string) bool {
	fields := strings.Fields(corpus.Normalize(topic))
	if len(fields) == 0 {
		return false
	}
	measure := content(fields[len(fields)-1])
	own := content(corpus.Normalize(label))
	if len(measure) < minReorderedRunes {
		return false
	}
	extra := 0
	for r := range own {
		if !measure[r] {
			extra++
		}
	}
	for r := range measure {
		if !own[r] {
			return false
		}
	}
	return extra <= maxReorderedExtra
}

// content is the set of Han characters of s that carry content.
func content(s string) map[rune]bool {
	out := map[rune]bool{}
	for _, r := range s {
		if unicode.Is(unicode.Han, r) && !strings.ContainsRune(reorderWords, r) {
			out[r] = true
		}
	}
	return out
}
