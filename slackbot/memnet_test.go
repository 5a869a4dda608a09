package slackbot_test

import (
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/healthbot/healthbot/internal/memnet"
)

// The fakes of Slack and of the LLM API are real HTTP servers (and a real
// websocket, and real SSE) on an in-memory network (internal/memnet), so
// that the tests can run in a testing/synctest bubble, on its fake clock.
// The real client libraries (slack-go, its Socket Mode client over
// gorilla/websocket, go-openai inside our llm client) are kept: only their
// dialer is replaced. With the fake clock, a test checks behaviour
// ("retried once, after the 1 s Retry-After") exactly and never depends on
// the machine's speed: time stands still while the bot computes, and jumps
// when everyone waits.

// memNet is the tests' in-memory network (internal/memnet explains why
// the fakes are not on TCP).
type memNet = memnet.Net

func newMemNet() *memNet { return memnet.New() }

// inBubble runs f in a synctest bubble, on the fake clock. The sample
// index is built (once per package) outside it first: a goroutine the
// build leaves running must not join the bubble, which ends only when all
// of its goroutines have.
func inBubble(t *testing.T, f func(t *testing.T)) {
	t.Helper()
	sampleIndex(t)
	synctest.Test(t, f)
}

// waitUntil waits for cond, re-checking it whenever changed (a channel
// replaced on every change) is closed, for at most limit: fake time in a
// bubble, wall time outside. cond is checked with the channel of the
// state it sees, so that no change is missed.
func waitUntil(tb testing.TB, limit time.Duration, changed func() <-chan struct{}, cond func() bool, what func() string) {
	tb.Helper()
	timeout := time.NewTimer(limit)
	defer timeout.Stop()
	for {
		ch := changed()
		if cond() {
			return
		}
		select {
		case <-ch:
		case <-timeout.C:
			tb.Fatalf("waited %s for %s", limit, what())
		}
	}
}

// notifier is the "changed" channel of a fake: closed and replaced on
// every change, so that waiters wake up.
type notifier struct {
	mu sync.Mutex
	ch chan struct{}
}

func (n *notifier) changed() <-chan struct{} {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.ch == nil {
		n.ch = make(chan struct{})
	}
	return n.ch
}

func (n *notifier) notify() {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.ch != nil {
		close(n.ch)
		n.ch = nil
	}
}
