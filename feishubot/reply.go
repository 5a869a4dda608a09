package feishubot

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	larkim "github.com/larksuite/oapi-sdk-go/v3/service/im/v1"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/chatkit"
)

// Feishu's limits and what staff are told.
const (
	// maxMessageRunes keeps one card well inside Feishu's 30 KB card
	// (a Chinese character is 3 bytes in UTF-8) with room for the JSON.
	maxMessageRunes = 5000
	// titleRunes is the card's header (the question).
	titleRunes = 40

	msgTextOnly      = "目前只能回答文字提问，请直接输入您的问题。"
	msgNothingToRate = "没有找到可以评价的回答：请在收到回答后再回复 👍 或 👎。"
)

// message is one reply: a card with a header and Markdown, or (no title)
// a plain text message.
type message struct {
	Title string
	Text  string
}

// noticeMessage is a short text reply with no sources.
func noticeMessage(text string) message { return message{Text: text} }

// renderAnswer is an answer as cards of at most limit runes each: the
// answer, figures as a table, ⚠ warnings and sources with their quoted
// sentences (chatkit.Markdown), then how to give feedback. Pieces after the
// first say so.
func renderAnswer(a bot.Answer, q question, limit int) []message {
	text := chatkit.Markdown(a, chatkit.MarkdownOptions{Asked: q.text, Tables: true})
	if a.Intent != bot.IntentHelp {
		text += "\n\n" + feedbackHint(q.direct)
	}
	title := chatkit.TruncateRunes(oneLine(firstNonEmpty(a.Question, q.text, "健康助手")), titleRunes)
	const more = "（续）"
	pieces := chatkit.SplitRunes(text, limit-len([]rune(more))-2)
	out := make([]message, 0, len(pieces))
	for i, p := range pieces {
		if i > 0 {
			p = more + "\n\n" + p
		}
		out = append(out, message{Title: title, Text: p})
	}
	return out
}

// feedbackHint says how to rate an answer: in a group only messages that
// @-mention the bot reach it.
func feedbackHint(direct bool) string {
	if direct {
		return "这条回答有帮助吗？请回复「👍」或「👎 原因」。"
	}
	return "这条回答有帮助吗？请 @我 并回复「👍」或「👎 原因」。"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// card is an interactive card in JSON 2.0 (Feishu 7.20 and later: its
// Markdown draws quotes and tables, JSON 1.0's does not) with one Markdown
// element. JSON 2.0 refuses properties it does not know: keep to these.
func card(m message) (string, error) {
	c := map[string]any{
		"schema": "2.0",
		"config": map[string]any{"update_multi": true},
		"header": map[string]any{
			"title":    map[string]string{"tag": "plain_text", "content": m.Title},
			"template": "blue",
		},
		"body": map[string]any{"elements": []any{map[string]string{"tag": "markdown", "content": m.Text}}},
	}
	data, err := json.Marshal(c)
	return string(data), err
}

// Feishu's "too fast" codes: the app's rate limit, and a chat's.
const (
	codeAppTooFast  = 99991400
	codeChatTooFast = 230020
)

// reply answers the message q through the IM API, as a card (a message
// with a title) or a text message, waiting and trying again (three times
// at most) when Feishu says the bot sends too fast. part names the reply
// among those to q: with the message id it makes the request's uuid, so a
// retried request is sent at most once.
func (f *Feishu) reply(ctx context.Context, q question, m message, part string) error {
	msgType, content := "text", ""
	if m.Title != "" {
		c, err := card(m)
		if err != nil {
			return err
		}
		msgType, content = "interactive", c
	} else {
		data, err := json.Marshal(map[string]string{"text": m.Text})
		if err != nil {
			return err
		}
		content = string(data)
	}
	sum := sha256.Sum256([]byte(q.msgID + "/" + part))
	req := larkim.NewReplyMessageReqBuilder().MessageId(q.msgID).Body(
		larkim.NewReplyMessageReqBodyBuilder().MsgType(msgType).Content(content).Uuid(hex.EncodeToString(sum[:16])).Build(),
	).Build()
	wait := 2 * time.Second
	for attempt := 0; ; attempt++ {
		resp, err := f.api.Im.Message.Reply(ctx, req)
		if err != nil {
			return fmt.Errorf("reply to %s: %w", q.msgID, err)
		}
		if resp.Success() {
			return nil
		}
		if (resp.Code != codeAppTooFast && resp.Code != codeChatTooFast) || attempt >= 3 {
			return fmt.Errorf("reply to %s: code %d: %s", q.msgID, resp.Code, resp.Msg)
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
		wait *= 2
	}
}

// messageText is what a text or post (rich text) message says, with the
// bot's @-mention removed and other people's shown by name. ok is false for
// any other kind of message.
func messageText(msgType, content string, mentions []*larkim.MentionEvent, botID string) (string, bool) {
	names := map[string]string{} // mention key (@_user_1) → what it becomes
	for _, m := range mentions {
		if m == nil || m.Key == nil {
			continue
		}
		if m.Id != nil && botID != "" && str(m.Id.OpenId) == botID {
			names[*m.Key] = ""
		} else if botID == "" {
			names[*m.Key] = ""
		} else {
			names[*m.Key] = "@" + str(m.Name)
		}
	}
	replaceKeys := func(s string) string {
		for k, v := range names {
			s = strings.ReplaceAll(s, k, v)
		}
		return s
	}
	switch msgType {
	case "text":
		var t struct {
			Text string `json:"text"`
		}
		if json.Unmarshal([]byte(content), &t) != nil {
			return "", false
		}
		return replaceKeys(t.Text), true
	case "post":
		return postText(content, names)
	}
	return "", false
}

// post is a rich-text message's content: paragraphs of elements.
type post struct {
	Title   string `json:"title"`
	Content [][]struct {
		Tag    string `json:"tag"`
		Text   string `json:"text"`
		UserID string `json:"user_id"`
	} `json:"content"`
}

func postText(content string, names map[string]string) (string, bool) {
	var p post
	if json.Unmarshal([]byte(content), &p) != nil {
		return "", false
	}
	if len(p.Content) == 0 {
		// Some clients wrap the post in its language (zh_cn, en_us).
		var byLang map[string]post
		if json.Unmarshal([]byte(content), &byLang) == nil {
			for _, v := range byLang {
				if len(v.Content) > 0 {
					p = v
					break
				}
			}
		}
	}
	var lines []string
	for _, para := range p.Content {
		var b strings.Builder
		for _, e := range para {
			switch e.Tag {
			case "text", "a", "code_block":
				b.WriteString(e.Text)
			case "at":
				if v, ok := names[e.UserID]; ok {
					b.WriteString(v)
				}
			}
		}
		if l := strings.TrimSpace(b.String()); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 && p.Title == "" {
		return "", false
	}
	if p.Title != "" {
		lines = append([]string{p.Title}, lines...)
	}
	return strings.Join(lines, "\n"), true
}
