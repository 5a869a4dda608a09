package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// A question may ask how long something lasts or has lasted ("派去的医生要
// 待多长时间", "已经多久没出本地新增病例"): the answer is the clause giving
// the span ("进行为期三个月的医疗援疆工作", "已连续181天无新增本土病例"),
// quoted after what it is of, not a figure: spans are often written in
// Chinese numerals, and a date is no span.

// durationAsked asks a span of time.
var durationAsked = regexp.MustCompile(`多长时间|多长|多久|多少天|几天|几个月|多少个月|几周|多少年`)

// durationGiven is a span of time introduced as one: "为期三个月",
// "连续181天", "历时两年", "长达半年", "留观30分钟", "入院到开通血管时间为
// 55分钟".
var durationGiven = regexp.MustCompile(`(?:为期|连续|历时|长达|持续|用时|留观|观察|坚持了?|(?:时间|时长|耗时)(?:为|是|达|仅为|缩短至|缩短到|控制在)?)\s*[\d一二三四五六七八九十百两半]+(?:\.\d+)?\s*(?:个)?(?:多)?(?:月|天|日|年|周|星期|小时|分钟|分)`)

// durationItems is the clause of the best sources giving the span a
// question asks, the one sharing most of its words (its own, then its
// sentence's), after the clause before it (what it is of) unless that
// gives a span too; ok is false when no span is asked or given.
func durationItems(question string, sources []Source) ([]listItem, bool) {
	if !durationAsked.MatchString(corpus.Normalize(question)) {
		return nil, false
	}
	m, ok := bestTopicClause(question, sources, durationGiven)
	if !ok {
		return nil, false
	}
	text := m.clauses[m.at]
	if k := m.before(durationGiven); k >= 0 && k == m.at-1 {
		text = spanOf(m.sent, m.clauses[k], text)
	}
	return []listItem{{text, m.src}}, true
}

// spanOf is the text of sent from clause a through the clause b after it,
// as written.
func spanOf(sent, a, b string) string {
	i := strings.Index(sent, a)
	if i < 0 {
		return b
	}
	j := strings.Index(sent[i+len(a):], b)
	if j < 0 {
		return b
	}
	return sent[i : i+len(a)+j+len(b)]
}
