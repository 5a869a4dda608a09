package understand

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// ruleStartAsked asks when a rule or a service starts: "哪天开始施行",
// "什么时候起执行", "从几号起实施".
var ruleStartAsked = regexp.MustCompile(`(?:开始|起)(?:施行|实施|执行|实行|生效|启用)|(?:施行|实施|执行|实行|生效|启用)(?:日期|时间)|从(?:哪天|几号|什么时候|啥时候|何时)`)

// ruleStartStated is a clause saying from when a rule or a service holds:
// "于2021年1月1日起实施", "自3月1日起施行", "于12月21日起暂停…办理", "正式实施".
var ruleStartStated = regexp.MustCompile(`(?:年|月|日|号)起\p{Han}|起(?:施行|实施|执行|实行|生效|启用)|(?:正式|开始)(?:施行|实施|执行|实行|生效|启用)`)

// AsksRuleStart reports whether a question asks from when a rule or a
// service holds.
func AsksRuleStart(question string) bool {
	return ruleStartAsked.MatchString(corpus.Normalize(question))
}

// StatesRuleStart reports whether a clause says from when a rule or a service
// holds (ruleStartStated).
func StatesRuleStart(clause string) bool {
	return ruleStartStated.MatchString(clause)
}
