package slackbot

import (
	"sync"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// thread is a Slack thread the bot answered in: its conversation, used by
// one answer at a time (follow-ups wait for the answer before them), and
// what Slack told of it when it is an assistant thread.
type thread struct {
	mu   sync.Mutex
	conv *bot.Conversation

	meta      sync.Mutex // guards the fields below; never held across a Slack call
	assistant bool       // a thread of Slack's AI app container (assistant_thread_started)
	titled    bool       // its title was set from the first question
	viewing   string     // its context: the channel the person had open (may be "")
}

// markAssistant records that a thread is an assistant thread, and the
// channel the person had open (its context), when Slack says.
func (t *thread) markAssistant(viewing string, known bool) {
	t.meta.Lock()
	defer t.meta.Unlock()
	t.assistant = true
	if known {
		t.viewing = viewing
	}
}

// context is the channel the person had open in an assistant thread.
func (t *thread) context() (assistant bool, viewing string) {
	t.meta.Lock()
	defer t.meta.Unlock()
	return t.assistant, t.viewing
}

// takeTitle reports whether the thread is an assistant thread still
// without a title, and marks it titled.
func (t *thread) takeTitle() bool {
	t.meta.Lock()
	defer t.meta.Unlock()
	if !t.assistant || t.titled {
		return false
	}
	t.titled = true
	return true
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
