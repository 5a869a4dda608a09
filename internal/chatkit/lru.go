package chatkit

import (
	"container/list"
	"crypto/rand"
	"encoding/hex"
	"sync"
)

// LRU is a bounded map that forgets the least recently used key first;
// safe for concurrent use.
type LRU[V any] struct {
	mu    sync.Mutex
	max   int
	order *list.List // of *lruItem[V], most recent at the front
	items map[string]*list.Element
}

type lruItem[V any] struct {
	key string
	val V
}

// NewLRU keeps at most max keys.
func NewLRU[V any](max int) *LRU[V] {
	return &LRU[V]{max: max, order: list.New(), items: map[string]*list.Element{}}
}

// Get returns the value under key.
func (l *LRU[V]) Get(key string) (V, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.items[key]; ok {
		l.order.MoveToFront(e)
		return e.Value.(*lruItem[V]).val, true
	}
	var zero V
	return zero, false
}

// GetOrAdd returns the value under key, adding mk() first if there is none.
func (l *LRU[V]) GetOrAdd(key string, mk func() V) V {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.items[key]; ok {
		l.order.MoveToFront(e)
		return e.Value.(*lruItem[V]).val
	}
	v := mk()
	l.items[key] = l.order.PushFront(&lruItem[V]{key, v})
	l.trim()
	return v
}

// Remove forgets key.
func (l *LRU[V]) Remove(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.items[key]; ok {
		l.order.Remove(e)
		delete(l.items, key)
	}
}

// Put sets the value under key.
func (l *LRU[V]) Put(key string, v V) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e, ok := l.items[key]; ok {
		e.Value.(*lruItem[V]).val = v
		l.order.MoveToFront(e)
		return
	}
	l.items[key] = l.order.PushFront(&lruItem[V]{key, v})
	l.trim()
}

func (l *LRU[V]) trim() {
	for l.order.Len() > l.max {
		old := l.order.Back()
		l.order.Remove(old)
		delete(l.items, old.Value.(*lruItem[V]).key)
	}
}

// NewID is a random id (an answer's, for its feedback buttons).
func NewID() string {
	var b [12]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
