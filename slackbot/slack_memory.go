package slackbot

import (
	"container/list"
	"crypto/rand"
	"encoding/hex"
	"sync"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// lru is a bounded map that forgets the least recently used key first.
type lru[V any] struct {
	mu    sync.Mutex
	max   int
	order *list.List // of *lruItem[V], most recent at the front
	items map[string]*list.Element
}

type lruItem[V any] struct {
	key string
	val V
}

func newLRU[V any](max int) *lru[V] {
	return &lru[V]{max: max, order: list.New(), items: map[string]*list.Element{}}
}

func (l *lru[V]) get(key string) (V, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.items[key]; ok {
		l.order.MoveToFront(e)
		return e.Value.(*lruItem[V]).val, true
	}
	var zero V
	return zero, false
}

// getOrAdd returns the value under key, adding mk() first if there is none.
func (l *lru[V]) getOrAdd(key string, mk func() V) V {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.items[key]; ok {
		l.order.MoveToFront(e)
		return e.Value.(*lruItem[V]).val
	}
	v := mk()
	l.items[key] = l.order.PushFront(&lruItem[V]{key, v})
	for l.order.Len() > l.max {
		old := l.order.Back()
		l.order.Remove(old)
		delete(l.items, old.Value.(*lruItem[V]).key)
	}
	return v
}

func (l *lru[V]) remove(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.items[key]; ok {
		l.order.Remove(e)
		delete(l.items, key)
	}
}

func (l *lru[V]) put(key string, v V) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.items[key]; ok {
		e.Value.(*lruItem[V]).val = v
		l.order.MoveToFront(e)
		return
	}
	l.items[key] = l.order.PushFront(&lruItem[V]{key, v})
	for l.order.Len() > l.max {
		old := l.order.Back()
		l.order.Remove(old)
		delete(l.items, old.Value.(*lruItem[V]).key)
	}
}

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

// newID is a random id for an answer's buttons.
func newID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
