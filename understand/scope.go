package understand

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// scopedAbout matches a question for the items of a named list that concern
// a topic: "重点民生实事里跟卫生健康有关的有哪些", "民生工程里跟看病、医保有关的安排".
var scopedAbout = regexp.MustCompile(`(\p{Han}{2,16}?)(?:里面|当中|里|中)(?:跟|和|与|同)(\p{Han}[\p{Han}、，,和]{0,15}?)(?:有关|相关)`)

// ScopedFilter reads a question that asks for the items of a named list (a
// plan's 民生实事, a section) that concern a topic: the list's name, without
// the place and time the filters carry, and the topic ("卫生健康", "看病、医保").
func ScopedFilter(question string) (scope, about string, ok bool) {
	m := scopedAbout.FindStringSubmatch(corpus.Normalize(question))
	if m == nil {
		return "", "", false
	}
	scope = strings.TrimSpace(Topic(m[1]))
	about = strings.Trim(m[2], "、，,和")
	if scope == "" || about == "" || strings.Contains(scope, " ") && len(strings.Fields(scope)) > 2 {
		return "", "", false
	}
	return scope, about, true
}
