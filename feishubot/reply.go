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

// renderAnswer is an answer as cards of at most limit runes each: the
// answer, figures as a table, ⚠ warnings and sources with their quoted
// sentences (chatkit.Markdown), then how to give feedback, and on the last
// card the 👍/👎 buttons carrying answerID. Pieces after the first say so.
func renderAnswer(a bot.Answer, q question, answerID string, limit int) []message {
	text := chatkit.Markdown(a, chatkit.MarkdownOptions{Asked: q.text, Tables: true})
	if a.Intent != bot.IntentHelp {
		text += "\n\n" + feedbackHint(q.direct)
	}
	title := chatkit.TruncateRunes(oneLine(firstNonEmpty(a.Question, q.text, "健康助手")), titleRunes)
	const more = "（续）"
	pieces := chatkit.SplitRunes(text, limit-len([]rune(more))-2)
	if len(pieces) == 0 {
		pieces = []string{text}
	}
	out := make([]message, 0, len(pieces))
	for i, p := range pieces {
		if i > 0 {
			p = more + "\n\n" + p
		}
		out = append(out, message{Title: title, Text: p})
	}
	if a.Intent != bot.IntentHelp && answerID != "" {
		out[len(out)-1].AnswerID = answerID
	}
	return out
}

// feedbackHint says how to rate an answer: the buttons below it, or a
// reply giving a reason (in a group only messages that @-mention the bot
// reach it).
func feedbackHint(direct bool) string {
	if direct {
		return "这条回答有帮助吗？请点击下方 👍 或 👎，也可以回复「👎 原因」告诉我们哪里不对。"
	}
	return "这条回答有帮助吗？请点击下方 👍 或 👎，也可以 @我 并回复「👎 原因」告诉我们哪里不对。"
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// Feishu's "too fast" codes: the app's rate limit, and a chat's (or, for
// a patch, a message's: five updates a second).
const (
	codeAppTooFast  = 99991400
	codeChatTooFast = 230020
)

func tooFast(code int) bool { return code == codeAppTooFast || code == codeChatTooFast }

// content is a message's msg_type and content: a card (a message with a
// title) or a text message.
func content(m message) (msgType, content string, err error) {
	if m.Title != "" {
		c, err := card(m)
		return "interactive", c, err
	}
	data, err := json.Marshal(map[string]string{"text": m.Text})
	return "text", string(data), err
}

// reply answers the message q through the IM API (send).
func (f *Feishu) reply(ctx context.Context, q question, m message, part string) error {
	_, err := f.send(ctx, q, m, part)
	return err
}

// send answers the message q through the IM API (POST
// /open-apis/im/v1/messages/{message_id}/reply), as a card or a text
// message, and returns the new message's id. It waits and tries again
// (three times at most) when Feishu says the bot sends too fast. part
// names the reply among those to q: with the message id it makes the
// request's uuid, so a retried request is sent at most once.
func (f *Feishu) send(ctx context.Context, q question, m message, part string) (string, error) {
	msgType, body, err := content(m)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(q.msgID + "/" + part))
	req := larkim.NewReplyMessageReqBuilder().MessageId(q.msgID).Body(
		larkim.NewReplyMessageReqBodyBuilder().MsgType(msgType).Content(body).Uuid(hex.EncodeToString(sum[:16])).Build(),
	).Build()
	var id string
	err = retryTooFast(ctx, func() (int, string, error) {
		resp, err := f.api.Im.Message.Reply(ctx, req)
		if err != nil {
			return 0, "", err
		}
		if resp.Success() && resp.Data != nil {
			id = str(resp.Data.MessageId)
		}
		return resp.Code, resp.Msg, nil
	})
	if err != nil {
		return "", fmt.Errorf("reply to %s: %w", q.msgID, err)
	}
	return id, nil
}

// patch replaces the card of the bot's message msgID with m's (PATCH
// /open-apis/im/v1/messages/{message_id}); a card stays a card, and only a
// shared card ("update_multi": true) can be patched. With retry it waits
// and tries again when Feishu says too fast, as send does.
func (f *Feishu) patch(ctx context.Context, msgID string, m message, retry bool) error {
	c, err := card(m)
	if err != nil {
		return err
	}
	req := larkim.NewPatchMessageReqBuilder().MessageId(msgID).Body(
		larkim.NewPatchMessageReqBodyBuilder().Content(c).Build(),
	).Build()
	call := func() (int, string, error) {
		resp, err := f.api.Im.Message.Patch(ctx, req)
		if err != nil {
			return 0, "", err
		}
		return resp.Code, resp.Msg, nil
	}
	if !retry {
		if code, msg, err := call(); err != nil || code != 0 {
			return patchError(msgID, code, msg, err)
		}
		return nil
	}
	if err := retryTooFast(ctx, call); err != nil {
		return fmt.Errorf("patch %s: %w", msgID, err)
	}
	return nil
}

func patchError(msgID string, code int, msg string, err error) error {
	if err != nil {
		return fmt.Errorf("patch %s: %w", msgID, err)
	}
	return fmt.Errorf("patch %s: %w", msgID, &apiError{Code: code, Msg: msg})
}

// apiError is Feishu's refusal of a request: its code and message.
type apiError struct {
	Code int
	Msg  string
}

func (e *apiError) Error() string { return fmt.Sprintf("code %d: %s", e.Code, e.Msg) }

// retryTooFast calls call until it succeeds (code 0), fails otherwise, or
// was told too fast four times; it waits 2 s, 4 s, 8 s in between.
func retryTooFast(ctx context.Context, call func() (code int, msg string, err error)) error {
	wait := 2 * time.Second
	for attempt := 0; ; attempt++ {
		code, msg, err := call()
		if err != nil {
			return err
		}
		if code == 0 {
			return nil
		}
		if !tooFast(code) || attempt >= 3 {
			return &apiError{Code: code, Msg: msg}
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
