package openaihttp

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/healthbot/healthbot/internal/openaihttp/openaitest"
)

const testKey = "sk-test-SECRET-0123456789"

func TestCheckBaseURL(t *testing.T) {
	for _, tc := range []struct {
		raw, want, err string
	}{
		{" https://api.deepseek.com/v1/ ", "https://api.deepseek.com/v1", ""},
		{"http://localhost:11434/v1", "http://localhost:11434/v1", ""},
		{"", "", "base URL is required (llm.base_url)"},
		{"api.deepseek.com/v1", "", "must be http:// or https:// with a host (llm.base_url)"},
		{"://x", "", "does not parse (llm.base_url)"},
		{"https://h/v1/chat/completions/", "", "must not include /chat/completions"},
		{"ftp://user:hunter2-pass@h/v1", "", `"ftp://user:xxxxx@h/v1" must be http://`},
		{"ftp://h/v1?key=hunter2-key", "", `"ftp://h/v1?key=[redacted]" must be http://`},
	} {
		got, _, err := CheckBaseURL(tc.raw, "/chat/completions", "llm")
		switch {
		case tc.err == "" && (err != nil || got != tc.want):
			t.Errorf("CheckBaseURL(%q) = %q, %v; want %q", tc.raw, got, err, tc.want)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("CheckBaseURL(%q) error %v; want one containing %q", tc.raw, err, tc.err)
		case err != nil && strings.Contains(err.Error(), "hunter2"):
			t.Errorf("CheckBaseURL(%q) error %q shows a secret", tc.raw, err)
		}
	}
	_, secrets, _ := CheckBaseURL("https://u:pw-secret@h/v1?key=KEY-secret&x=1", "", "llm")
	if got := secrets.Apply("pw-secret KEY-secret 1"); got != "[redacted] [redacted] 1" {
		t.Errorf("secrets of the URL: %q", got)
	}
}

func TestNewValidates(t *testing.T) {
	for name, cfg := range map[string]Config{
		"key newline":    {BaseURL: "http://h/v1", APIKey: "sk-a\nb"},
		"client timeout": {BaseURL: "http://h/v1", HTTPClient: &http.Client{Timeout: time.Second}},
		"no URL":         {Section: "embedding"},
	} {
		if _, err := New(cfg); err == nil {
			t.Errorf("%s: New succeeded", name)
		}
	}
	hc := &http.Client{}
	if _, err := New(Config{BaseURL: "http://h/v1", HTTPClient: hc}); err != nil || hc.Transport != nil {
		t.Errorf("New: %v; the caller's client must be left alone", err)
	}
}

func TestRedactor(t *testing.T) {
	r := Redactor{"KEY-42x"}
	if got := r.Clean("a  KEY-42x\nb" + strings.Repeat("长", 200)); strings.Contains(got, "KEY-42x") ||
		!strings.HasPrefix(got, "a [redacted] b长") || !strings.HasSuffix(got, "...") || len(got) > maxMessage+3 {
		t.Errorf("Clean = %q", got)
	}
	for _, form := range []string{"key-42X", "S0VZLTQyeA==", "a%2FKEY-42x"} {
		if got := (Redactor{"KEY-42x", "a/KEY-42x"}).Apply("quoted " + form); strings.Contains(got, form) {
			t.Errorf("Apply kept the encoded form %q: %q", form, got)
		}
	}
	plain := errors.New("no secret")
	if r.Wrap(plain) != plain {
		t.Error("Wrap changed an error without secrets")
	}
	wrapped := r.Wrap(fmt.Errorf("with KEY-42x: %w", plain))
	if wrapped.Error() != "with [redacted]: no secret" || errors.Is(wrapped, plain) {
		t.Errorf("Wrap = %v (it must not unwrap to the original)", wrapped)
	}
}

