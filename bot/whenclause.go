package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// A sentence often runs through the years of a policy, clause by clause
// ("我国从2009年开始探索家庭医生签约制度,2016年…全面推开,2020年基本实现了…全
// 覆盖"): asked which year one step was taken ("全面铺开是哪一年"), the
// clause of that step is quoted, not the other years too.

// yearInClause is a year a clause names.
var yearInClause = regexp.MustCompile(`(?:19|20)\d\d\s*年`)

// whenClause is the clause of sent naming a year that shares the most of
// the question's words and the official terms searched for them, when
// sent holds two such clauses or more and one shares more than every
// other; ok is false otherwise.
func whenClause(sent, question, searchText string) (string, bool) {
	clauses := splitClauses(strings.TrimRight(sent, "。；;"))
	q := bigrams(understand.Topic(question))
	for g := range bigrams(searchText) {
		q[g] = true
	}
	best, most, tie, dated := -1, 0, false, 0
	for i, c := range clauses {
		if !yearInClause.MatchString(c) {
			continue
		}
		dated++
		switch n := shared(q, c); {
		case n > most:
			best, most, tie = i, n, false
		case n == most:
			tie = true
		}
	}
	if dated < 2 || best < 0 || tie {
		return "", false
	}
	return clauseQuoted(clauses, best), true
}
