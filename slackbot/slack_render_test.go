package slackbot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"
)

// longAnswer is a Chinese answer of about n runes with a citation in
// every sentence and no line breaks, so only hard or sentence cuts apply.
func longAnswer(n int) string {
	var b strings.Builder
	for i := 1; utf8.RuneCountInString(b.String()) < n; i++ {
		fmt.Fprintf(&b, "第%d项：加快推进慢性病综合防控示范区创建，家庭医生总签约率达到50.2%%[%d]，", i, i%40+1)
		if i%3 == 0 {
			b.WriteString("并完成年度目标。")
		}
	}
	return b.String()
}

func TestRenderAnswerWithinSlackLimits(t *testing.T) {
	v := 50.2
	a := bot.Answer{Question: "2023年家庭医生签约率是多少？", Intent: bot.IntentFigure, Mode: bot.ModeExtractive,
		Text: longAnswer(150000), Warnings: []string{"原文此处未给出具体数字，不作推测。", "大模型服务暂时不可用"}}
	for i := 1; i <= 45; i++ {
		a.Sources = append(a.Sources, bot.Source{N: i, Title: fmt.Sprintf("2023年卫生局工作总结 篇%d", i), Ref: fmt.Sprintf("a.txt#%d", i), Year: 2023,
			Kind: corpus.KindSummary, Section: "一、工作总结 > （三）健全公共卫生体系 > 2.探索医防融合", Text: strings.Repeat("家庭医生总签约率为50.2%(省市要求>50%)。", 20)})
	}
	for i := 0; i < 15; i++ {
		a.Figures = append(a.Figures, bot.FigureRow{Label: "家庭医生总签约率", Value: &v, Raw: "50.2", Unit: "%", Year: 2023, Kind: corpus.KindSummary, Source: 1})
	}
	blocks, fallback := renderAnswer(a, renderOptions{answerID: "abc", share: true})
	if len(blocks) > slackMaxBlocks {
		t.Fatalf("%d blocks", len(blocks))
	}
	if n := utf8.RuneCountInString(fallback); n > 40000 {
		t.Errorf("fallback text of %d runes", n)
	}
	data := blocksJSON(t, blocks)
	var sections, contexts int
	for _, b := range blocks {
		switch b := b.(type) {
		case *slack.SectionBlock:
			sections++
			if b.Text != nil {
				if err := b.Text.Validate(); err != nil {
					t.Errorf("section: %v", err)
				}
			}
			if len(b.Fields) > slackMaxFields {
				t.Errorf("%d fields", len(b.Fields))
			}
		case *slack.ContextBlock:
			contexts++
			if len(b.ContextElements.Elements) > slackContextItems {
				t.Errorf("context of %d elements", len(b.ContextElements.Elements))
			}
			for _, e := range b.ContextElements.Elements {
				if tb, ok := e.(*slack.TextBlockObject); ok && utf8.RuneCountInString(tb.Text) > slackSectionRunes {
					t.Errorf("context element of %d runes", utf8.RuneCountInString(tb.Text))
				}
			}
		}
	}
	if sections < 10 || contexts < 3 {
		t.Errorf("%d sections, %d context blocks", sections, contexts)
	}
	if _, ok := blocks[len(blocks)-1].(*slack.ContextActionsBlock); !ok {
		t.Errorf("the feedback buttons are not last")
	}
	s := data
	for _, want := range []string{"[1]", "[40]", "回答过长", "⚠ 原文此处未给出具体数字", "另有", "分享到频道", "feedback_buttons", "negative:abc", "数字一览", "&gt;50%"} {
		if !strings.Contains(s, want) {
			t.Errorf("rendering lacks %q", want)
		}
	}
}

// blocksJSON is blocks as Slack receives them (without HTML escaping).
func blocksJSON(t *testing.T, blocks []slack.Block) string {
	t.Helper()
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(blocks); err != nil {
		t.Fatal(err)
	}
	// slack-go's own MarshalJSON methods escape &, < and > as \u0026 etc.
	return strings.NewReplacer(`\u0026`, "&", `\u003c`, "<", `\u003e`, ">").Replace(b.String())
}

func TestRenderShortAnswer(t *testing.T) {
	a := bot.Answer{Question: "2016年家庭医生签约率是多少", Intent: bot.IntentFigure, Mode: bot.ModeExtractive, Text: "根据资料，**2016年**签约率为30% [1]。",
		Sources: []bot.Source{{N: 1, Title: "2016年工作总结", Year: 2016, Kind: corpus.KindSummary, Section: "一、 > （一）", Text: "共完成建档*人，签约率为30%。"}}}
	blocks, _ := renderAnswer(a, renderOptions{answerID: "id1", asked: "那2016年呢？"})
	s := blocksJSON(t, blocks)
	for _, want := range []string{"理解为：2016年家庭医生签约率是多少", "*2016年*", "[1]", "2016年工作总结（2016年，总结）", "共完成建档＊人", "离线模式"} {
		if !strings.Contains(s, want) {
			t.Errorf("rendering lacks %q: %s", want, s)
		}
	}
	if strings.Contains(s, "分享到频道") {
		t.Error("share button on a thread answer")
	}
	help, _ := renderAnswer(bot.Answer{Intent: bot.IntentHelp, Mode: bot.ModeExtractive, Text: "我可以根据本单位以往的工作总结和工作计划回答问题。"}, renderOptions{answerID: "id2", share: true})
	if strings.Contains(blocksJSON(t, help), "feedback_buttons") {
		t.Error("buttons under the help text")
	}
	// Where Slack refuses the AI blocks: mrkdwn sections and plain buttons.
	classic, _ := renderAnswer(a, renderOptions{answerID: "id1", classic: true})
	c := blocksJSON(t, classic)
	for _, want := range []string{`"type":"section"`, "\u200b*2016年*\u200b", "healthbot_vote_up", "healthbot_vote_down"} {
		if !strings.Contains(c, want) {
			t.Errorf("classic rendering lacks %q: %s", want, c)
		}
	}
	if strings.Contains(c, `"type":"markdown"`) || strings.Contains(c, "context_actions") {
		t.Errorf("classic rendering with AI blocks: %s", c)
	}
}

