package understand

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// procedureAsked asks by what steps something was chosen or decided:
// "怎么评出来的", "是如何选出来的", "认定要走什么程序", "评选流程是啥".
var procedureAsked = regexp.MustCompile(`(?:怎么|怎样|如何|咋)(?:评|选|定|产生|确定|认定|推选|遴选|选拔)|(?:什么|啥|哪些)(?:程序|流程|步骤)|(?:程序|流程|步骤)是`)

// AsksProcedure reports whether a question asks the steps by which a
// thing was chosen or decided: its answer is the sentence that tells them
// in order ("先由单位推荐上报,卫生健康局党委会议审核决定,最后…"), not
// the one that best names the thing.
func AsksProcedure(question string) bool {
	return procedureAsked.MatchString(corpus.Normalize(question))
}

// procedureSteps are the words by which a sentence tells a procedure:
// its order and its usual steps.
var procedureSteps = []string{"先由", "先经", "首先", "然后", "再由", "再经", "最后", "最终", "经过", "推荐", "申报", "审核", "评审", "初审", "复审", "公示", "遴选", "择优", "投票"}

// minProcedureSteps is how many of procedureSteps a sentence names to tell
// a procedure: one alone ("推荐") is mostly a word of something else.
const minProcedureSteps = 2

// StatesProcedure reports whether a sentence tells the steps of a
// procedure (procedureSteps).
func StatesProcedure(sentence string) bool {
	n := 0
	for _, w := range procedureSteps {
		if strings.Contains(sentence, w) {
			n++
		}
	}
	return n >= minProcedureSteps
}
