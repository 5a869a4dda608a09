package bot

import (
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// Reports give an average beside its extreme in one sentence ("平均降价超
// 40%,最高降幅达73%"): asked one of them ("平均能便宜多少"), the clause
// that says that one is quoted, not the other's number too.

// statWords name the statistic a number is: an average or an extreme.
var statWords = map[string][]string{
	"平均": {"平均", "均价", "人均", "次均"},
	"最高": {"最高", "最多", "最大"},
	"最低": {"最低", "最少", "最小"},
}

// statAsked is the statistic a question asks ("平均", "最高", "最低"), ""
// when it asks none or several.
func statAsked(question string) string {
	asked := ""
	for stat, words := range statWords {
		for _, w := range words {
			if strings.Contains(question, w) {
				if asked != "" && asked != stat {
					return ""
				}
				asked = stat
			}
		}
	}
	return asked
}

// statOf is the statistic a clause names, "" when none or several.
func statOf(clause string) string { return statAsked(clause) }

// statClause is the clause of sent that states the statistic the question
// asks with a number, when another clause states another statistic with a
// number; ok is false otherwise.
func statClause(sent, question string) (string, bool) {
	asked := statAsked(question)
	if asked == "" {
		return "", false
	}
	clauses := splitClauses(strings.TrimRight(sent, "。；;"))
	at, others := -1, 0
	for i, c := range clauses {
		if !strings.ContainsAny(yearWords.ReplaceAllString(c, ""), "0123456789") {
			continue
		}
		switch stat := statOf(c); {
		case stat == asked && at < 0:
			at = i
		case stat != "" && stat != asked:
			others++
		}
	}
	if at < 0 || others == 0 {
		return "", false
	}
	return clauseQuoted(clauses, at), true
}

// asksAverage reports whether a question asks an average over time or
// cases ("平均一年的发病率", "年均增长"), not a measure per head (人均预期
// 寿命 is a level, whatever labels call it).
func asksAverage(question string) bool {
	q := understand.Expand(question)
	return (strings.Contains(q, "平均") || strings.Contains(q, "年均") || strings.Contains(q, "日均")) && !strings.Contains(question, "人均")
}
