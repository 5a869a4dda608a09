package llm

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/healthbot/healthbot/internal/openaihttp/openaitest"
)

const testKey = "sk-test-SECRET-0123456789abcdef"

// bubble runs test in parallel with the others, on a fake clock
// (testing/synctest): waits take no real time, and time.Since measures
// exactly the waits of the code under test. Fakes must be created inside.
func bubble(t *testing.T, test func(t *testing.T)) {
	t.Helper()
	t.Parallel()
	synctest.Test(t, test)
}

// fake is an OpenAI-compatible chat server, reached over in-memory
// connections that speak HTTP/1.1. Every request is checked against the
// wire protocol; handle writes the reply of call n (1-based).
type fake struct {
	t        *testing.T
	srv      *openaitest.Server
	calls    atomic.Int32
	wantAuth string // expected Authorization header ("" = none)

	mu     sync.Mutex
	bodies []map[string]any
	starts []time.Time // when each call arrived (fake clock)

	handle func(n int, w http.ResponseWriter, r *http.Request)
}

func newFake(t *testing.T, handle func(n int, w http.ResponseWriter, r *http.Request)) *fake {
	t.Helper()
	f := &fake{t: t, handle: handle, wantAuth: "Bearer " + testKey}
	f.srv = openaitest.NewServer(t, http.HandlerFunc(f.serve))
	return f
}

func (f *fake) serve(w http.ResponseWriter, r *http.Request) {
	n := int(f.calls.Add(1))
	f.mu.Lock()
	f.starts = append(f.starts, time.Now())
	f.mu.Unlock()
	if r.Method != http.MethodPost {
		f.t.Errorf("call %d: method %s, want POST", n, r.Method)
	}
	if r.URL.Path != "/v1/chat/completions" {
		f.t.Errorf("call %d: path %s, want /v1/chat/completions", n, r.URL.Path)
	}
	if got := r.Header.Get("Authorization"); got != f.wantAuth {
		f.t.Errorf("call %d: Authorization %q, want %q", n, got, f.wantAuth)
	}
	if ct := r.Header.Get("Content-Type"); ct != "application/json" {
		f.t.Errorf("call %d: Content-Type %q", n, ct)
	}
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		f.t.Errorf("call %d: body is not JSON: %v", n, err)
	}
	if body["stream"] != true {
		f.t.Errorf("call %d: stream = %v, want true", n, body["stream"])
	}
	f.mu.Lock()
	f.bodies = append(f.bodies, body)
	f.mu.Unlock()
	f.handle(n, w, r)
}

func (f *fake) body(i int) map[string]any {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.bodies[i]
}

func (f *fake) n() int { return int(f.calls.Load()) }

// start is when call n (1-based) arrived.
func (f *fake) start(n int) time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.starts[n-1]
}

// client returns a client for f. The clock is fake: timeouts and backoff
// keep their real sizes.
func (f *fake) client(t *testing.T, mutate func(*Config)) *Client {
	t.Helper()
	cfg := Config{
		BaseURL:           f.srv.URL + "/v1",
		HTTPClient:        f.srv.Client(),
		Model:             "test-model",
		APIKey:            testKey,
		Temperature:       0.2,
		MaxTokens:         256,
		RequestTimeout:    3 * time.Second,
		FirstTokenTimeout: time.Second,
		MaxRetries:        3,
	}
	if mutate != nil {
		mutate(&cfg)
	}
	c, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return c
}

// startSSE writes the headers of an event stream.
func startSSE(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	w.(http.Flusher).Flush()
}

// event writes one SSE event and flushes it.
func event(w http.ResponseWriter, data string) {
	fmt.Fprintf(w, "data: %s\n\n", data)
	w.(http.Flusher).Flush()
}

func done(w http.ResponseWriter) { event(w, "[DONE]") }

// chunk is a chat.completion.chunk with delta content and finish reason
// ("" = null).
func chunk(content, finish string) string {
	delta := map[string]any{}
	if content != "" {
		delta["content"] = content
	}
	choice := map[string]any{"index": 0, "delta": delta, "finish_reason": nil}
	if finish != "" {
		choice["finish_reason"] = finish
	}
	return mustJSON(map[string]any{
		"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "test-model",
		"choices": []any{choice},
	})
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// reply streams pieces then a stop chunk and [DONE].
func reply(w http.ResponseWriter, pieces ...string) {
	startSSE(w)
	for _, p := range pieces {
		event(w, chunk(p, ""))
	}
	event(w, chunk("", "stop"))
	done(w)
}

// jsonError writes an OpenAI-style error body.
func jsonError(w http.ResponseWriter, status int, msg, typ string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	io.WriteString(w, mustJSON(map[string]any{"error": map[string]any{"message": msg, "type": typ, "code": nil}}))
}

// stall waits until the client goes away (or an hour passes), and returns
// how long it waited.
func stall(r *http.Request) time.Duration {
	start := time.Now()
	select {
	case <-r.Context().Done():
	case <-time.After(time.Hour):
	}
	return time.Since(start)
}

// collector records deltas.
type collector struct {
	mu     sync.Mutex
	deltas []string
}

func (c *collector) add(s string) {
	c.mu.Lock()
	c.deltas = append(c.deltas, s)
	c.mu.Unlock()
}

func (c *collector) joined() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return strings.Join(c.deltas, "")
}

var conv = []Message{
	{Role: "system", Content: "你是卫生健康委员会的助手。"},
	{Role: "user", Content: "2023年本市婴儿死亡率是多少？"},
}

func asError(t *testing.T, err error) *Error {
	t.Helper()
	var e *Error
	if err == nil {
		t.Fatal("err = nil, want an error")
	}
	if !errors.As(err, &e) {
		t.Fatalf("err %T %v is not an *llm.Error", err, err)
	}
	return e
}

func noKey(t *testing.T, err error) {
	t.Helper()
	if err != nil && strings.Contains(err.Error(), testKey) {
		t.Errorf("error contains the API key: %v", err)
	}
}
