package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// statClause is a comma clause that states one figure and nothing else:
// a short label, then a number ("听力筛查人数11048人", "筛查率90.70%").
var statClause = regexp.MustCompile(`^\p{Han}[^0-9]{0,30}?[0-9][0-9.,]*\S{0,4}$`)

// clauseSplit splits a sentence into its comma clauses.
var clauseSplit = regexp.MustCompile(`[，,；;]`)

// ownTimeWords name a time of a sentence's own, which a run of statistics
// does not: "目前", "今年", "1-6月".
var ownTimeWords = []string{"今年", "去年", "明年", "本年", "上年", "目前", "现在", "截至", "截止", "月", "季度", "半年", "以来", "期间", "到", "目标", "计划", "力争", "预计", "将"}

// maxStatRunClauseRunes bounds a clause of a statistics run: a longer one
// says more than a figure.
const maxStatRunClauseRunes = 30

// statisticsRun reports whether a sentence, in Simplified characters,
// only states figures, a label and a number in each comma clause, and
// names no time of its own:
// "新生儿遗传代谢性疾病筛查10632人,筛查率90.70%,听力筛查人数11048人,听力
// 筛查率94.3%。" After "2019年产前筛查人数5563,产前筛查率61.37%。" it goes
// on with the year the sentence before opened with.
func statisticsRun(sentence string) bool {
	s := strings.TrimRight(strings.TrimSpace(sentence), "。；;.")
	if s == "" || len(findYears(s)) > 0 || containsAny(s, ownTimeWords) {
		return false
	}
	for _, c := range clauseSplit.Split(s, -1) {
		c = strings.TrimSpace(c)
		if utf8.RuneCountInString(c) > maxStatRunClauseRunes || !statClause.MatchString(c) {
			return false
		}
	}
	return true
}
