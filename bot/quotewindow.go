package bot

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/understand"
)

// quotedName is a name a question puts in quotes (“五服务五保障”).
var quotedName = regexp.MustCompile(`[“"「]([^”"」]{2,20})[”"」]`)

// quoteNear quotes a sentence as quote does, but a sentence too long for
// one quote is cut around what the question asks rather than after its
// opening: from the clause holding a name the question quotes ("…以开展
// “五服务五保障”行动为抓手,提高服务质量、打通服务堵点…"), else the window of
// clauses holding the question's words best (a word repeated all over the
// sentence counting less).
func quoteNear(s, question string) string {
	if isRowLine(s) || utf8.RuneCountInString(s) <= maxQuoteRunes {
		return quote(s)
	}
	r := []rune(s)
	width := maxQuoteRunes - 2 // and the ellipses
	best := -1
	for _, m := range quotedName.FindAllStringSubmatch(question, -1) {
		if k := strings.Index(s, m[1]); k >= 0 {
			best = clauseStart(r, utf8.RuneCountInString(s[:k]))
			break
		}
	}
	if best < 0 {
		best = bestWindow(r, bigrams(understand.Topic(question)), width)
	}
	if best == 0 {
		return quote(s) // the opening is the best cut
	}
	end := min(len(r), best+width)
	out := "…" + string(r[best:end])
	if end < len(r) {
		out += "…"
	}
	return out
}

// clauseStart is where the clause holding rune i begins.
func clauseStart(r []rune, i int) int {
	for i > 0 && !isClauseEnd(r[i-1]) {
		i--
	}
	return i
}

func isClauseEnd(c rune) bool { return strings.ContainsRune("，,；;：:。", c) }

// bestWindow is the clause start from which width runes hold the most of
// the question's bigrams, each weighed by how rare it is in the sentence.
func bestWindow(r []rune, question map[string]bool, width int) int {
	count := map[string]int{}
	for i := 0; i+1 < len(r); i++ {
		if g := string(r[i : i+2]); question[g] {
			count[g]++
		}
	}
	score := make([]float64, len(r)+1) // score[i]: weight of the bigrams starting before rune i
	for i := range r {
		score[i+1] = score[i]
		if i+1 < len(r) {
			if n := count[string(r[i:i+2])]; n > 0 {
				score[i+1] += 1 / float64(n)
			}
		}
	}
	best, bestScore := 0, -1.0
	for start := 0; start < len(r); start++ {
		if start > 0 && !isClauseEnd(r[start-1]) {
			continue
		}
		if sc := score[min(len(r), start+width)] - score[start]; sc > bestScore+1e-9 {
			best, bestScore = start, sc
		}
	}
	return best
}
