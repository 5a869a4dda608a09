package bot

import (
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