func TestBodyMessage(t *testing.T) {
	for in, want := range map[string]string{
		`{"error":"model not found"}`: "model not found",
		`{"error":{"message":"bad"}}`: "bad",
		`{"detail":"Not Found"}`:      "Not Found",
		`{"unknown":1}`:               `{"unknown":1}`,
		"<html><head><title>502 Bad Gateway</title></head><body>x</body></html>": "502 Bad Gateway",
		"<p>upstream <b>timeout</b></p>":                                         " upstream  timeout  ",
		"plain text":                                                             "plain text",
	} {
		if got := BodyMessage([]byte(in)); got != want {
			t.Errorf("BodyMessage(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRetryableStatus(t *testing.T) {
	var got []int
	for s := 100; s < 600; s++ {
		if RetryableStatus(s) {
			got = append(got, s)
		}
	}
	want := []int{408, 425, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524, 529}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("retryable statuses %v, want %v", got, want)
	}
}

// TestClassify sends real requests through go-openai to a fake server and
// checks how each failure is explained.
func TestClassify(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		type reply struct {
			status      int
			contentType string
			header      map[string]string
			body        string
		}
		apiError := func(msg, typ string) string {
			return fmt.Sprintf(`{"error":{"message":%q,"type":%q,"code":null}}`, msg, typ)
		}
		for _, tc := range []struct {
			name       string
			reply      reply
			kind       Kind
			msg        string
			retryAfter time.Duration
		}{
			{"401 quoting the key", reply{401, "application/json", nil, apiError("bad key "+testKey, "invalid_request_error")},
				Auth, "embedding API rejected the key (HTTP 401): check the variable named by embedding.api_key_env", 0},
			{"403", reply{403, "application/json", nil, apiError("no access", "permission")},
				Auth, `embedding API rejected the key (HTTP 403): check the variable named by embedding.api_key_env and the key's access to model "bge-m3": no access`, 0},
			{"402", reply{402, "application/json", nil, apiError("pay", "billing")}, Auth, "embedding API refused the account (HTTP 402): pay", 0},
			{"404 Ollama", reply{404, "application/json", nil, `{"error":"model \"bge-m3\" not found"}`},
				Rejected, `model or URL not found (HTTP 404): check embedding.model "bge-m3" and embedding.base_url: model "bge-m3" not found`, 0},
			{"413", reply{413, "text/plain", nil, "too large"}, Rejected, "embedding API rejected the request (HTTP 413): too large", 0},
			{"429 quota", reply{429, "application/json", nil, apiError("quota", "insufficient_quota")},
				Unavailable, "embedding API quota exhausted (HTTP 429): quota", 0},
			{"429 Retry-After", reply{429, "application/json", map[string]string{"Retry-After": "3"}, apiError("slow down", "rate_limit")},
				Transient, "HTTP 429: slow down", 3 * time.Second},
			{"503 Retry-After date", reply{503, "text/plain", map[string]string{"Retry-After": time.Now().Add(time.Minute).UTC().Format(http.TimeFormat)}, "busy"},
				Transient, "HTTP 503: busy", time.Minute},
			{"529", reply{529, "application/json", nil, apiError("overloaded", "overloaded_error")}, Transient, "HTTP 529: overloaded", 0},
			{"502 HTML", reply{502, "text/html", nil, "<html><head><title>502 Bad Gateway</title></head></html>"},
				Transient, "HTTP 502: 502 Bad Gateway", 0},
			{"501", reply{501, "text/plain", nil, "no"}, Unavailable, "embedding API returned HTTP 501: no", 0},
			{"200 HTML", reply{200, "text/html", nil, "<html>portal</html>"},
				Malformed, "malformed response from the embedding API (check embedding.base_url): invalid character '<' looking for beginning of value", 0},
		} {
			srv := openaitest.NewServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				for k, v := range tc.reply.header {
					w.Header().Set(k, v)
				}
				w.Header().Set("Content-Type", tc.reply.contentType)
				w.WriteHeader(tc.reply.status)
				io.WriteString(w, tc.reply.body)
			}))
			c, err := New(Config{Name: "embedding API", Section: "embedding", BaseURL: srv.URL + "/v1",
				Endpoint: "/embeddings", Model: "bge-m3", APIKey: testKey, HTTPClient: srv.Client()})
			if err != nil {
				t.Fatal(err)
			}
			ctx, ex := Track(context.Background())
			_, err = c.API.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{Input: []string{"x"}, Model: "bge-m3"})
			if err == nil {
				t.Errorf("%s: no error", tc.name)
				continue
			}
			e := c.Classify(err, ex)
			if e.Kind != tc.kind || e.Msg != tc.msg || e.RetryAfter != tc.retryAfter {
				t.Errorf("%s: got %v %q Retry-After %s\nwant %v %q Retry-After %s", tc.name, e.Kind, e.Msg, e.RetryAfter, tc.kind, tc.msg, tc.retryAfter)
			}
			if tc.reply.status >= 400 && (e.Status != tc.reply.status || ex.Status() != tc.reply.status) {
				t.Errorf("%s: Status %d, exchange %d", tc.name, e.Status, ex.Status())
			}
			for u := error(e); u != nil; u = errors.Unwrap(u) {
				if strings.Contains(u.Error(), testKey) {
					t.Errorf("%s: %T %q holds the key", tc.name, u, u)
				}
			}
			srv.Close()
		}

		// No connection at all.
		c, err := New(Config{Name: "LLM API", Section: "llm", BaseURL: "http://openai.test/v1", HTTPClient: openaitest.RefusingClient()})
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.API.CreateEmbeddings(context.Background(), openai.EmbeddingRequestStrings{Input: []string{"x"}})
		if e := c.Classify(err, nil); e.Kind != Transient || !strings.HasPrefix(e.Msg, "connection error: ") {
			t.Errorf("refused: %v %q", e.Kind, e.Msg)
		}
	})
}

// op is an attempt that fails with errs in turn, then succeeds; it records
// when each attempt started.
type op struct {
	errs   []error
	starts []time.Time
}

func (o *op) attempt(ctx context.Context) (string, error) {
	o.starts = append(o.starts, time.Now())
	if n := len(o.starts); n <= len(o.errs) {
		return "", o.errs[n-1]
	}
	return "ok", nil
}

