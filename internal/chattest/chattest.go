// Package chattest is the tests' fake of an OpenAI-compatible chat
// completions API: a real HTTP handler that streams real server-sent
// events, to be served on an in-memory network (internal/memnet) so the
// real client library runs against it, also inside a testing/synctest
// bubble. It also adapts the real llm client to bot.LLM, as the command
// does, and reads the prompts the bot sends.
package chattest

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/llm"
)

// The model name and API key the fake accepts; anything else is a 400.
const (
	Model = "test-model"
	Key   = "test-key"
)

// Server answers POST /v1/chat/completions with Reply's text, streamed in
// chunks of 7 runes. Failures, when set, answers call n (from 1) with an
// error status instead (a 429 with Retry-After: 0); Every, when set,
// paces the chunks (on the fake clock in a synctest bubble). Set the
// fields before serving.
type Server struct {
	Reply    func(msgs []map[string]string) string
	Failures func(call int) int
	Every    time.Duration
	Calls    atomic.Int32 // requests received

	mu      sync.Mutex
	prompts []string
}

// New returns a server that answers with reply.
func New(reply func(msgs []map[string]string) string) *Server {
	return &Server{Reply: reply}
}

// Prompts are the contents of every message received, in order.
func (s *Server) Prompts() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.prompts...)
}

// ServeHTTP implements the chat completions endpoint.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	call := int(s.Calls.Add(1))
	msgs, ok := ReadRequest(w, r)
	if !ok {
		return
	}
	s.mu.Lock()
	for _, m := range msgs {
		s.prompts = append(s.prompts, m["content"])
	}
	s.mu.Unlock()
	if s.Failures != nil {
		if status := s.Failures(call); status != 0 {
			if status == http.StatusTooManyRequests {
				w.Header().Set("Retry-After", "0")
			}
			http.Error(w, `{"error":{"message":"try later","type":"server_error"}}`, status)
			return
		}
	}
	reply := s.Reply(msgs)
	w.Header().Set("Content-Type", "text/event-stream")
	fl := w.(http.Flusher)
	runes := []rune(reply)
	for i := 0; i < len(runes); i += 7 {
		if i > 0 && s.Every > 0 {
			time.Sleep(s.Every)
		}
		WriteDelta(w, string(runes[i:min(i+7, len(runes))]))
		fl.Flush()
	}
	WriteEnd(w)
	fl.Flush()
}

// ReadRequest checks a chat completions request (POST, path, key, a
// streamed request for Model) and returns its messages; on a bad request
// it answers 400 itself and reports false.
func ReadRequest(w http.ResponseWriter, r *http.Request) ([]map[string]string, bool) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" || r.Header.Get("Authorization") != "Bearer "+Key {
		http.Error(w, `{"error":{"message":"bad request line"}}`, http.StatusBadRequest)
		return nil, false
	}
	var body struct {
		Model    string              `json:"model"`
		Stream   bool                `json:"stream"`
		Messages []map[string]string `json:"messages"`
	}
	data, _ := io.ReadAll(r.Body)
	if err := json.Unmarshal(data, &body); err != nil || !body.Stream || body.Model != Model {
		http.Error(w, `{"error":{"message":"bad body"}}`, http.StatusBadRequest)
		return nil, false
	}
	return body.Messages, true
}

// WriteDelta writes one chat.completion.chunk event carrying text.
func WriteDelta(w io.Writer, text string) {
	writeChunk(w, map[string]string{"content": text}, "")
}

// WriteEnd writes the final chunk (finish_reason stop) and [DONE].
func WriteEnd(w io.Writer) {
	writeChunk(w, map[string]string{}, "stop")
	fmt.Fprint(w, "data: [DONE]\n\n")
}

// writeChunk writes one chat.completion.chunk event.
func writeChunk(w io.Writer, delta map[string]string, finish string) {
	choice := map[string]any{"index": 0, "delta": delta}
	if finish != "" {
		choice["finish_reason"] = finish
	}
	b, _ := json.Marshal(map[string]any{"id": "x", "object": "chat.completion.chunk", "model": Model, "choices": []map[string]any{choice}})
	fmt.Fprintf(w, "data: %s\n\n", b)
}

// Client is the real llm client pointed at a fake on host, reached through
// httpClient, with the production timeouts (request 60 s, first token
// 20 s, 3 retries), as bot.LLM.
func Client(tb testing.TB, host string, httpClient *http.Client) bot.LLM {
	tb.Helper()
	c, err := llm.New(llm.Config{BaseURL: "http://" + host + "/v1", Model: Model, APIKey: Key, HTTPClient: httpClient})
	if err != nil {
		tb.Fatal(err)
	}
	return Adapt(c)
}

// Adapt makes the llm client a bot.LLM, as the command does.
func Adapt(c *llm.Client) bot.LLM { return chatModel{c} }

// chatModel adapts the llm client to bot.LLM.
type chatModel struct{ c *llm.Client }

func (m chatModel) Complete(ctx context.Context, msgs []bot.Message, onDelta func(string)) (string, error) {
	out := make([]llm.Message, len(msgs))
	for i, msg := range msgs {
		out[i] = llm.Message{Role: msg.Role, Content: msg.Content}
	}
	return m.c.Complete(ctx, out, onDelta)
}

// UserPrompt is the last user message of a request.
func UserPrompt(msgs []map[string]string) string {
	for i := len(msgs) - 1; i >= 0; i-- {
		if msgs[i]["role"] == "user" {
			return msgs[i]["content"]
		}
	}
	return ""
}

// SourceWith returns the number of the fenced source of a prompt that
// contains s, 0 if none.
func SourceWith(prompt, s string) int {
	for _, block := range strings.Split(prompt, "<资料 编号=\"")[1:] {
		var n int
		fmt.Sscanf(block, "%d", &n)
		if strings.Contains(block, s) {
			return n
		}
	}
	return 0
}
