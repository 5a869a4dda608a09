package bot

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// clauseSources is how many of the best sources bestClause reads.
const clauseSources = 3

// clauseMatch is a clause of a source's sentence that a pick found.
type clauseMatch struct {
	sent    string   // the sentence, as written
	clauses []string // its clauses (splitClauses)
	at      int      // the clause found
	src     int      // the source's number
}

// bestClause is the clause, among the sentences of the best sources, that
// given matches (read in Simplified characters) and score rates highest
// above 0, the first on a tie; ok is false when none does. score sees the
// clause in Simplified characters and its sentence as written.
func bestClause(sources []Source, given *regexp.Regexp, score func(clause, sent string) int) (clauseMatch, bool) {
	var best clauseMatch
	most := 0
	for _, s := range sources[:min(clauseSources, len(sources))] {
		for _, sent := range splitSentences(s.Text) {
			clauses := splitClauses(sent)
			for i, c := range clauses {
				simp := corpus.Simplify(c)
				if !given.MatchString(simp) {
					continue
				}
				if n := score(simp, sent); n > most {
					most, best = n, clauseMatch{sent, clauses, i, s.N}
				}
			}
		}
	}
	return best, most > 0
}

// before is the nearest clause before the one found that given does not
// match (what the clause found is of), -1 when there is none.
func (m clauseMatch) before(given *regexp.Regexp) int {
	for k := m.at - 1; k >= 0; k-- {
		if !given.MatchString(corpus.Simplify(m.clauses[k])) {
			return k
		}
	}
	return -1
}

// bestTopicClause is the clause of the best sources that given matches
// sharing most of the question's words, its own first, then its
// sentence's.
func bestTopicClause(question string, sources []Source, given *regexp.Regexp) (clauseMatch, bool) {
	q := bigrams(understand.Topic(question))
	return bestClause(sources, given, func(clause, sent string) int {
		return ownWeight*shared(q, clause) + shared(q, sent)
	})
}

// clauseQuoted is clause i of a sentence's clauses as a quote: marked "…"
// on each side where the sentence goes on.
func clauseQuoted(clauses []string, i int) string {
	out := clauses[i]
	if i > 0 {
		out = "…" + out
	}
	if i < len(clauses)-1 {
		out += "…"
	}
	return out
}

// soleBest is the index of the part (a clause of a sentence, an item of a
// list) that scores most of those score counts (ok), when two or more are
// counted and no other ties it; -1 otherwise: the one part a question's
// words tell apart from the others.
func soleBest(parts []string, score func(part string) (n float64, ok bool)) int {
	best, most, tie, counted := -1, 0.0, false, 0
	for i, c := range parts {
		n, ok := score(c)
		if !ok {
			continue
		}
		counted++
		switch {
		case n > most:
			best, most, tie = i, n, false
		case n == most:
			tie = true
		}
	}
	if counted < 2 || tie {
		return -1
	}
	return best
}
