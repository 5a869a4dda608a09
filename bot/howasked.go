package bot

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// doneWords ask what was done, or by what means: "做了哪些", "干了些啥",
// "靠啥办法".
var doneWords = []string{"做了哪些", "做了些啥", "做了啥", "做了什么", "干了啥", "干了些啥", "干了什么", "搞了啥", "搞了些啥", "咋搞", "咋弄", "咋干", "咋抓",
	"啥办法", "什么办法", "哪些办法", "啥措施", "什么措施", "哪些措施", "啥招", "哪些招"}

// asksHowDone reports whether a question asks how something is or was
// done, or what was done: its answer says how, more than one sentence.
func asksHowDone(question string) bool {
	return understand.WantsMeans(question) || containsAny(corpus.Normalize(question), doneWords)
}

// doneHeadings head the part of a report that tells what was done: "三、
// 实事任务完成情况", "主要做法", "工作措施".
var doneHeadings = []string{"完成情况", "落实情况", "进展情况", "实施情况", "开展情况", "推进情况", "主要做法", "工作做法", "具体做法", "主要措施", "工作措施", "具体措施", "采取措施"}

// headsDoneWork reports whether the last heading of a section path (its
// headings joined by " > ") heads what was done.
func headsDoneWork(section string) bool {
	last := section[strings.LastIndex(section, ">")+1:]
	return containsAny(corpus.Normalize(last), doneHeadings)
}
