package bot

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// reasonAsked asks why something happened or did not: "村卫生室咋还变少
// 了，啥原因", "那个提案为啥没办成", "为什么下降"; not the causes a count is
// broken down by ("出警的原因里占比靠前的是哪几类").
var reasonAsked = regexp.MustCompile(`(?:啥|什么|哪些|主要)原因|原因(?:是|在|何|呢|吗|$)|为啥|为什么|为何|咋还|怎么会|咋会|缘故|咋回事|怎么回事`)

// reasonGiven is a sentence that gives a reason: "减少的主要原因是行政区划
// 调整", "由于…", "属整治范围,不予审批", "…所致".
var reasonGiven = regexp.MustCompile(`原因|由于|因为|所致|导致|造成|鉴于|不予|未能|无法|不具备|不符合|受.{1,12}影响`)

// reasonItems are the sentences of the best sources that give a reason:
// the answer to "村卫生室咋还变少了，啥原因". ok is false when the question
// asks no reason or the sources give none.
func reasonItems(question string, sources []Source) ([]listItem, bool) {
	if !reasonAsked.MatchString(corpus.Normalize(question)) {
		return nil, false
	}
	return sentencesWhere(sources, reasonGiven.MatchString)
}
