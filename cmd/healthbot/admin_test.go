package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/bot"
)

// checkAdminEndpoints checks, on a serve that logs in JSON (--log-format
// json) with admin.addr 127.0.0.1:0 and has answered one figure question
// from the samples, that every log line is a JSON object, and that the
// admin endpoints answer on the address serve logged.
func checkAdminEndpoints(t *testing.T, logs fmt.Stringer) {
	t.Helper()
	addr := ""
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var rec struct {
			Msg, Level, Addr string
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil || rec.Msg == "" || rec.Level == "" {
			t.Errorf("a log line is not a JSON record: %q", line)
			continue
		}
		if strings.HasPrefix(rec.Msg, "admin endpoints listening") {
			addr = rec.Addr
		}
	}
	if addr == "" {
		t.Fatalf("serve did not log the admin address:\n%s", logs)
	}
	get := func(path string) (int, string) {
		resp, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	if code, body := get("/healthz"); code != http.StatusOK || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	if code, body := get("/readyz"); code != http.StatusOK || body != "ready\n" {
		t.Errorf("/readyz: %d %q", code, body)
	}
	code, body := get("/metrics")
	for _, want := range []string{
		`healthbot_questions_total{intent="figure",mode="extractive"} 1`,
		`healthbot_answer_duration_seconds_count 1`,
		`healthbot_index_passages 138`,
		`healthbot_llm_errors_total 0`,
	} {
		if code != http.StatusOK || !strings.Contains(body, want) {
			t.Errorf("/metrics (%d) lacks %q", code, want)
		}
	}
}

// fakeLLM fails with err.
type fakeLLM struct{ err error }

func (f fakeLLM) Complete(ctx context.Context, msgs []bot.Message, onDelta func(string)) (string, error) {
	return "", f.err
}

func TestCountingLLM(t *testing.T) {
	n := 0
	for _, err := range []error{nil, errors.New("502"), context.DeadlineExceeded, context.Canceled, fmt.Errorf("llm: %w", context.Canceled)} {
		countingLLM{next: fakeLLM{err}, onError: func() { n++ }}.Complete(context.Background(), nil, nil)
	}
	if n != 2 {
		t.Errorf("%d errors counted, want 2 (a failure and a timeout, not the cancellations)", n)
	}
}
