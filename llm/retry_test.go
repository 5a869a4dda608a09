package llm

import (
	"context"
	"errors"
	"github.com/healthbot/healthbot/internal/retryafter"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestRetryAfter429(t *testing.T) {
	t.Parallel()
	f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
		if n == 1 {
			w.Header().Set("Retry-After", "1")
			jsonError(w, http.StatusTooManyRequests, "Rate limit reached", "rate_limit_error")
			return
		}
		reply(w, "好的")
	})
	start := time.Now()
	text, err := f.client(t, nil).Complete(context.Background(), conv, nil)
	if err != nil || text != "好的" {
		t.Fatalf("text %q, err %v", text, err)
	}
	if f.n() != 2 {
		t.Errorf("%d calls, want 2", f.n())
	}
	// The backoff is 1-5ms in tests: only Retry-After explains a 1s wait.
	if el := time.Since(start); el < 900*time.Millisecond || el > 3*time.Second {
		t.Errorf("took %s, want about 1s (Retry-After: 1)", el)
	}
}

func TestServerErrorsExhaustRetries(t *testing.T) {
	t.Parallel()
	f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusInternalServerError, "internal error", "server_error")
	})
	c := f.client(t, func(cfg *Config) { cfg.MaxRetries = 2 })
	start := time.Now()
	text, err := c.Complete(context.Background(), conv, nil)
	if !errors.Is(err, ErrUnavailable) || text != "" {
		t.Fatalf("text %q, err %v; want ErrUnavailable", text, err)
	}
	e := asError(t, err)
	if f.n() != 3 || e.Attempts != 3 || e.StatusCode != 500 {
		t.Errorf("%d calls, Attempts %d, StatusCode %d; want 3, 3, 500", f.n(), e.Attempts, e.StatusCode)
	}
	if !strings.Contains(err.Error(), "internal error") || !strings.HasPrefix(err.Error(), "llm: ") {
		t.Errorf("message %q", err)
	}
	if el := time.Since(start); el > time.Second {
		t.Errorf("took %s", el)
	}

	// Default retries: 3, so 4 attempts.
	f2 := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusServiceUnavailable, "overloaded", "server_error")
	})
	if _, err := f2.client(t, func(cfg *Config) { cfg.MaxRetries = 0 }).Complete(context.Background(), conv, nil); !errors.Is(err, ErrUnavailable) || f2.n() != 4 {
		t.Errorf("default retries: %d calls, err %v", f2.n(), err)
	}
	// Negative: no retry.
	f3 := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusServiceUnavailable, "overloaded", "server_error")
	})
	if _, err := f3.client(t, func(cfg *Config) { cfg.MaxRetries = -1 }).Complete(context.Background(), conv, nil); !errors.Is(err, ErrUnavailable) || f3.n() != 1 {
		t.Errorf("no retries: %d calls, err %v", f3.n(), err)
	}
}

const nginx502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"

func TestBadGatewayHTMLRetried(t *testing.T) {
	t.Parallel()
	f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
		if n == 1 {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusBadGateway)
			io.WriteString(w, nginx502)
			return
		}
		reply(w, "恢复了")
	})
	text, err := f.client(t, nil).Complete(context.Background(), conv, nil)
	if err != nil || text != "恢复了" || f.n() != 2 {
		t.Fatalf("text %q, err %v, %d calls", text, err, f.n())
	}

	f2 := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusBadGateway)
		io.WriteString(w, nginx502)
	})
	_, err = f2.client(t, func(cfg *Config) { cfg.MaxRetries = 1 }).Complete(context.Background(), conv, nil)
	if !errors.Is(err, ErrUnavailable) || f2.n() != 2 {
		t.Fatalf("err %v, %d calls", err, f2.n())
	}
	if msg := err.Error(); !strings.Contains(msg, "HTTP 502: 502 Bad Gateway") || strings.Contains(msg, "<") {
		t.Errorf("message %q should carry the page title, not HTML", msg)
	}
}

