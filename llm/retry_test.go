package llm

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/internal/openaihttp/openaitest"
)

func TestRetryAfter429(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			if n == 1 {
				w.Header().Set("Retry-After", "7")
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
			t.Fatalf("%d calls, want 2", f.n())
		}
		// Retried once, exactly when the server asked (not after a backoff).
		if got := f.start(2).Sub(f.start(1)); got != 7*time.Second {
			t.Errorf("second call %s after the first, want 7s (Retry-After: 7)", got)
		}
		if el := time.Since(start); el != 7*time.Second {
			t.Errorf("took %s, want 7s", el)
		}
	})
}

func TestRetryAfterHTTPDate(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			if n == 1 {
				w.Header().Set("Retry-After", time.Now().Add(12*time.Second).UTC().Format(http.TimeFormat))
				jsonError(w, http.StatusServiceUnavailable, "maintenance", "server_error")
				return
			}
			reply(w, "好的")
		})
		if _, err := f.client(t, nil).Complete(context.Background(), conv, nil); err != nil {
			t.Fatal(err)
		}
		// An HTTP date has whole seconds: the wait is at most 12s.
		if got := f.start(2).Sub(f.start(1)); got <= 11*time.Second || got > 12*time.Second {
			t.Errorf("second call %s after the first, want the date in Retry-After (11-12s)", got)
		}
	})
}

// TestRetryableStatuses checks the statuses the client retries: those of
// openaihttp.RetryableStatus, as the embedder does.
func TestRetryableStatuses(t *testing.T) {
	bubble(t, func(t *testing.T) {
		for _, tc := range []struct {
			status int
			calls  int
			kind   error
		}{
			{408, 2, nil}, {425, 2, nil}, {429, 2, nil}, {500, 2, nil}, {502, 2, nil}, {503, 2, nil},
			{504, 2, nil}, {520, 2, nil}, {524, 2, nil}, {529, 2, nil},
			{400, 1, ErrBadRequest}, {401, 1, ErrAuth}, {402, 1, ErrAuth}, {403, 1, ErrAuth},
			{404, 1, ErrBadRequest}, {409, 1, ErrBadRequest}, {413, 1, ErrBadRequest}, {422, 1, ErrBadRequest},
			{501, 1, ErrUnavailable}, {505, 1, ErrUnavailable},
		} {
			f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
				if n == 1 {
					jsonError(w, tc.status, "failure", "server_error")
					return
				}
				reply(w, "好")
			})
			_, err := f.client(t, nil).Complete(context.Background(), conv, nil)
			if f.n() != tc.calls {
				t.Errorf("HTTP %d: %d calls, want %d", tc.status, f.n(), tc.calls)
			}
			if tc.kind == nil && err != nil || tc.kind != nil && !errors.Is(err, tc.kind) {
				t.Errorf("HTTP %d: err %v, want %v", tc.status, err, tc.kind)
			}
		}
	})
}

func TestServerErrorsExhaustRetries(t *testing.T) {
	bubble(t, func(t *testing.T) {
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
		want := "llm: LLM API unavailable after 3 attempts: HTTP 500: internal error"
		if err.Error() != want {
			t.Errorf("message %q, want %q", err, want)
		}
		// Full jitter: each wait is drawn from [0, 0.5s·2^(n-1)].
		if w := f.start(2).Sub(f.start(1)); w > 500*time.Millisecond {
			t.Errorf("first wait %s, want at most 500ms", w)
		}
		if w := f.start(3).Sub(f.start(2)); w > time.Second {
			t.Errorf("second wait %s, want at most 1s", w)
		}
		if el := time.Since(start); el != f.start(3).Sub(start) {
			t.Errorf("returned %s after the last call, want at once", el-f.start(3).Sub(start))
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
	})
}

const nginx502 = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"

func TestBadGatewayHTMLRetried(t *testing.T) {
	bubble(t, func(t *testing.T) {
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
	})
}

func TestAuthErrorNotRetriedNoKey(t *testing.T) {
	bubble(t, func(t *testing.T) {
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
	})
}

func TestQuotaExhaustedNotRetried(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			jsonError(w, http.StatusTooManyRequests, "You exceeded your current quota", "insufficient_quota")
		})
		_, err := f.client(t, nil).Complete(context.Background(), conv, nil)
		if !errors.Is(err, ErrUnavailable) || f.n() != 1 || !strings.Contains(err.Error(), "quota exhausted") {
			t.Errorf("err %v, %d calls; want ErrUnavailable after 1 call", err, f.n())
		}
	})
}

func TestBadRequestCarriesProviderMessage(t *testing.T) {
	bubble(t, func(t *testing.T) {
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
	})
}

func TestConnectionRefused(t *testing.T) {
	bubble(t, func(t *testing.T) {
		c, err := New(Config{BaseURL: "http://openai.test/v1", Model: "m", APIKey: testKey, MaxRetries: 2,
			HTTPClient: openaitest.RefusingClient()})
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.Complete(context.Background(), conv, nil)
		if !errors.Is(err, ErrUnavailable) || asError(t, err).Attempts != 3 {
			t.Fatalf("err %v; want ErrUnavailable after 3 attempts", err)
		}
		if !strings.Contains(err.Error(), "connection error") || !strings.Contains(err.Error(), "refused") {
			t.Errorf("message %q", err)
		}
		noKey(t, err)
	})
}

