package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chzyer/readline"

	"github.com/healthbot/healthbot/config"
)

// scriptedLines is what a person types at chat's prompt: each Readline
// takes the next entry (a line, or readline.ErrInterrupt for Ctrl-C at the
// prompt); io.EOF (Ctrl-D) when the channel is closed.
type scriptedLines chan any

func (s scriptedLines) Readline() (string, error) {
	v, ok := <-s
	if !ok {
		return "", io.EOF
	}
	if err, isErr := v.(error); isErr {
		return "", err
	}
	return v.(string), nil
}

// TestChatCtrlCCancelsTheAnswer: Ctrl-C while the LLM is writing cancels
// that answer (the request to the LLM is dropped) and the conversation goes
// on; Ctrl-C at the prompt is ignored; Ctrl-D ends chat without an error.
func TestChatCtrlCCancelsTheAnswer(t *testing.T) {
	t.Parallel()
	var once sync.Once
	started, dropped := make(chan struct{}), make(chan struct{})
	llm := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Accepts the request and never answers, until the client goes
		// (the body read, the server notices the connection closing).
		io.Copy(io.Discard, r.Body)
		once.Do(func() {
			close(started)
			<-r.Context().Done()
			close(dropped)
		})
		<-r.Context().Done()
	}))
	t.Cleanup(llm.Close)
	cfg := config.Default()
	cfg.Index.Dir, cfg.Corpus.Dir = sampleIndex(t), samples
	cfg.LLM.BaseURL, cfg.LLM.Model = llm.URL+"/v1", "test-model"
	cfg.LLM.Deadline = 30 * time.Second // a broken cancel then fails sooner
	var stderr bytes.Buffer
	e := &env{cfg: cfg, getenv: func(string) string { return "" }, stdout: io.Discard, stderr: &stderr, log: slog.New(slog.DiscardHandler)}
	ctx := context.Background()
	b, done, err := e.newBot(ctx, "2024-03-01")
	if err != nil {
		t.Fatal(err)
	}
	defer done()

	lines, interrupts := make(scriptedLines), make(chan os.Signal, 1)
	var out bytes.Buffer
	result := make(chan error, 1)
	go func() { result <- chat(ctx, b, lines, &out, interrupts) }()
	lines <- readline.ErrInterrupt // Ctrl-C at the prompt
	lines <- "去年在慢性病防控方面做了哪些工作？"
	select {
	case <-started:
	case <-time.After(patience(t)):
		t.Fatal("the LLM was never asked")
	}
	interrupts <- os.Interrupt // Ctrl-C while it writes
	select {
	case <-dropped:
	case <-time.After(patience(t)):
		t.Fatalf("the request to the LLM was not cancelled:\n%s", &out)
	}
	lines <- "新话题" // the conversation goes on
	close(lines)   // Ctrl-D
	if err := <-result; err != nil {
		t.Errorf("chat ended with %v", err)
	}
	text := out.String()
	if !strings.Contains(text, "（已取消）") || !strings.Contains(text, "已清空上下文。") || strings.Contains(text, "来源：") {
		t.Errorf("chat:\n%s", text)
	}
}
