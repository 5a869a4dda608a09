package retrieval

import (
	"maps"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A staff question asks for one fact, and the passage that answers it
// holds most of the question's words in one sentence; BM25 over a whole
// passage also rewards a long passage whose sentences each hold one of
// them. focus measures the first: the largest share of the question's
// bigrams, weighted by how rare their characters are, that one sentence
// (or heading line) of the passage holds.

// charStats are the character statistics of an index: how many chunks
// contain each character, and how many documents (chunks and figures) the
// keyword index holds. They decide which single characters are worth
// matching (rare) and how much a character weighs in focus.
type charStats struct {
	count map[string]uint64
	docs  uint64
}

// rare reports whether a character is in few enough chunks to be matched
// on its own.
func (s *charStats) rare(c string) bool {
	n, ok := s.count[c]
	return ok && float64(n) <= maxCharShare*float64(s.docs)+1
}

// queryBigrams are the Han bigrams of the search text with their weights.
func (s *charStats) queryBigrams(norm string) map[string]float64 {
	out := map[string]float64{}
	for _, word := range strings.Fields(norm) {
		rs := []rune(word)
		for i := 0; i+1 < len(rs); i++ {
			if !unicode.Is(unicode.Han, rs[i]) || !unicode.Is(unicode.Han, rs[i+1]) {
				continue
			}
			out[string(rs[i:i+2])] = s.weight(rs[i]) + s.weight(rs[i+1])
		}
	}
	return out
}

// weight is the inverse document frequency of a character: common
// characters (的, 工, 作) say little.
func (s *charStats) weight(r rune) float64 {
	df := s.count[string(r)]
	return math.Log(1 + float64(s.docs+1)/float64(df+1))
}

// focus is the weighted share of the question's bigrams that the passage's
// best sentence holds, in [0, 1].
func focus(q map[string]float64, text string) float64 {
	total := 0.0
	for _, g := range slices.Sorted(maps.Keys(q)) {
		total += q[g] // in one order: a float sum's last bit decides ties
	}
	if total == 0 {
		return 0
	}
	// One pass over the text: each pair of adjacent characters within a
	// sentence whose first is the first of a question bigram is looked up
	// among them, each bigram counted once per sentence.
	var firsts []rune
	for g := range q {
		if r, _ := utf8.DecodeRuneInString(g); !slices.Contains(firsts, r) {
			firsts = append(firsts, r)
		}
	}
	best, got := 0.0, 0.0
	var seen []string
	var prev rune
	var buf [2 * utf8.UTFMax]byte
	for _, r := range text {
		switch r {
		case '。', '；', '！', '？', '\n':
			best = max(best, got)
			got, seen, prev = 0, seen[:0], 0
			continue
		}
		if prev != 0 && slices.Contains(firsts, prev) {
			n := utf8.EncodeRune(buf[:], prev)
			n += utf8.EncodeRune(buf[n:], r)
			if w, ok := q[string(buf[:n])]; ok && !slices.Contains(seen, string(buf[:n])) {
				got += w
				seen = append(seen, string(buf[:n]))
			}
		}
		prev = r
	}
	return max(best, got) / total
}
