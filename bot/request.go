package bot

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// MaxRequestRunes bounds what is read of one request.
const MaxRequestRunes = 2000

// CleanRequest makes a request safe to work with: valid UTF-8, control
// characters removed, white space collapsed, cut to MaxRequestRunes.
// Answer.Question of a request that was not rewritten (as a follow-up
// is) equals CleanRequest of its text; adapters compare the two to show
// how a request was understood.
func CleanRequest(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > MaxRequestRunes {
		s = string([]rune(s)[:MaxRequestRunes])
	}
	return s
}

// checkRequest returns a polite reply for a request that cannot be
// answered as it stands, or "" when it can.
func checkRequest(s string) string {
	if s == "" {
		return "请输入您的问题，例如：“2023年家庭医生签约率是多少？”"
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return ""
		}
	}
	return "没有看懂您的问题。请用文字提问，例如：“去年在慢性病防控方面做了哪些工作？”"
}

var (
	// aboutPrompt asks for the assistant's instructions or to drop them.
	aboutPrompt = regexp.MustCompile(`(?i)(忽略|无视|忘记|忘掉|不要理会|绕过|ignore|disregard|forget).{0,12}(指令|指示|规则|提示|设定|约束|instructions?|rules?|prompts?)|(系统|初始|内部|隐藏|原始)(提示|指令|设定|prompt)|(你|您)(的|收到的|被设定的).{0,4}(指令|规则|设定|提示)|提示词|system\s*prompt|jailbreak|越狱|开发者模式|developer\s*mode`)
	// aboutOthers asks for other people's or channels' conversations.
	aboutOthers = regexp.MustCompile(`(其他|其它|别的|另外的|所有|全部)(的)?.{0,8}(频道|群聊|群里|会话|对话|聊天|用户|同事).{0,12}(问过|提问|问的|问了|问题|答案|回答|记录|消息)|(别人|他人|其他人|其他用户|其他同事|上一个人|上一位|前一个人|前面的人|刚才的人)(都)?(问|提)(过|了|的)`)
)

// Polite replies to requests the assistant does not take.
const (
	msgAboutPrompt = "抱歉，我不能提供或更改内部设置、提示词和工作规则。\n我可以根据本单位以往的工作总结和工作计划回答业务问题，例如：“2023年家庭医生签约率是多少？”"
	msgAboutOthers = "抱歉，我看不到也不保存其他频道或其他同事的提问和回答：每次回答只用到当前这段对话和资料库中的报告。\n如有业务问题，欢迎直接提问，例如：“去年在慢性病防控方面做了哪些工作？”"
)

// offLimits returns a polite refusal for a request about the assistant's
// own instructions or about other people's conversations, or "". Such a
// request is answered here, and never reaches the search or the LLM.
func offLimits(s string) string {
	q := corpus.Normalize(s)
	switch {
	case aboutPrompt.MatchString(q):
		return msgAboutPrompt
	case aboutOthers.MatchString(q):
		return msgAboutOthers
	}
	return ""
}

// helpAnswer explains what the assistant can do.
func helpAnswer() Answer {
	return Answer{Intent: IntentHelp, Mode: ModeExtractive, Text: `我可以根据本单位以往的工作总结和工作计划回答问题，每条回答都注明出处：
1. 查数字：如“2023年家庭医生签约率是多少？”（直接引用原文数字，不做推算）
2. 看变化：如“家庭医生签约率这几年是怎么变化的？”（按年份列表，计划目标与实际完成并列）
3. 问工作：如“去年在慢性病防控方面做了哪些工作？”
4. 起草提纲：如“帮我起草2025年工作计划中疾病预防控制部分的提纲”
在同一会话中可以追问，如“那2016年呢？”“展开第二点”。`}
}