func TestAuthErrorNotRetriedNoKey(t *testing.T) {
	t.Parallel()
	for _, status := range []int{http.StatusUnauthorized, http.StatusForbidden} {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			jsonError(w, status, "Incorrect API key provided: "+testKey+". Bearer "+testKey, "invalid_request_error")
		})
		text, err := f.client(t, nil).Complete(context.Background(), conv, nil)
		if !errors.Is(err, ErrAuth) || text != "" {
			t.Fatalf("HTTP %d: text %q, err %v; want ErrAuth", status, text, err)
		}
		if errors.Is(err, ErrUnavailable) {
			t.Errorf("HTTP %d: also ErrUnavailable", status)
		}
		if f.n() != 1 {
			t.Errorf("HTTP %d: %d calls, want 1 (no retry)", status, f.n())
		}
		noKey(t, err)
		if !strings.HasPrefix(err.Error(), "llm: LLM API rejected the key (HTTP ") ||
			!strings.Contains(err.Error(), "check the variable named by llm.api_key_env") {
			t.Errorf("HTTP %d: message %q", status, err)
		}
	}
}

func TestBadRequestCarriesProviderMessage(t *testing.T) {
	t.Parallel()
	f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusBadRequest,
			"This model's maximum context length is 32768 tokens. However, you requested 40000 tokens. (key "+testKey+")",
			"invalid_request_error")
	})
	_, err := f.client(t, nil).Complete(context.Background(), conv, nil)
	if !errors.Is(err, ErrBadRequest) || f.n() != 1 {
		t.Fatalf("err %v, %d calls; want ErrBadRequest after 1 call", err, f.n())
	}
	if !strings.Contains(err.Error(), "maximum context length is 32768 tokens") || asError(t, err).StatusCode != 400 {
		t.Errorf("message %q", err)
	}
	noKey(t, err)

	// Ollama: 404 with {"error": "..."} (a string, not an object).
	f2 := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		io.WriteString(w, `{"error":"model \"qwen9\" not found, try pulling it first"}`)
	})
	_, err = f2.client(t, nil).Complete(context.Background(), conv, nil)
	if !errors.Is(err, ErrBadRequest) || f2.n() != 1 ||
		!strings.Contains(err.Error(), `model "qwen9" not found`) || !strings.Contains(err.Error(), "llm.model") {
		t.Errorf("404: err %v, %d calls", err, f2.n())
	}

	// vLLM: 422-style {"object":"error","message":...}.
	f3 := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnprocessableEntity)
		io.WriteString(w, `{"object":"error","message":"max_tokens must be at least 1","type":"BadRequestError","code":422}`)
	})
	_, err = f3.client(t, nil).Complete(context.Background(), conv, nil)
	if !errors.Is(err, ErrBadRequest) || !strings.Contains(err.Error(), "max_tokens must be at least 1") {
		t.Errorf("422: err %v", err)
	}
}

func TestConnectionRefused(t *testing.T) {
	t.Parallel()
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	c, err := New(Config{BaseURL: url + "/v1", Model: "m", APIKey: testKey, MaxRetries: 2})
	if err != nil {
		t.Fatal(err)
	}
	c.backoffInitial, c.backoffMax = time.Millisecond, time.Millisecond
	_, err = c.Complete(context.Background(), conv, nil)
	if !errors.Is(err, ErrUnavailable) || asError(t, err).Attempts != 3 {
		t.Fatalf("err %v; want ErrUnavailable after 3 attempts", err)
	}
	noKey(t, err)
}

func TestCancelReturnsPromptly(t *testing.T) {
	t.Parallel()
	f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) { stall(r) })
	c := f.client(t, func(cfg *Config) { cfg.FirstTokenTimeout = 5 * time.Second; cfg.RequestTimeout = 5 * time.Second })
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(100*time.Millisecond, cancel)
	start := time.Now()
	text, err := c.Complete(ctx, conv, nil)
	if el := time.Since(start); el > time.Second {
		t.Errorf("returned after %s", el)
	}
	if !errors.Is(err, context.Canceled) || text != "" {
		t.Fatalf("text %q, err %v; want context.Canceled", text, err)
	}
	if errors.Is(err, ErrUnavailable) {
		t.Errorf("a cancellation is not ErrUnavailable: %v", err)
	}
	if f.n() != 1 {
		t.Errorf("%d calls", f.n())
	}

	// Already cancelled: no request at all.
	if _, err := c.Complete(ctx, conv, nil); !errors.Is(err, context.Canceled) || f.n() != 1 {
		t.Errorf("pre-cancelled: err %v, %d calls", err, f.n())
	}
}

