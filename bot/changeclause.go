package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// A sentence often tells several indicators' changes clause by clause
// ("每万人全科医生数从1.38人增长到2.61人,…执业(助理)医师数从2.22人增长到
// 2.77人,注册护士数从2.37人增长到3.18人"): asked how one changed, its
// clause is quoted, not the others' numbers too.

// fromToChange is a clause's change from one value to another: "从2.22人
// 增长到2.77人", "由67.6%提高至70%".
var fromToChange = regexp.MustCompile(`[从由]\s*[0-9][0-9.,]*[^,，;；。]{0,12}?(?:到|至)\s*[0-9]`)

// ratioBase is the population a ratio is per, as a question or a report
// writes it: "每千人口", "每万人", "千人".
var ratioBase = regexp.MustCompile(`每?[十百千万]+(?:常住)?(?:人口|人)`)

// askedChangeClause is the clause of sent telling a change from one value to
// another that shares the most of the question's words and the official
// terms searched for them, when sent tells two such changes or more and
// one shares more than every other; ok is false otherwise.
func askedChangeClause(sent, question, searchText string) (string, bool) {
	clauses := splitClauses(strings.TrimRight(sent, "。；;"))
	// "每千人的执业医师": the population a ratio is per is every clause's
	// alike; the measure tells them apart.
	q := bigrams(ratioBase.ReplaceAllString(understand.Topic(question), " "))
	for g := range bigrams(ratioBase.ReplaceAllString(searchText, " ")) {
		q[g] = true
	}
	best := soleBest(clauses, func(c string) (float64, bool) {
		return float64(shared(q, c)), fromToChange.MatchString(c)
	})
	if best < 0 {
		return "", false
	}
	return clauseQuoted(clauses, best), true
}