func (o *op) waits() []time.Duration {
	var out []time.Duration
	for i := 1; i < len(o.starts); i++ {
		out = append(out, o.starts[i].Sub(o.starts[i-1]))
	}
	return out
}

var policy = Policy{MaxTries: 4, MaxMalformed: 1, Initial: time.Second, Max: 3 * time.Second, RetryAfterCap: 10 * time.Second}

func TestRetry(t *testing.T) {
	transient := &Error{Kind: Transient, Msg: "HTTP 503"}
	after := func(d time.Duration) error { return &Error{Kind: Transient, Msg: "HTTP 429", RetryAfter: d} }
	malformed := &Error{Kind: Malformed, Msg: "bad JSON"}
	auth := &Error{Kind: Auth, Msg: "HTTP 401"}
	plain := errors.New("not an *Error")

	for _, tc := range []struct {
		name     string
		errs     []error
		ok       bool
		attempts int
		waits    []time.Duration // exact waits; nil: check against the backoff ceilings
	}{
		{"success", nil, true, 1, []time.Duration{}},
		{"Retry-After then success", []error{after(7 * time.Second)}, true, 2, []time.Duration{7 * time.Second}},
		{"Retry-After capped", []error{after(time.Hour)}, true, 2, []time.Duration{10 * time.Second}},
		{"transient exhausted", []error{transient, transient, transient, transient, transient}, false, 4, nil},
		{"one malformed retried", []error{malformed}, true, 2, nil},
		{"two malformed not", []error{malformed, malformed}, false, 2, nil},
		{"auth not retried", []error{auth}, false, 1, []time.Duration{}},
		{"other errors not retried", []error{plain}, false, 1, []time.Duration{}},
		{"wrapped *Error retried", []error{fmt.Errorf("batch 1: %w", transient)}, true, 2, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				o := &op{errs: tc.errs}
				v, st, err := Retry(context.Background(), policy, o.attempt)
				if (err == nil) != tc.ok || tc.ok && v != "ok" {
					t.Errorf("got %q, %v", v, err)
				}
				if !tc.ok && err != tc.errs[st.Attempts-1] {
					t.Errorf("err %v, want the last attempt's", err)
				}
				if st.Attempts != tc.attempts || len(o.starts) != tc.attempts || st.Refused != 0 {
					t.Errorf("Stats %+v, %d attempts; want %d", st, len(o.starts), tc.attempts)
				}
				waits := o.waits()
				if tc.waits != nil {
					if fmt.Sprint(waits) != fmt.Sprint(tc.waits) {
						t.Errorf("waits %v, want %v", waits, tc.waits)
					}
					return
				}
				for i, w := range waits {
					if ceil := min(policy.Initial<<i, policy.Max); w < 0 || w > ceil {
						t.Errorf("wait %d = %s, want within [0, %s]", i+1, w, ceil)
					}
				}
			})
		})
	}
}

func TestRetryDeadline(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		// A Retry-After past the deadline: no wait, the wait is reported.
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		o := &op{errs: []error{&Error{Kind: Transient, RetryAfter: 6 * time.Second}}}
		start := time.Now()
		_, st, err := Retry(ctx, policy, o.attempt)
		if err == nil || st.Attempts != 1 || st.Refused != 6*time.Second || time.Since(start) != 0 {
			t.Errorf("err %v, %+v after %s; want 1 attempt refusing 6s at once", err, st, time.Since(start))
		}

		// A wait ending exactly at the deadline is refused too.
		ctx2, cancel2 := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel2()
		o = &op{errs: []error{&Error{Kind: Transient, RetryAfter: 5 * time.Second}}}
		if _, st, _ := Retry(ctx2, policy, o.attempt); st.Attempts != 1 || st.Refused != 5*time.Second {
			t.Errorf("wait to the deadline: %+v", st)
		}

		// MaxElapsed works the same way.
		p := policy
		p.MaxElapsed = 2 * time.Second
		o = &op{errs: []error{&Error{Kind: Transient, RetryAfter: 3 * time.Second}}}
		if _, st, _ := Retry(context.Background(), p, o.attempt); st.Attempts != 1 || st.Refused != 3*time.Second {
			t.Errorf("MaxElapsed: %+v", st)
		}

		// Cancelled during a wait: at once, with the last attempt's error.
		ctx3, cancel3 := context.WithCancel(context.Background())
		time.AfterFunc(2*time.Second, cancel3)
		last := &Error{Kind: Transient, RetryAfter: 5 * time.Second}
		o = &op{errs: []error{last}}
		start = time.Now()
		_, st, err = Retry(ctx3, policy, o.attempt)
		if err != last || st.Attempts != 1 || time.Since(start) != 2*time.Second || ctx3.Err() == nil {
			t.Errorf("cancelled: err %v, %+v after %s", err, st, time.Since(start))
		}

		// Cancelled before: no attempt.
		o = &op{}
		if _, st, err := Retry(ctx3, policy, o.attempt); !errors.Is(err, context.Canceled) || st.Attempts != 0 || len(o.starts) != 0 {
			t.Errorf("pre-cancelled: err %v, %+v", err, st)
		}
	})
}
