package understand

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// scopedAbout matches a question for the items of a named list that concern
// a topic: "重点民生实事里跟卫生健康有关的有哪些", "民生工程里跟看病、医保有关的安排",
// "十件民生实事里，跟卫健、医保沾边的有哪几件".
var scopedAbout = regexp.MustCompile(`(\p{Han}{2,16}?)(?:里面|当中|里|中)[，,]?\s*(?:跟|和|与|同)(\p{Han}[\p{Han}、，,和]{0,15}?)(?:有关|相关|沾边|挂钩|有关系)`)

// fieldScope matches a list named after the field it is asked about:
// "医疗卫生方面的民生实事", "卫生健康领域的实事项目".
var fieldScope = regexp.MustCompile(`(\p{Han}{2,12}?)(?:方面|领域|这块)的(\p{Han}{0,4}?(?:民生实事|民生工程|实事项目|实事))`)

// listBlock matches a named list and a field asked about with 这块/方面:
// "民生实事里，养老和健康这块都有啥". Only a list's name counts ("报告里，医疗
// 这块…" asks of a report, not of a list).
var listBlock = regexp.MustCompile(listName + `(?:里面|当中|里|中)[，,]?\s*(\p{Han}[\p{Han}、，,和]{0,11}?)(?:这块|这方面|方面|领域)`)

// listName is the name of a list a question looks inside, captured: "民生
// 实事", "今年民生工程", "专项行动".
const listName = `(\p{Han}{0,10}?(?:民生实事|实事|民生工程|工程|专项行动|行动|项目|清单))`

// ScopedFilter reads a question that asks for the items of a named list (a
// plan's 民生实事, a section) that concern a topic: the list's name, without
// the place and time the filters carry, and the topic ("卫生健康", "看病、医保").
func ScopedFilter(question string) (scope, about string, ok bool) {
	q := corpus.Normalize(question)
	m := scopedAbout.FindStringSubmatch(q)
	if m == nil {
		m = listBlock.FindStringSubmatch(q)
	}
	if m == nil {
		// "医疗卫生方面的民生实事": the topic first, then the list.
		if f := fieldScope.FindStringSubmatch(q); f != nil {
			// The field is the last word before 方面 ("某省今年医疗卫生").
			if words := strings.Fields(Topic(f[1])); len(words) > 0 {
				return f[2], words[len(words)-1], true
			}
		}
		return "", "", false
	}
	// "2025年的民生实事": the pattern starts after the digits of a year.
	scope = strings.TrimLeft(strings.TrimSpace(Topic(m[1])), "年度的")
	about = strings.Trim(m[2], "、，,和")
	if scope == "" || about == "" || strings.Contains(scope, " ") && len(strings.Fields(scope)) > 2 {
		return "", "", false
	}
	return scope, about, true
}

// figureScope matches a named list a figure question looks inside: "民生
// 工程里，农村改厕所要改多少个户厕" (民生工程).
var figureScope = regexp.MustCompile(listName + `(?:里面|当中|里|中)[，,]`)

// ListScope is the named list a question asks a figure from inside ("民生
// 工程里，…多少个户厕": 民生工程), "" when it names none. The list's own
// count ("民生工程19项") answers nothing asked of one of its items.
func ListScope(question string) string {
	if m := figureScope.FindStringSubmatch(corpus.Normalize(question)); m != nil {
		return m[1]
	}
	return ""
}
