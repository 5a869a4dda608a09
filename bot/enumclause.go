package bot

import (
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// A sentence may list two sets of things, clause by clause, each for its
// own group ("为孕妇免费提供地中海贫血、唐氏综合征…的产前筛查，为新生儿免费提供
// 先天性甲状腺功能减低症、蚕豆病…筛查"): asked what one group gets ("给新生儿
// 免费筛查的都有哪些病"), the clause listing that group's is quoted, not the
// other group's list too.

// minListedItems is how many 、-parted items make a clause a list.
const minListedItems = 3

// enumeratedClause is the clause of sent that lists items for the group a
// which-question names, when sent holds two such lists and the question's
// words name that one alone; ok is false otherwise, and for a question
// asking how (its answer runs over clauses).
func enumeratedClause(sent, question string) (string, bool) {
	if understand.WantsMeans(question) || !strings.Contains(question, "哪") {
		return "", false // how a thing is done runs over clauses; so may what it is to become
	}
	clauses := splitClauses(strings.TrimRight(sent, "。；;"))
	q := bigrams(understand.Topic(question))
	listed := map[int]map[string]bool{} // the clauses that list items, by index, with their bigrams
	for i, c := range clauses {
		if strings.Count(c, "、") >= minListedItems-1 {
			listed[i] = bigrams(c)
		}
	}
	if len(listed) < 2 {
		return "", false
	}
	// The group asked must be named in one list's clause alone ("新生儿",
	// not "孕妇"): its words are what tell the lists apart.
	best := -1
	for i, own := range listed {
		for g := range q {
			if !own[g] {
				continue
			}
			alone := true
			for j, other := range listed {
				if j != i && other[g] {
					alone = false
					break
				}
			}
			if alone {
				if best >= 0 && best != i {
					return "", false // two lists each named by the question
				}
				best = i
			}
		}
	}
	if best < 0 {
		return "", false
	}
	return clauseQuoted(clauses, best), true
}
