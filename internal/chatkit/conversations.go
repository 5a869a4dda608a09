package chatkit

import (
	"sync"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// Conversations remembers a chat's recent conversations for follow-ups (a
// person's exchange in a group, a direct chat, a browser conversation):
// at most max, the least recently used forgotten first; one idle longer
// than idle starts afresh. A is what an adapter keeps of the last answer
// (for a 👍/👎 typed as a reply); struct{} when nothing.
type Conversations[A any] struct {
	lru  *LRU[*Conversation[A]]
	idle time.Duration
	now  func() time.Time
}

// Conversation is one conversation, used by one answer at a time: a
// follow-up waits for the answer before it.
type Conversation[A any] struct {
	mu sync.Mutex
	// Turns is the bot's memory of the conversation, for bot.Handle.
	Turns *bot.Conversation
	// Last is the adapter's record of the last answer (the zero value
	// when none, or after an idle reset).
	Last     A
	answered time.Time
	now      func() time.Time
}

// NewConversations keeps at most max conversations; one idle longer than
// idle starts afresh. now reads the time.
func NewConversations[A any](max int, idle time.Duration, now func() time.Time) *Conversations[A] {
	return &Conversations[A]{lru: NewLRU[*Conversation[A]](max), idle: idle, now: now}
}

// Open returns the conversation under key for one answer, locked until
// Close; a new one, or one idle too long, holds no turns.
func (cs *Conversations[A]) Open(key string) *Conversation[A] {
	c := cs.lru.GetOrAdd(key, func() *Conversation[A] { return &Conversation[A]{Turns: &bot.Conversation{}, now: cs.now} })
	c.mu.Lock()
	if !c.answered.IsZero() && cs.now().Sub(c.answered) > cs.idle {
		// An old exchange is not what a new question follows up on.
		var zero A
		c.Turns, c.Last, c.answered = &bot.Conversation{}, zero, time.Time{}
	}
	return c
}

// Answered notes that an answer was given now: the conversation's idle
// time starts again.
func (c *Conversation[A]) Answered() { c.answered = c.now() }

// Close lets the next answer in the conversation go ahead.
func (c *Conversation[A]) Close() { c.mu.Unlock() }

// LastAnswer is the record of the last answer in the conversation under
// key (once an answer being prepared is given), or the zero value.
func (cs *Conversations[A]) LastAnswer(key string) A {
	c, ok := cs.lru.Get(key)
	if !ok {
		var zero A
		return zero
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Last
}
