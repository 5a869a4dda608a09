package bot

import (
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/understand"
)

// A question after one number answered from the passages' sentences (no
// figure matched it) is quoted the clause that holds the number asked, not
// the whole sentence with its other numbers ("…共130条,转载文章143篇,…" for
// "转了多少篇别人的文章"): the others would read as answers too.

// askedClause is the clause of sent that holds a number in the unit the
// question asks ("篇") and best matches its words (own and the official
// terms searched for them), the first on a tie; ok is false when the
// question asks no unit, sent holds fewer than two clauses with a number,
// or none in the unit asked.
func askedClause(sent, question, searchText string) (string, bool) {
	clauses := splitClauses(strings.TrimRight(sent, "。；;"))
	q := bigrams(understand.Topic(question))
	for g := range bigrams(searchText) {
		q[g] = true
	}
	unit := understand.AskedUnit(question)
	if unit == "" {
		return "", false
	}
	best, bestScore, numbered := -1, 0.0, 0
	for i, c := range clauses {
		if !strings.ContainsAny(c, "0123456789") {
			continue
		}
		numbered++
		if !numberIn(c, unit) {
			continue // not a number of the kind asked
		}
		if score := float64(shared(q, c)); best < 0 || score > bestScore {
			best, bestScore = i, score
		}
	}
	if numbered < 2 || best < 0 {
		return "", false
	}
	out := clauses[best]
	if best > 0 {
		out = "…" + out
	}
	if best < len(clauses)-1 {
		out += "…"
	}
	return out, true
}

// numberIn reports whether text writes a number in unit ("143篇", "2.5万元").
func numberIn(text, unit string) bool {
	for i := 0; i < len(text); {
		if !isASCIIDigit(text[i]) {
			_, size := utf8.DecodeRuneInString(text[i:])
			i += size
			continue
		}
		j := i
		for j < len(text) && (isASCIIDigit(text[j]) || text[j] == '.') {
			j++
		}
		rest := strings.TrimLeft(text[j:], " 余多")
		for _, m := range []string{"万", "亿", "千"} {
			rest = strings.TrimPrefix(rest, m)
		}
		if strings.HasPrefix(rest, unit) {
			return true
		}
		i = j
	}
	return false
}
