package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
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
	topic := bigrams(understand.Topic(question))
	return bestSourceSentences(sources, func(sents []string) []string {
		// Of the reasons opened after their lines, the one after the line
		// the question speaks of most.
		opened, best := -1, minReasonCoverage
		for i := 1; i < len(sents); i++ {
			if c := coverage(topic, sents[i-1]); reasonOpener.MatchString(strings.TrimSpace(sents[i])) && (c > best || opened < 0 && c == best) {
				opened, best = i, c
			}
		}
		var kept []string
		for i, sent := range sents {
			if reasonGiven.MatchString(sent) || i == opened {
				kept = append(kept, sent)
			}
		}
		return kept
	})
}

// reasonOpener opens a sentence giving the reason of what the sentence
// before it says: "（2）公立医院预算数…下降1.3%。主要是2015年安排了部分一次性
// 的基本建设支出".
var reasonOpener = regexp.MustCompile(`^(?:主要是|主要系|主要因为|主要由于|主要得益于)`)

// minReasonCoverage is how much of the question's topic the sentence
// before a reason opener must hold at least for the reason to be the one
// asked: of nine budget lines each with its "主要是…", 公立医院's.
const minReasonCoverage = 0.2
