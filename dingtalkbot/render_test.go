package dingtalkbot

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/healthbot/healthbot/bot"
)

// A long answer is split into replies within the limit, nothing lost, and
// the sources and feedback hint come last.
func TestRenderAnswerSplitsLongAnswers(t *testing.T) {
	var b strings.Builder
	for i := 1; utf8.RuneCountInString(b.String()) < 9000; i++ {
		b.WriteString("加快推进慢性病综合防控示范区创建，家庭医生总签约率达到50.2%[1]。")
	}
	a := bot.Answer{Question: "2023年家庭医生签约率是多少？", Intent: bot.IntentFigure, Mode: bot.ModeLLM, Text: b.String(),
		Warnings: []string{"原文此处未给出具体数字，不作推测。"},
		Sources:  []bot.Source{{N: 1, Title: "2023年卫生健康工作总结", Year: 2023, Text: "家庭医生总签约率达到50.2%。"}}}
	msgs := renderAnswer(a, question{text: a.Question, direct: true}, 3000)
	if len(msgs) < 4 {
		t.Fatalf("%d messages", len(msgs))
	}
	var all strings.Builder
	for i, m := range msgs {
		if n := utf8.RuneCountInString(m.Text); n > 3000 {
			t.Errorf("message %d has %d runes", i, n)
		}
		if m.Title == "" {
			t.Errorf("message %d has no title", i)
		}
		all.WriteString(strings.TrimPrefix(m.Text, "（续）\n\n"))
	}
	joined := all.String()
	if got, want := strings.Count(joined, "50.2%[1]"), strings.Count(a.Text, "50.2%[1]"); got != want {
		t.Errorf("%d figures after splitting, %d before", got, want)
	}
	last := msgs[len(msgs)-1].Text
	for _, want := range []string{"⚠ 原文此处未给出具体数字", "**来源**", "“家庭医生总签约率达到50.2%。”", "👍"} {
		if !strings.Contains(joined, want) {
			t.Errorf("replies lack %q", want)
		}
	}
	if !strings.Contains(last, "👎") {
		t.Errorf("the feedback hint is not last:\n%s", last)
	}
}
