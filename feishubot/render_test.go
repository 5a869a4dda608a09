package feishubot

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	larkim "github.com/larksuite/oapi-sdk-go/v3/service/im/v1"

	"github.com/healthbot/healthbot/bot"
)

// A long answer is split into cards within the limit and Feishu's 30 KB,
// nothing lost, and the sources and feedback hint come last.
func TestRenderAnswerSplitsLongAnswers(t *testing.T) {
	var b strings.Builder
	for utf8.RuneCountInString(b.String()) < 12000 {
		b.WriteString("加快推进慢性病综合防控示范区创建，家庭医生总签约率达到50.2%[1]。")
	}
	a := bot.Answer{Question: "2023年家庭医生签约率是多少？", Intent: bot.IntentFigure, Mode: bot.ModeLLM, Text: b.String(),
		Warnings: []string{"原文此处未给出具体数字，不作推测。"},
		Sources:  []bot.Source{{N: 1, Title: "2023年卫生健康工作总结", Year: 2023, Text: "家庭医生总签约率达到50.2%。"}}}
	v := 50.2
	a.Figures = []bot.FigureRow{{Label: "家庭医生签约率", Value: &v, Raw: "50.2", Unit: "%", Year: 2023, Source: 1}}
	msgs := renderAnswer(a, question{text: a.Question}, "ans-1", maxMessageRunes)
	if len(msgs) < 3 {
		t.Fatalf("%d messages", len(msgs))
	}
	var all strings.Builder
	for i, m := range msgs {
		if n := utf8.RuneCountInString(m.Text); n > maxMessageRunes {
			t.Errorf("message %d has %d runes", i, n)
		}
		c, err := card(m)
		if err != nil || len(c) > 30<<10 {
			t.Errorf("card %d: %d bytes, %v", i, len(c), err)
		}
		if m.Title == "" {
			t.Errorf("message %d has no title", i)
		}
		if last := i == len(msgs)-1; (m.AnswerID == "ans-1") != last || strings.Contains(c, `"answer_id":"ans-1"`) != last {
			t.Errorf("message %d (of %d) has the feedback buttons: %v", i+1, len(msgs), !last)
		}
		all.WriteString(strings.TrimPrefix(m.Text, "（续）\n\n"))
	}
	joined := all.String()
	if got, want := strings.Count(joined, "50.2%[1]"), strings.Count(a.Text, "50.2%[1]"); got != want {
		t.Errorf("%d figures after splitting, %d before", got, want)
	}
	for _, want := range []string{"⚠ 原文此处未给出具体数字", "**来源**", "> “家庭医生总签约率达到50.2%。”", "| 家庭医生签约率 | 50.2% | 2023年 |"} {
		if !strings.Contains(joined, want) {
			t.Errorf("replies lack %q", want)
		}
	}
	if last := msgs[len(msgs)-1].Text; !strings.Contains(last, "@我") || !strings.Contains(last, "👎") {
		t.Errorf("the feedback hint is not last:\n%s", last)
	}
}

func TestMessageText(t *testing.T) {
	key, other := "@_user_1", "@_user_2"
	ms := []*larkim.MentionEvent{
		{Key: &key, Id: &larkim.UserId{OpenId: ptr("ou_bot")}, Name: ptr("健康助手")},
		{Key: &other, Id: &larkim.UserId{OpenId: ptr("ou_li")}, Name: ptr("李四")},
	}
	post, _ := json.Marshal(map[string]any{"title": "", "content": [][]map[string]string{
		{{"tag": "at", "user_id": "@_user_1"}, {"tag": "text", "text": " 2023年家庭医生签约率"}},
		{{"tag": "text", "text": "是多少？"}, {"tag": "at", "user_id": "@_user_2"}},
	}})
	tests := []struct {
		typ, content, want string
		ok                 bool
	}{
		{"text", `{"text":"@_user_1 2023年家庭医生签约率是多少？"}`, " 2023年家庭医生签约率是多少？", true},
		{"text", `{"text":"@_user_1 问问 @_user_2"}`, " 问问 @李四", true},
		{"post", string(post), "2023年家庭医生签约率\n是多少？@李四", true},
		{"image", `{"image_key":"img_1"}`, "", false},
		{"text", `not json`, "", false},
	}
	for _, tt := range tests {
		got, ok := messageText(tt.typ, tt.content, ms, "ou_bot")
		if got != tt.want || ok != tt.ok {
			t.Errorf("messageText(%s, %s) = %q, %v", tt.typ, tt.content, got, ok)
		}
	}
}

func ptr(s string) *string { return &s }

// The SDK logs the websocket URL, whose query holds the connection's
// access key and ticket: they never reach the log.
func TestSDKLineHidesTheTicket(t *testing.T) {
	args := []any{[]any{"connected to wss://msg-frontier.feishu.cn/ws/v2?fpid=493&access_key=k1&ticket=t1", "[conn_id=d1]"}}
	got := sdkLine(args)
	if strings.Contains(got, "ticket") || strings.Contains(got, "k1") || !strings.Contains(got, "wss://msg-frontier.feishu.cn/ws/v2?…") {
		t.Errorf("sdkLine = %q", got)
	}
	if got := sdkLine([]any{"receive message, payload: {\"text\":\"a\"}\nsecond line"}); strings.Contains(got, "second") {
		t.Errorf("more than one line: %q", got)
	}
}
