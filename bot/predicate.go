package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// predicateWeight is what each bigram of the question counts that the words
// right after a figure's value hold: "资金3728万元全部执行到位" answers
// "一共执行到位多少" better than "预拨资金3608万元…分配到各项目实施机构".
const predicateWeight = 0.05

// predicateAfter is what a figure's sentence says of its value, the words
// after it up to the end of its clause: "全部执行到位" of "3728万元全部执行
// 到位。".
func predicateAfter(fig corpus.Figure) string {
	value := writtenValue(fig)
	at := valueAt(fig.Sentence, value)
	if at < 0 {
		return ""
	}
	rest := fig.Sentence[at+len(value):]
	if k := strings.IndexAny(rest, "，,；;。(（"); k >= 0 {
		rest = rest[:k]
	}
	return rest
}

// predicateBefore is what a figure's sentence says just before its value,
// from the previous number or the clause's start: "提高到每日" of "日检测能力
// 由每日不足500人份提高到每日14000人份", where "提高到了多少" asks the level
// reached, not the one it started from.
func predicateBefore(fig corpus.Figure) string {
	at := valueAt(fig.Sentence, writtenValue(fig))
	if at < 0 {
		return ""
	}
	before := clauseUpTo(fig.Sentence, at)
	if k := strings.LastIndexFunc(before, unicode.IsDigit); k >= 0 {
		before = before[k+1:]
	}
	return before
}

// predicateBeforeShared counts the question's bigrams the words before a
// figure's value hold beyond its label's.
func predicateBeforeShared(q map[string]bool, fig corpus.Figure) int {
	own := bigrams(fig.Label)
	n := 0
	for g := range bigrams(predicateBefore(fig)) {
		if q[g] && !own[g] {
			n++
		}
	}
	return n
}

// clauseUpTo is the clause of s that ends at byte i: from the last comma,
// semicolon, full stop or colon before i (or s's start) to i.
func clauseUpTo(s string, i int) string {
	head := s[:i]
	if k := strings.LastIndexAny(head, "，,；;。：:"); k >= 0 {
		_, size := utf8.DecodeRuneInString(head[k:])
		head = head[k+size:]
	}
	return head
}
