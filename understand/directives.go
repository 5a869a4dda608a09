package understand

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// directivesAsked matches a question for what a leader or a meeting asked
// of the staff: "提了哪些要求", "有啥要求", "让大家接下来怎么干", "部署了什么".
// 要求 with its object after it is a verb of something else ("要求公开信息
// 的申请" is an application).
var directivesAsked = regexp.MustCompile(`要求(?:$|[^\p{Han}]|[是有呢吗啊了的么和与及吧呀都还])|(?:让|叫|要)\p{Han}{0,6}怎么干|提了(?:哪些|啥|什么|些啥)|部署了(?:哪些|啥|什么)`)

// AsksDirectives reports whether a question asks what was required or
// directed ("会上对今年工作提了啥要求"): its answer is what a speaker
// stressed ("强调，要…；要…"), not the report of the event.
func AsksDirectives(question string) bool {
	return directivesAsked.MatchString(corpus.Normalize(question))
}
