package bot_test

import (
	"testing"
	"testing/synctest"

	"github.com/healthbot/healthbot/internal/memnet"
)

// The fake of the LLM API is a real HTTP server (streaming real SSE) on an
// in-memory network (internal/memnet), so that the tests can run in a
// testing/synctest bubble, on its fake clock. The real client library
// (go-openai inside our llm client) is kept: only its dialer is replaced.
// With the fake clock, a test checks behaviour ("retried once, after the
// 1 s Retry-After") exactly and never depends on the machine's speed: time
// stands still while the bot computes, and jumps when everyone waits.

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
