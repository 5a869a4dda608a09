package bot

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// A summary often lists what was done as clauses that open with the same
// verb, one after the other ("坚持规划引领，医疗资源布局更加优化；坚持提质
// 增量，…；坚持改革先行，…"): asked which things were so done ("坚持了哪几
// 条"), the clauses are the items.

// minParallel is how many clauses must open with the same word.
const minParallel = 3

// parallelClauses returns, from the best sources in order, the first run
// of minParallel or more clauses (sentences, cut at semicolons too) in a
// row that open with the same two characters, a word the question uses; ok
// is false when there is none.
func parallelClauses(question string, sources []Source) ([]listItem, bool) {
	q := corpus.Normalize(question)
	for _, s := range sources[:min(introducingSources, len(sources))] {
		// Sentences are cut at semicolons too: the clauses in a row.
		clauses := splitSentences(s.Text)
		for i := 0; i < len(clauses); {
			lead := leadWord(clauses[i])
			j := i + 1
			for j < len(clauses) && lead != "" && leadWord(clauses[j]) == lead {
				j++
			}
			if j-i >= minParallel && strings.Contains(q, lead) {
				items := make([]listItem, 0, j-i)
				for _, c := range clauses[i:j] {
					items = append(items, listItem{c, s.N})
				}
				return items[:min(len(items), maxListItems)], true
			}
			i = j
		}
	}
	return nil, false
}

// leadWord is the first two characters of a clause, in Simplified form,
// after a lead-in that ends with a colon ("主要做法：坚持…"); "" for a
// clause shorter than four.
func leadWord(clause string) string {
	c := corpus.Normalize(strings.TrimSpace(clause))
	if i := strings.LastIndexAny(c, ":："); i >= 0 {
		c = c[i+1:]
	}
	r := []rune(strings.TrimSpace(c))
	if len(r) < 4 {
		return ""
	}
	return string(r[:2])
}
