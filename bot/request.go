package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxRequestRunes bounds what is read of one request.
const MaxRequestRunes = 2000

// cleanRequest makes a request safe to work with: valid UTF-8, control
// characters removed, white space collapsed, cut to MaxRequestRunes.
func cleanRequest(s string) string {
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

// helpAnswer explains what the assistant can do.
func helpAnswer() Answer {
	return Answer{Intent: IntentHelp, Mode: ModeExtractive, Text: `我可以根据本单位以往的工作总结和工作计划回答问题，每条回答都注明出处：
1. 查数字：如“2023年家庭医生签约率是多少？”（直接引用原文数字，不做推算）
2. 看变化：如“家庭医生签约率这几年是怎么变化的？”（按年份列表，计划目标与实际完成并列）
3. 问工作：如“去年在慢性病防控方面做了哪些工作？”
4. 起草提纲：如“帮我起草2025年工作计划中疾病预防控制部分的提纲”
在同一会话中可以追问，如“那2016年呢？”“展开第二点”。`}
}