func TestCancelReturnsPromptly(t *testing.T) {
	bubble(t, func(t *testing.T) {
		waited := make(chan time.Duration, 1)
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) { waited <- stall(r) })
		c := f.client(t, func(cfg *Config) { cfg.FirstTokenTimeout = time.Minute; cfg.RequestTimeout = time.Minute })
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(100*time.Millisecond, cancel)
		start := time.Now()
		text, err := c.Complete(ctx, conv, nil)
		if el := time.Since(start); el != 100*time.Millisecond {
			t.Errorf("returned after %s, want at the cancellation (100ms)", el)
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
		// The server sees the request abandoned at once.
		if w := <-waited; w != 100*time.Millisecond {
			t.Errorf("server saw the client leave after %s, want 100ms", w)
		}

		// Already cancelled: no request at all.
		if _, err := c.Complete(ctx, conv, nil); !errors.Is(err, context.Canceled) || f.n() != 1 {
			t.Errorf("pre-cancelled: err %v, %d calls", err, f.n())
		}
	})
}

func TestDeadlineShorterThanRetries(t *testing.T) {
	bubble(t, func(t *testing.T) {
		// Every attempt fails at once; backoff would go on well past the
		// deadline. No wait is started that would pass it.
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			jsonError(w, http.StatusServiceUnavailable, "busy", "server_error")
		})
		c := f.client(t, func(cfg *Config) { cfg.MaxRetries = 50 })
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		start := time.Now()
		_, err := c.Complete(ctx, conv, nil)
		if el := time.Since(start); el >= 3*time.Second {
			t.Errorf("5xx: returned after %s, at or past the deadline (3s)", el)
		}
		if !errors.Is(err, ErrUnavailable) || errors.Is(err, context.DeadlineExceeded) ||
			!strings.Contains(err.Error(), "would pass the deadline") {
			t.Errorf("5xx: err %v, want ErrUnavailable refusing a wait past the deadline", err)
		}
		if e := asError(t, err); e.Attempts != f.n() || f.n() < 2 {
			t.Errorf("5xx: Attempts %d, %d calls", e.Attempts, f.n())
		}

		// The server hangs; RequestTimeout and FirstTokenTimeout are longer.
		f2 := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) { stall(r) })
		c2 := f2.client(t, func(cfg *Config) { cfg.FirstTokenTimeout = time.Minute; cfg.RequestTimeout = time.Minute })
		ctx2, cancel2 := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel2()
		start = time.Now()
		_, err = c2.Complete(ctx2, conv, nil)
		if !errors.Is(err, context.DeadlineExceeded) || !errors.Is(err, ErrUnavailable) {
			t.Errorf("hang: err %v, want ErrUnavailable and DeadlineExceeded", err)
		}
		if el := time.Since(start); el != 200*time.Millisecond {
			t.Errorf("hang: returned after %s, want at the deadline (200ms)", el)
		}

		// Retry-After longer than the time left: give up at once.
		f3 := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "5")
			jsonError(w, http.StatusTooManyRequests, "slow down", "rate_limit_error")
		})
		ctx3, cancel3 := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel3()
		start = time.Now()
		_, err = f3.client(t, nil).Complete(ctx3, conv, nil)
		if el := time.Since(start); el != 0 || !errors.Is(err, ErrUnavailable) || f3.n() != 1 {
			t.Errorf("Retry-After past deadline: %s, %d calls, err %v", el, f3.n(), err)
		}
		if err != nil && !strings.Contains(err.Error(), "waiting 5s would pass the deadline") {
			t.Errorf("message %q should mention the deadline", err)
		}
	})
}

func TestRetryAfterCap(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			if n == 1 {
				w.Header().Set("Retry-After", "3600")
				jsonError(w, http.StatusServiceUnavailable, "maintenance", "server_error")
				return
			}
			reply(w, "ok")
		})
		if text, err := f.client(t, nil).Complete(context.Background(), conv, nil); err != nil || text != "ok" {
			t.Fatalf("text %q, err %v", text, err)
		}
		if got := f.start(2).Sub(f.start(1)); got != 30*time.Second {
			t.Errorf("retried after %s, want the cap of 30s", got)
		}
	})
}

func TestErrorMessagesHaveOnePrefix(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			jsonError(w, http.StatusBadRequest, "bad", "invalid_request_error")
		})
		_, err := f.client(t, nil).Complete(context.Background(), conv, nil)
		_, nerr := New(Config{BaseURL: "ftp://x", Model: "m"})
		for _, err := range []error{err, nerr} {
			if err == nil || !strings.HasPrefix(err.Error(), "llm: ") || strings.Contains(err.Error(), "llm: llm:") {
				t.Errorf("message %q, want exactly one llm: prefix", err)
			}
		}
	})
}