// The answer's text in a markdown block: Markdown kept, what Slack would
// read as a mention, a quote or formatting made literal.
func TestMarkdownText(t *testing.T) {
	tests := map[string]string{
		"**重点**工作":                                      "**重点**工作",
		"### 一、总体情况":                                    "### 一、总体情况",
		"签约率>50% & 覆盖<90% <!channel>":                   "签约率＞50% & 覆盖＜90% ＜!channel＞",
		"建档*人，___例":                                     "建档＊人，＿＿＿例",
		"| 年份 | 签约率 |\n|---|---|\n| 2023 | 50.2% [2] |": "- **2023** — 签约率：50.2% [2]",
	}
	for in, want := range tests {
		if got := markdownText(in); got != want {
			t.Errorf("markdownText(%q)\n got %q\nwant %q", in, got, want)
		}
	}
	for value, want := range map[string][2]string{"positive:a1": {VoteUp, "a1"}, "negative:a1": {VoteDown, "a1"}, "a1": {}, "maybe:a1": {}} {
		vote, id, ok := parseFeedback(value)
		if vote != want[0] || id != want[1] || ok != (want[0] != "") {
			t.Errorf("parseFeedback(%q) = %q, %q, %v", value, vote, id, ok)
		}
	}
}

func TestMrkdwn(t *testing.T) {
	tests := map[string]string{
		"**重点**工作":         "\u200b*重点*\u200b工作",
		"### 一、总体情况":       "\u200b*一、总体情况*\u200b",
		"签约率>50% & 覆盖<90%": "签约率&gt;50% &amp; 覆盖&lt;90%",
		"建档*人，___例":        "建档＊人，＿＿＿例",
		"“家庭医生”历年情况：\n\n| 年份 | 实际完成（总结） | 计划目标（计划） |\n|---|---|---|\n| 2022 | 签约率 45% [1] | — |\n| 2023 | 签约率 50.2% [2] | 签约率 50% [3] |": "“家庭医生”历年情况：\n\n• *2022* — 实际完成（总结）：签约率 45% [1]\n• *2023* — 实际完成（总结）：签约率 50.2% [2]；计划目标（计划）：签约率 50% [3]",
	}
	for in, want := range tests {
		if got := mrkdwn(in); got != want {
			t.Errorf("mrkdwn(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

func TestWithRetry(t *testing.T) {
	calls := 0
	err := withRetry(context.Background(), 3, 20*time.Millisecond, func(context.Context) error {
		calls++
		if calls < 3 {
			return &slack.RateLimitedError{RetryAfter: time.Hour} // capped
		}
		return nil
	})
	if err != nil || calls != 3 {
		t.Errorf("err %v after %d calls", err, calls)
	}
	calls = 0
	err = withRetry(context.Background(), 2, time.Millisecond, func(context.Context) error {
		calls++
		return &slack.RateLimitedError{RetryAfter: time.Millisecond}
	})
	var rl *slack.RateLimitedError
	if !errors.As(err, &rl) || calls != 3 {
		t.Errorf("err %v after %d calls, want the 429 after 3", err, calls)
	}
	calls = 0
	other := errors.New("channel_not_found")
	if err := withRetry(context.Background(), 3, time.Millisecond, func(context.Context) error { calls++; return other }); err != other || calls != 1 {
		t.Errorf("a non-429 error was retried: %v after %d calls", err, calls)
	}
}

func TestParseCommand(t *testing.T) {
	tests := []struct {
		in     string
		intent bot.Intent
		text   string
	}{
		{"", bot.IntentHelp, "帮助"},
		{"help", bot.IntentHelp, "帮助"},
		{"ask 2023年家庭医生签约率是多少？", bot.IntentAuto, "2023年家庭医生签约率是多少？"},
		{"figures 家庭医生签约率", bot.IntentTrend, "家庭医生签约率"},
		{"draft 2025年疾病预防控制工作计划提纲", bot.IntentDraft, "2025年疾病预防控制工作计划提纲"},
		{"去年在慢性病防控方面做了哪些工作？", bot.IntentAuto, "去年在慢性病防控方面做了哪些工作？"},
	}
	for _, tt := range tests {
		if intent, text := parseCommand(tt.in); intent != tt.intent || text != tt.text {
			t.Errorf("parseCommand(%q) = %q, %q", tt.in, intent, text)
		}
	}
}

func TestPlainText(t *testing.T) {
	s := &Slack{botUserID: "UBOT"}
	got := s.plainText("<@UBOT> 见 <https://example.gov.cn/a|通知> 和 <#C123|办公室>，签约率 &gt; 50% &amp; <@U999> <!here>")
	if want := "见 通知 和 #办公室，签约率 > 50% &"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