func TestDeadlineShorterThanRetries(t *testing.T) {
	t.Parallel()
	check := func(name string, f *fake, c *Client, d time.Duration) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), d)
		defer cancel()
		start := time.Now()
		_, err := c.Complete(ctx, conv, nil)
		if el := time.Since(start); el > d+150*time.Millisecond {
			t.Errorf("%s: returned after %s, deadline %s", name, el, d)
		}
		if !errors.Is(err, ErrUnavailable) {
			t.Errorf("%s: err %v, want ErrUnavailable", name, err)
		}
	}

	// Every attempt fails fast; backoff would go on well past the deadline.
	f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusServiceUnavailable, "busy", "server_error")
	})
	c := f.client(t, func(cfg *Config) { cfg.MaxRetries = 50 })
	c.backoffInitial, c.backoffMax = 100*time.Millisecond, 100*time.Millisecond
	check("5xx", f, c, 300*time.Millisecond)

	// The server hangs; RequestTimeout and FirstTokenTimeout are longer.
	f2 := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) { stall(r) })
	c2 := f2.client(t, func(cfg *Config) { cfg.FirstTokenTimeout = 5 * time.Second; cfg.RequestTimeout = 5 * time.Second })
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	_, err := c2.Complete(ctx, conv, nil)
	if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, ErrUnavailable) {
		t.Errorf("hang: err %v, want ErrUnavailable and DeadlineExceeded", err)
	}
	check("hang", f2, c2, 200*time.Millisecond)

	// Retry-After longer than the time left: give up at once.
	f3 := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "5")
		jsonError(w, http.StatusTooManyRequests, "slow down", "rate_limit_error")
	})
	c3 := f3.client(t, nil)
	ctx3, cancel3 := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel3()
	start := time.Now()
	_, err = c3.Complete(ctx3, conv, nil)
	if el := time.Since(start); el > 500*time.Millisecond || !errors.Is(err, ErrUnavailable) || f3.n() != 1 {
		t.Errorf("Retry-After past deadline: %s, %d calls, err %v", el, f3.n(), err)
	}
	if err != nil && !strings.Contains(err.Error(), "deadline") {
		t.Errorf("message %q should mention the deadline", err)
	}
}

func TestRetryAfterCap(t *testing.T) {
	t.Parallel()
	f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
		if n == 1 {
			w.Header().Set("Retry-After", "3600")
			jsonError(w, http.StatusServiceUnavailable, "maintenance", "server_error")
			return
		}
		reply(w, "ok")
	})
	c := f.client(t, nil)
	c.retryAfterCap = 50 * time.Millisecond
	start := time.Now()
	if text, err := c.Complete(context.Background(), conv, nil); err != nil || text != "ok" {
		t.Fatalf("text %q, err %v", text, err)
	}
	if el := time.Since(start); el > time.Second {
		t.Errorf("took %s: Retry-After not capped", el)
	}
}

func TestHelpers(t *testing.T) {
	t.Parallel()
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for in, want := range map[string]time.Duration{
		"1": time.Second, "0.5": 500 * time.Millisecond, "": 0, "-3": 0, "soon": 0,
		now.Add(10 * time.Second).Format(http.TimeFormat): 10 * time.Second,
	} {
		if got, _ := retryafter.Parse(in, now); got != want {
			t.Errorf("retryafter.Parse(%q) = %s, want %s", in, got, want)
		}
	}
	for in, want := range map[string]string{
		`{"error":"model not found"}`:    "model not found",
		`{"error":{"message":"bad"}}`:    "bad",
		`{"detail":"Not Found"}`:         "Not Found",
		nginx502:                         "502 Bad Gateway",
		"<p>upstream <b>timeout</b></p>": " upstream  timeout  ",
		"plain text":                     "plain text",
	} {
		if got := bodyMessage([]byte(in)); got != want {
			t.Errorf("bodyMessage(%q) = %q, want %q", in, got, want)
		}
	}
	c := &Client{backoffInitial: 100 * time.Millisecond, backoffMax: 400 * time.Millisecond}
	for n, ceil := range map[int]time.Duration{1: 100, 2: 200, 3: 400, 10: 400} {
		for range 50 {
			if d := c.backoff(n); d < 0 || d > ceil*time.Millisecond {
				t.Fatalf("backoff(%d) = %s, want within [0, %dms]", n, d, ceil)
			}
		}
	}
	r := redactor{"KEY"}
	if got := r.clean("a  KEY\nb" + strings.Repeat("长", 200)); strings.Contains(got, "KEY") || !strings.HasSuffix(got, "...") {
		t.Errorf("clean = %q", got)
	}
}
