package admin

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// start serves the endpoints on a real port of 127.0.0.1.
func start(t *testing.T, m *Metrics, ready func() error) string {
	t.Helper()
	s, err := Start("127.0.0.1:0", Handler(m, ready), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Shutdown(context.Background()) })
	return "http://" + s.Addr()
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestHealthAndReadiness(t *testing.T) {
	var notReady atomic.Pointer[error]
	err := errors.New("no index loaded")
	notReady.Store(&err)
	base := start(t, NewMetrics(func() float64 { return 0 }), func() error {
		if e := notReady.Load(); e != nil {
			return *e
		}
		return nil
	})
	if code, body := get(t, base+"/healthz"); code != http.StatusOK || body != "ok\n" {
		t.Errorf("/healthz: %d %q", code, body)
	}
	if code, body := get(t, base+"/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "no index loaded") {
		t.Errorf("/readyz before ready: %d %q", code, body)
	}
	notReady.Store(nil)
	if code, body := get(t, base+"/readyz"); code != http.StatusOK || body != "ready\n" {
		t.Errorf("/readyz when ready: %d %q", code, body)
	}
	if code, _ := get(t, base+"/nope"); code != http.StatusNotFound {
		t.Errorf("/nope: %d", code)
	}
}

func TestMetrics(t *testing.T) {
	passages := atomic.Int64{}
	passages.Store(139)
	m := NewMetrics(func() float64 { return float64(passages.Load()) })
	base := start(t, m, func() error { return nil })
	m.Answered("figure", "extractive", 300*time.Millisecond)
	m.Answered("figure", "extractive", 2*time.Second)
	m.Answered("question", "llm", 40*time.Second)
	m.LLMError()
	passages.Store(150)
	code, body := get(t, base+"/metrics")
	if code != http.StatusOK {
		t.Fatalf("/metrics: %d", code)
	}
	for _, want := range []string{
		`healthbot_questions_total{intent="figure",mode="extractive"} 2`,
		`healthbot_questions_total{intent="question",mode="llm"} 1`,
		`healthbot_answer_duration_seconds_bucket{le="0.5"} 1`,
		`healthbot_answer_duration_seconds_bucket{le="2.5"} 2`,
		`healthbot_answer_duration_seconds_count 3`,
		`healthbot_llm_errors_total 1`,
		`healthbot_index_passages 150`,
		`go_goroutines `,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

func TestShutdownStopsListening(t *testing.T) {
	s, err := Start("127.0.0.1:0", Handler(NewMetrics(func() float64 { return 0 }), func() error { return nil }), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if _, err := http.Get("http://" + s.Addr() + "/healthz"); err == nil {
		t.Error("still answering after Shutdown")
	}
	if _, err := Start(s.Addr()+"x", nil, slog.New(slog.DiscardHandler)); err == nil {
		t.Error("a bad address is accepted")
	}
}
