package dingtalkbot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/chatkit"
)

// DingTalk's limits and what staff are told.
const (
	// maxMessageRunes keeps one reply well inside DingTalk's 20,000-byte
	// message body (a Chinese character is 3 bytes in UTF-8) with room for
	// the JSON around it.
	maxMessageRunes = 4000
	// titleRunes is the notification's title (the question).
	titleRunes = 40

	msgTextOnly      = "目前只能回答文字提问，请直接输入您的问题。"
	msgNothingToRate = "没有找到可以评价的回答：请在收到回答后再回复 👍 或 👎。"
)

// message is one robot reply (msgtype markdown).
type message struct {
	Title string
	Text  string
}

// noticeMessage is a short reply with no sources.
func noticeMessage(text string) message {
	return message{Title: chatkit.TruncateRunes(text, titleRunes), Text: text}
}

// renderAnswer is an answer as Markdown replies of at most limit runes
// each: the answer, figures, ⚠ warnings and sources (chatkit.Markdown; DingTalk draws
// no tables), then how to give feedback. Pieces after the first say so.
func renderAnswer(a bot.Answer, q question, limit int) []message {
	text := chatkit.Markdown(a, chatkit.MarkdownOptions{Asked: q.text})
	if a.Intent != bot.IntentHelp {
		text += "\n\n" + feedbackHint(q.direct)
	}
	title := chatkit.TruncateRunes(firstNonEmpty(a.Question, q.text), titleRunes)
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

// feedbackHint says how to rate an answer. In a direct chat the links send
// the vote as the person's own message (dtmd://dingtalkclient/sendMessage);
// in a group only messages that @-mention the robot reach it.
func feedbackHint(direct bool) string {
	if direct {
		return fmt.Sprintf("这条回答有帮助吗？[👍 有帮助](%s)　[👎 没帮助](%s)（也可回复「👎 原因」）",
			sendLink("👍"), sendLink("👎"))
	}
	return "这条回答有帮助吗？请 @我 并回复「👍」或「👎 原因」。"
}

func sendLink(text string) string {
	return "dtmd://dingtalkclient/sendMessage?content=" + url.QueryEscape(text)
}

// webhookReply is the body DingTalk's session webhook takes.
type webhookReply struct {
	MsgType  string `json:"msgtype"`
	Markdown struct {
		Title string `json:"title"`
		Text  string `json:"text"`
	} `json:"markdown"`
}

// webhookResult is what the session webhook answers (HTTP 200 either way).
type webhookResult struct {
	ErrCode int    `json:"errcode"`
	ErrMsg  string `json:"errmsg"`
}

// errcodeTooFast is DingTalk's "sending too fast" (a robot may send about
// 20 messages a minute to one group).
const errcodeTooFast = 130101

// reply posts a Markdown message through the message's session webhook,
// waiting and trying again (three times at most) when DingTalk says the
// robot sends too fast.
func (d *DingTalk) reply(ctx context.Context, q question, m message) error {
	if !q.webhookUntil.IsZero() && d.opts.Now().After(q.webhookUntil) {
		return errWebhookExpired
	}
	var body webhookReply
	body.MsgType = "markdown"
	body.Markdown.Title = m.Title
	body.Markdown.Text = m.Text
	data, err := json.Marshal(body)
	if err != nil {
		return err
	}
	wait := 3 * time.Second
	for attempt := 0; ; attempt++ {
		res, err := d.post(ctx, q.webhook, data)
		if err != nil {
			return err
		}
		if res.ErrCode == 0 {
			return nil
		}
		if res.ErrCode != errcodeTooFast || attempt >= 3 {
			return fmt.Errorf("session webhook: errcode %d: %s", res.ErrCode, res.ErrMsg)
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

func (d *DingTalk) post(ctx context.Context, webhook string, data []byte) (webhookResult, error) {
	var res webhookResult
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, webhook, bytes.NewReader(data))
	if err != nil {
		return res, fmt.Errorf("session webhook: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := d.opts.HTTPClient.Do(req)
	if err != nil {
		return res, fmt.Errorf("session webhook: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return res, fmt.Errorf("session webhook: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return res, fmt.Errorf("session webhook: HTTP %d: %s", resp.StatusCode, chatkit.TruncateRunes(string(raw), 200))
	}
	if err := json.Unmarshal(raw, &res); err != nil {
		return res, fmt.Errorf("session webhook: unreadable answer: %w", err)
	}
	return res, nil
}
