package feishubot

import (
	"encoding/json"

	"github.com/healthbot/healthbot/internal/chatkit"
)

// message is one reply: a card with a header and Markdown, or (no title)
// a plain text message.
type message struct {
	Title string
	Text  string
	// AnswerID, when set, ends the card with 👍 and 👎 buttons whose
	// callback value carries it (the last card of an answer).
	AnswerID string
}

// noticeMessage is a short text reply with no sources.
func noticeMessage(text string) message { return message{Text: text} }

// The value a feedback button sends back in its card.action.trigger
// callback: {"action": "vote", "vote": chatkit.VoteUp or VoteDown, "answer_id": id}.
const (
	valueAction   = "action"
	valueVote     = "vote"
	valueAnswerID = "answer_id"
	actionVote    = "vote"
)

// card is an interactive card in JSON 2.0 (Feishu 7.20 and later: its
// Markdown draws quotes and tables, JSON 1.0's does not) with one Markdown
// element and, for an answer's last card, the feedback buttons. It is a
// shared card ("update_multi": true), which Feishu requires of a card that
// is patched later (the placeholder streamed into the answer). JSON 2.0
// refuses properties it does not know: keep to these.
func card(m message) (string, error) {
	elements := []any{map[string]string{"tag": "markdown", "content": m.Text}}
	if m.AnswerID != "" {
		elements = append(elements, map[string]any{
			"tag":       "column_set",
			"flex_mode": "none",
			"columns": []any{
				map[string]any{"tag": "column", "width": "auto", "elements": []any{voteButton("👍 有帮助", chatkit.VoteUp, m.AnswerID)}},
				map[string]any{"tag": "column", "width": "auto", "elements": []any{voteButton("👎 没帮助", chatkit.VoteDown, m.AnswerID)}},
			},
		})
	}
	c := map[string]any{
		"schema": "2.0",
		"config": map[string]any{"update_multi": true},
		"header": map[string]any{
			"title":    map[string]string{"tag": "plain_text", "content": m.Title},
			"template": "blue",
		},
		"body": map[string]any{"elements": elements},
	}
	data, err := json.Marshal(c)
	return string(data), err
}

// voteButton is a button whose click Feishu sends back to the app (a
// callback behaviour) with the vote and the answer's id.
func voteButton(label, vote, answerID string) map[string]any {
	return map[string]any{
		"tag":  "button",
		"text": map[string]string{"tag": "plain_text", "content": label},
		"type": "default",
		"behaviors": []any{map[string]any{
			"type":  "callback",
			"value": map[string]string{valueAction: actionVote, valueVote: vote, valueAnswerID: answerID},
		}},
	}
}
