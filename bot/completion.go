package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// completionAsked asks how far a task was done beside its count: "做了多少
// 人，任务完成得怎么样".
var completionAsked = []string{"完成得怎么样", "完成得咋样", "完成得如何", "完成情况", "完成率", "完成了没有", "完成没有"}

// rateClause is a clause giving a rate: "筛查率100%".
var rateClause = regexp.MustCompile(`率\S{0,4}?[0-9.]+%`)

// withRateAfter adds to the quote of a count the clause right after it that
// gives the rate it was done at, when the question asks how far the task
// was done: "全年共完成宫颈癌筛查1300人" then "筛查率100%".
func withRateAfter(question, quoted string, fig corpus.Figure) string {
	if !containsAny(corpus.Normalize(question), completionAsked) {
		return quoted
	}
	return withClauseAfter(quoted, fig, rateClause)
}

// withClauseAfter adds to the quote of a figure the clause right after the
// one holding its value, when that clause says what want matches and the
// quote does not hold it yet.
func withClauseAfter(quoted string, fig corpus.Figure, want *regexp.Regexp) string {
	clauses := splitClauses(fig.Sentence)
	value := writtenValue(fig)
	for i := 0; i+1 < len(clauses); i++ {
		if valueAt(clauses[i], value) < 0 {
			continue
		}
		next := strings.TrimSpace(clauses[i+1])
		if !want.MatchString(next) || strings.Contains(quoted, next) {
			return quoted
		}
		return strings.TrimSuffix(quoted, "…") + "," + next + "…"
	}
	return quoted
}
