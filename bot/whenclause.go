package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A sentence often runs through the years of a policy, clause by clause
// ("我国从2009年开始探索家庭医生签约制度,2016年…全面推开,2020年基本实现了…全
// 覆盖"): asked which year one step was taken ("全面铺开是哪一年"), the
// clause of that step is quoted, not the other years too.

// yearInClause is a year a clause names.
var yearInClause = regexp.MustCompile(`(?:19|20)\d\d\s*年`)

// whenClause is the clause of sent naming a year (or, asked which day, a
// month and a day) that shares the most of the question's words and the
// official terms searched for them, when sent holds two such clauses or
// more and one shares more than every other; ok is false otherwise. Asked
// from when a rule holds ("哪天开始施行"), the clause that says so ("于2021
// 年1月1日起实施") counts as sharing more than one that only dates the plan
// it came from ("按照…2020年度立法工作计划").
func whenClause(sent, question, searchText string) (string, bool) {
	clauses := splitClauses(strings.TrimRight(sent, "。；;"))
	q := bigrams(understand.Topic(question))
	for g := range bigrams(searchText) {
		q[g] = true
	}
	day, start := understand.AsksDay(question), understand.AsksRuleStart(question)
	best := soleBest(clauses, func(c string) (float64, bool) {
		hasDay := corpus.CalendarDay.MatchString(c)
		if !yearInClause.MatchString(c) && !(day && hasDay) {
			return 0, false
		}
		n := shared(q, c)
		if day && hasDay {
			n += askedTimeWeight
		}
		if start && understand.StatesRuleStart(c) {
			n += askedTimeWeight
		}
		return float64(n), true
	})
	if best < 0 {
		return "", false
	}
	return clauseQuoted(clauses, best), true
}

// askedTimeWeight is what a clause giving the kind of time asked (a day,
// a start) counts for, in shared words: more than a place name shared.
const askedTimeWeight = 2
