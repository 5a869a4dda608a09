package corpus

import "strings"

// Every passage and figure sentence is checked for injections at ingest,
// and nearly none holds one: the rules' backtracking regular expressions
// run only on text holding one of the words at least one of which each
// rule's every match contains (injectionNeedles), found in one pass.

// injectionNeedles: a match of injectionRules[0] holds 忽略, of [1] one
// of its verbs, of [2] 你现在, 从现在 or 你的新, of [3] 系统提示,
// systemprompt or system:, of [4] and [5] ignore, disregard or forget, of
// [6] youarenow, newinstructions: or actas, and of injectionAnswer one of
// its verbs. Keep it in step with the rules.
var injectionNeedles = []string{
	"忽略", "无视", "忽视", "不要理会", "不必理会", "别管", "忘记", "忘掉",
	"你现在", "从现在", "你的新",
	"系统提示", "systemprompt", "system:",
	"ignore", "disregard", "forget",
	"youarenow", "newinstructions:", "actas",
	"回答", "回复", "答复", "输出", "answer", "reply", "respond",
}

// injectionStarts maps the first character of each needle to the needles
// starting with it.
var injectionStarts = func() map[rune][]string {
	m := map[rune][]string{}
	for _, n := range injectionNeedles {
		r := []rune(n)[0]
		m[r] = append(m[r], n)
	}
	return m
}()

// mayHoldInjection reports whether prepared text holds one of the needles:
// when it does not, no rule can match.
func mayHoldInjection(t string) bool {
	for i, r := range t {
		for _, n := range injectionStarts[r] {
			if strings.HasPrefix(t[i:], n) {
				return true
			}
		}
	}
	return false
}
