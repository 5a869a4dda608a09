package slackbot

import (
	"sync"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// thread is a Slack thread the bot answered in: its conversation, used by
// one answer at a time (follow-ups wait for the answer before them).
type thread struct {
	mu   sync.Mutex
	conv *bot.Conversation
}

func threadKey(channel, threadTS string) string { return channel + "/" + threadTS }

// answerRecord is an answer remembered for its buttons (share, 👍/👎).
type answerRecord struct {
	id      string
	answer  bot.Answer
	asked   string // as typed
	user    string // who asked
	channel string
	created time.Time
}
