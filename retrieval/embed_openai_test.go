package retrieval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math"
	"net/http"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/healthbot/healthbot/internal/openaihttp/openaitest"
)

const testKey = "sk-test-SECRET-0123456789"

// fakeVec is the raw (unnormalised) vector the fake server returns for text.
func fakeVec(text string, dims int) []float32 {
	h := fnv.New64a()
	h.Write([]byte(text))
	s := h.Sum64()
	v := make([]float32, dims)
	for j := range v {
		s = s*6364136223846793005 + 1442695040888963407
		v[j] = float32(int64(s>>40)%1000+1) / 10 // nonzero, not unit length
	}
	return v
}

func unit(v []float32) []float32 {
	out := slices.Clone(v)
	normalizeL2(out)
	return out
}

type embedReq struct {
	Model      string   `json:"model"`
	Input      []string `json:"input"`
	Dimensions *int     `json:"dimensions"`
}

// fakeOpenAI implements POST {base}/embeddings of the OpenAI API.
type fakeOpenAI struct {
	t        *testing.T
	key      string // expected key; "" means no Authorization header
	model    string
	dims     int  // dimensions returned
	wantDims *int // expected "dimensions" field; nil means absent
	reverse  bool // return data in reversed index order
	delay    time.Duration

	// fail, if set, may answer request number n (from 1) itself.
	fail func(n int, w http.ResponseWriter, r *http.Request) bool

	calls       atomic.Int32
	inFlight    atomic.Int32
	maxInFlight atomic.Int32
	mu          sync.Mutex
	sizes       []int
	inputs      []string
	starts      []time.Time // when each request arrived
}

// start is when request n (1-based) arrived.
func (f *fakeOpenAI) start(n int) time.Time {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.starts[n-1]
}

func (f *fakeOpenAI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := int(f.calls.Add(1))
	f.mu.Lock()
	f.starts = append(f.starts, time.Now())
	f.mu.Unlock()
	cur := f.inFlight.Add(1)
	defer f.inFlight.Add(-1)
	for {
		m := f.maxInFlight.Load()
		if cur <= m || f.maxInFlight.CompareAndSwap(m, cur) {
			break
		}
	}

	if r.Method != http.MethodPost || r.URL.Path != "/v1/embeddings" {
		f.t.Errorf("request %s %s, want POST /v1/embeddings", r.Method, r.URL.Path)
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	wantAuth := ""
	if f.key != "" {
		wantAuth = "Bearer " + f.key
	}
	if got := r.Header.Get("Authorization"); got != wantAuth {
		f.t.Errorf("Authorization %q, want %q", got, wantAuth)
	}
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		f.t.Errorf("Content-Type %q", ct)
	}
	var req embedReq
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		f.t.Errorf("decode body: %v", err)
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if req.Model != f.model {
		f.t.Errorf("model %q, want %q", req.Model, f.model)
	}
	if len(req.Input) == 0 {
		f.t.Errorf("empty input")
	}
	switch {
	case f.wantDims == nil && req.Dimensions != nil:
		f.t.Errorf("dimensions sent (%d) but not wanted", *req.Dimensions)
	case f.wantDims != nil && (req.Dimensions == nil || *req.Dimensions != *f.wantDims):
		f.t.Errorf("dimensions %v, want %d", req.Dimensions, *f.wantDims)
	}

	if f.fail != nil && f.fail(n, w, r) {
		return
	}
	if f.delay > 0 {
		select {
		case <-time.After(f.delay):
		case <-r.Context().Done():
			return
		}
	}
	f.mu.Lock()
	f.sizes = append(f.sizes, len(req.Input))
	f.inputs = append(f.inputs, req.Input...)
	f.mu.Unlock()

	type item struct {
		Object    string    `json:"object"`
		Index     int       `json:"index"`
		Embedding []float32 `json:"embedding"`
	}
	data := make([]item, len(req.Input))
	for i, text := range req.Input {
		data[i] = item{"embedding", i, fakeVec(text, f.dims)}
	}
	if f.reverse {
		slices.Reverse(data)
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"object": "list",
		"data":   data,
		"model":  f.model,
		"usage":  map[string]int{"prompt_tokens": len(req.Input), "total_tokens": len(req.Input)},
	})
}

func writeAPIError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"error":{"message":%q,"type":"invalid_request_error","param":null,"code":null}}`, msg)
}

// startFake serves f over in-memory connections that speak HTTP/1.1 (see
// openaitest). Inside a synctest bubble, create it inside the bubble.
func startFake(t *testing.T, f *fakeOpenAI) *openaitest.Server {
	t.Helper()
	f.t = t
	if f.model == "" {
		f.model = "bge-m3"
	}
	return openaitest.NewServer(t, f)
}

// newTestEmbedder builds an embedder against srv. Its timeouts and backoff
// keep their real sizes: the tests run on a fake clock (fakeClock).
func newTestEmbedder(t *testing.T, srv *openaitest.Server, cfg OpenAIConfig) *OpenAIEmbedder {
	t.Helper()
	cfg.BaseURL = srv.URL + "/v1"
	cfg.HTTPClient = srv.Client()
	if cfg.Model == "" {
		cfg.Model = "bge-m3"
	}
	if cfg.APIKey == "" {
		cfg.APIKey = testKey
	}
	e, err := NewOpenAIEmbedder(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// fakeClock runs test on a fake clock (testing/synctest): waits take no
// real time, and time.Since measures exactly the waits of the code under
// test.
func fakeClock(t *testing.T, test func(t *testing.T)) {
	t.Helper()
	synctest.Test(t, test)
}

func texts(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("passage %02d about blood pressure", i)
	}
	return out
}

func checkVectors(t *testing.T, in []string, got [][]float32, dims int) {
	t.Helper()
	if len(got) != len(in) {
		t.Fatalf("got %d vectors for %d texts", len(got), len(in))
	}
	for i, v := range got {
		want := unit(fakeVec(in[i], dims))
		if len(v) != dims {
			t.Fatalf("vector %d has %d values", i, len(v))
		}
		var norm float64
		for j := range v {
			norm += float64(v[j]) * float64(v[j])
			if math.Abs(float64(v[j]-want[j])) > 1e-6 {
				t.Fatalf("vector %d differs from that of %q at %d: %v vs %v", i, in[i], j, v[j], want[j])
			}
		}
		if math.Abs(norm-1) > 1e-5 {
			t.Fatalf("vector %d has squared norm %v, want 1", i, norm)
		}
	}
}

func TestOpenAIEmbedderBatchesInOrder(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		f := &fakeOpenAI{key: testKey, dims: 8, reverse: true}
		srv := startFake(t, f)
		e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 8, BatchSize: 10})

		if got, want := e.Name(), "openai:bge-m3@8"; got != want {
			t.Errorf("Name() = %q, want %q", got, want)
		}
		if e.Dim() != 8 {
			t.Errorf("Dim() = %d", e.Dim())
		}
		in := texts(25)
		got, err := e.Embed(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		checkVectors(t, in, got, 8)
		f.mu.Lock()
		sizes := slices.Clone(f.sizes)
		sent := slices.Clone(f.inputs)
		f.mu.Unlock()
		slices.Sort(sizes)
		if !slices.Equal(sizes, []int{5, 10, 10}) {
			t.Errorf("request sizes %v, want 10, 10, 5", sizes)
		}
		slices.Sort(sent)
		if !slices.Equal(sent, in) {
			t.Errorf("inputs sent %v, want each text once", sent)
		}

		// Nothing to embed: no request.
		before := f.calls.Load()
		if got, err := e.Embed(context.Background(), nil); err != nil || len(got) != 0 {
			t.Errorf("Embed(nil) = %v, %v", got, err)
		}
		if f.calls.Load() != before {
			t.Error("Embed(nil) made a request")
		}
	})
}

func TestOpenAIEmbedderSendDimensionsAndNoKey(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		dims := 8
		f := &fakeOpenAI{dims: 8, wantDims: &dims, model: "text-embedding-v3"}
		srv := startFake(t, f)
		e, err := NewOpenAIEmbedder(OpenAIConfig{
			BaseURL: srv.URL + "/v1/", Model: "text-embedding-v3", Dimensions: 8, SendDimensions: true,
			HTTPClient: srv.Client(),
		})
		if err != nil {
			t.Fatal(err)
		}
		in := texts(3)
		got, err := e.Embed(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		checkVectors(t, in, got, 8)
	})
}

func TestOpenAIEmbedderConcurrencyLimit(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		f := &fakeOpenAI{key: testKey, dims: 4, delay: 20 * time.Millisecond}
		srv := startFake(t, f)
		e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4, BatchSize: 5, Concurrency: 3})
		in := texts(60)
		start := time.Now()
		got, err := e.Embed(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		checkVectors(t, in, got, 4)
		if n := f.calls.Load(); n != 12 {
			t.Errorf("%d requests, want 12", n)
		}
		// 12 requests of 20ms, exactly 3 at a time: 4 rounds.
		if m := f.maxInFlight.Load(); m != 3 {
			t.Errorf("max in flight %d, want 3", m)
		}
		if el := time.Since(start); el != 80*time.Millisecond {
			t.Errorf("took %s, want 4 rounds of 20ms", el)
		}
	})
}

func TestOpenAIEmbedderRetries429(t *testing.T) {
	for _, tc := range []struct {
		name       string
		retryAfter string
		wait       time.Duration // exact wait before the retry; 0: a backoff of at most 500ms
	}{
		{"without Retry-After", "", 0},
		{"with Retry-After", "7", 7 * time.Second},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fakeClock(t, func(t *testing.T) {
				f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
					if n > 1 {
						return false
					}
					if tc.retryAfter != "" {
						w.Header().Set("Retry-After", tc.retryAfter)
					}
					writeAPIError(w, http.StatusTooManyRequests, "Rate limit reached")
					return true
				}}
				srv := startFake(t, f)
				e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4})
				in := texts(3)
				got, err := e.Embed(context.Background(), in)
				if err != nil {
					t.Fatal(err)
				}
				checkVectors(t, in, got, 4)
				if n := f.calls.Load(); n != 2 {
					t.Fatalf("%d requests, want 2", n)
				}
				w := f.start(2).Sub(f.start(1))
				if tc.wait > 0 && w != tc.wait {
					t.Errorf("retried after %s, want exactly %s (Retry-After)", w, tc.wait)
				}
				if tc.wait == 0 && w > 500*time.Millisecond {
					t.Errorf("retried after %s, want a backoff of at most 500ms", w)
				}
			})
		})
	}
}

func TestOpenAIEmbedderRetryAfterIsCapped(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
			if n > 1 {
				return false
			}
			w.Header().Set("Retry-After", "3600")
			writeAPIError(w, http.StatusTooManyRequests, "slow down")
			return true
		}}
		srv := startFake(t, f)
		e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4})
		if _, err := e.Embed(context.Background(), texts(2)); err != nil {
			t.Fatal(err)
		}
		if w := f.start(2).Sub(f.start(1)); w != time.Minute {
			t.Errorf("retried after %s; want the cap of 1m", w)
		}
	})
}

// TestOpenAIEmbedderRetryableStatuses checks the statuses the embedder
// retries: those of openaihttp.RetryableStatus, as the chat client does.
func TestOpenAIEmbedderRetryableStatuses(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		for _, tc := range []struct {
			status int
			calls  int32
		}{
			{408, 2}, {425, 2}, {429, 2}, {500, 2}, {502, 2}, {503, 2}, {504, 2}, {520, 2}, {524, 2}, {529, 2},
			{400, 1}, {401, 1}, {402, 1}, {403, 1}, {404, 1}, {409, 1}, {413, 1}, {422, 1}, {501, 1}, {505, 1},
		} {
			f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
				if n > 1 {
					return false
				}
				writeAPIError(w, tc.status, "failure")
				return true
			}}
			srv := startFake(t, f)
			e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4})
			_, err := e.Embed(context.Background(), texts(1))
			if n := f.calls.Load(); n != tc.calls {
				t.Errorf("HTTP %d: %d requests, want %d", tc.status, n, tc.calls)
			}
			if (tc.calls == 2) != (err == nil) {
				t.Errorf("HTTP %d: err %v", tc.status, err)
			}
		}

		// An exhausted quota is a 429 that no retry fixes.
		f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"error":{"message":"You exceeded your current quota","type":"insufficient_quota","code":"insufficient_quota"}}`)
			return true
		}}
		srv := startFake(t, f)
		_, err := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4}).Embed(context.Background(), texts(1))
		if n := f.calls.Load(); n != 1 || err == nil || !strings.Contains(err.Error(), "quota exhausted") {
			t.Errorf("quota: %d requests, err %v", n, err)
		}
	})
}

func TestOpenAIEmbedder500Exhausted(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
			writeAPIError(w, http.StatusInternalServerError, "internal error")
			return true
		}}
		srv := startFake(t, f)
		e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4, MaxRetries: 3})
		start := time.Now()
		_, err := e.Embed(context.Background(), texts(3))
		if err == nil {
			t.Fatal("no error")
		}
		if n := f.calls.Load(); n != 4 {
			t.Fatalf("%d attempts, want MaxRetries+1 = 4", n)
		}
		// Full jitter: the waits are drawn from [0, 0.5s], [0, 1s], [0, 2s].
		for i, ceil := range []time.Duration{500 * time.Millisecond, time.Second, 2 * time.Second} {
			if w := f.start(i + 2).Sub(f.start(i + 1)); w > ceil {
				t.Errorf("wait %d: %s, want at most %s", i+1, w, ceil)
			}
		}
		if el := time.Since(start); el != f.start(4).Sub(start) {
			t.Errorf("returned %s after the last attempt, want at once", el-f.start(4).Sub(start))
		}
		want := "embed batch 1/1: embedding API unavailable after 4 attempts: HTTP 500: internal error"
		if err.Error() != want {
			t.Errorf("error %q, want %q", err, want)
		}
		var apiErr *openai.APIError
		if !errors.As(err, &apiErr) || apiErr.HTTPStatusCode != 500 {
			t.Errorf("error does not unwrap to *openai.APIError with status 500: %v", err)
		}
	})
}

func TestOpenAIEmbedderNoRetries(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
			writeAPIError(w, http.StatusServiceUnavailable, "busy")
			return true
		}}
		srv := startFake(t, f)
		e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4, MaxRetries: -1})
		if _, err := e.Embed(context.Background(), texts(1)); err == nil {
			t.Fatal("no error")
		}
		if n := f.calls.Load(); n != 1 {
			t.Errorf("%d attempts, want 1", n)
		}
	})
}

const proxyPage = "<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>"

func TestOpenAIEmbedderRetries502HTML(t *testing.T) {
	html502 := func(w http.ResponseWriter) {
		w.Header().Set("Content-Type", "text/html")
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprint(w, proxyPage)
	}
	t.Run("then success", func(t *testing.T) {
		fakeClock(t, func(t *testing.T) {
			f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
				if n <= 2 {
					html502(w)
					return true
				}
				return false
			}}
			srv := startFake(t, f)
			e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4})
			in := texts(4)
			got, err := e.Embed(context.Background(), in)
			if err != nil {
				t.Fatal(err)
			}
			checkVectors(t, in, got, 4)
			if n := f.calls.Load(); n != 3 {
				t.Errorf("%d requests, want 3", n)
			}
		})
	})
	t.Run("exhausted", func(t *testing.T) {
		fakeClock(t, func(t *testing.T) {
			f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
				html502(w)
				return true
			}}
			srv := startFake(t, f)
			e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4, MaxRetries: 2})
			_, err := e.Embed(context.Background(), texts(4))
			var reqErr *openai.RequestError
			if !errors.As(err, &reqErr) || reqErr.HTTPStatusCode != 502 {
				t.Fatalf("error %v does not unwrap to *openai.RequestError 502", err)
			}
			if n := f.calls.Load(); n != 3 {
				t.Errorf("%d requests, want 3", n)
			}
			if !strings.Contains(err.Error(), "HTTP 502: 502 Bad Gateway") || strings.ContainsAny(err.Error(), "\n<") {
				t.Errorf("error %q should carry the page title, not HTML", err)
			}
		})
	})
}

func TestOpenAIEmbedderMalformedRetriedOnce(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		// A 200 that is not JSON (a portal's page): retried once only.
		f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<html><body>欢迎访问</body></html>")
			return true
		}}
		srv := startFake(t, f)
		e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4, MaxRetries: 5})
		_, err := e.Embed(context.Background(), texts(1))
		if n := f.calls.Load(); n != 2 {
			t.Errorf("%d requests, want 2 (one retry of a malformed response)", n)
		}
		if err == nil || !strings.Contains(err.Error(), "malformed response from the embedding API (check embedding.base_url)") {
			t.Errorf("error %v", err)
		}
	})
}

func TestOpenAIEmbedderPermanentErrors(t *testing.T) {
	for _, tc := range []struct {
		status int
		body   string
		want   []string
	}{
		{401, "Incorrect API key provided: " + testKey, []string{
			"embedding API rejected the key (HTTP 401)", "embedding.api_key_env"}},
		{403, "access denied", []string{"embedding API rejected the key (HTTP 403)"}},
		{404, "The model `bge-m3` does not exist", []string{"not found (HTTP 404)", "bge-m3", "embedding.base_url"}},
		{400, "input must have less than 8192 tokens", []string{
			"HTTP 400", "input must have less than 8192 tokens"}},
		{422, "unprocessable", []string{"HTTP 422", "unprocessable"}},
	} {
		t.Run(fmt.Sprint(tc.status), func(t *testing.T) {
			fakeClock(t, func(t *testing.T) {
				f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
					writeAPIError(w, tc.status, tc.body)
					return true
				}}
				srv := startFake(t, f)
				e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4, BatchSize: 2})
				_, err := e.Embed(context.Background(), texts(2))
				if err == nil {
					t.Fatal("no error")
				}
				msg := err.Error()
				if !strings.HasPrefix(msg, "embed batch 1/1: ") {
					t.Errorf("error %q lacks the batch prefix", msg)
				}
				for _, w := range tc.want {
					if !strings.Contains(msg, w) {
						t.Errorf("error %q lacks %q", msg, w)
					}
				}
				if strings.Contains(msg, testKey) {
					t.Errorf("error %q contains the key", msg)
				}
				if n := f.calls.Load(); n != 1 {
					t.Errorf("%d requests, want 1 (no retry)", n)
				}
			})
		})
	}
}

func TestOpenAIEmbedderProxyHTML401(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprint(w, "<html><body>401 Authorization Required, got "+r.Header.Get("Authorization")+"</body></html>")
			return true
		}}
		srv := startFake(t, f)
		e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4})
		_, err := e.Embed(context.Background(), texts(1))
		if err == nil || !strings.Contains(err.Error(), "rejected the key (HTTP 401)") {
			t.Fatalf("error %v", err)
		}
		if strings.Contains(err.Error(), testKey) {
			t.Errorf("error %q contains the key", err)
		}
		for e := errors.Unwrap(err); e != nil; e = errors.Unwrap(e) {
			if strings.Contains(e.Error(), testKey) {
				t.Errorf("wrapped error %T %q contains the key", e, e)
			}
		}
		if n := f.calls.Load(); n != 1 {
			t.Errorf("%d requests, want 1", n)
		}
	})
}

func TestOpenAIEmbedderDimensionMismatch(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		f := &fakeOpenAI{key: testKey, dims: 768}
		srv := startFake(t, f)
		e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 1024})
		_, err := e.Embed(context.Background(), texts(3))
		if err == nil {
			t.Fatal("no error")
		}
		want := "model bge-m3 returned 768-dimensional vectors but embedding.dimensions is 1024"
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
		if n := f.calls.Load(); n != 1 {
			t.Errorf("%d requests, want 1 (no retry)", n)
		}
	})
}

func TestOpenAIEmbedderWrongCount(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"object":"list","data":[{"object":"embedding","index":0,"embedding":[1,0,0,0]}],"model":"bge-m3","usage":{"prompt_tokens":1,"total_tokens":1}}`)
			return true
		}}
		srv := startFake(t, f)
		e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4})
		_, err := e.Embed(context.Background(), texts(2))
		if err == nil || !strings.Contains(err.Error(), "returned 1 vectors for 2 inputs") {
			t.Fatalf("error %v", err)
		}
	})
}

func TestOpenAIEmbedderParentCancel(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		f := &fakeOpenAI{key: testKey, dims: 4, delay: 10 * time.Second}
		srv := startFake(t, f)
		e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4, BatchSize: 1, Concurrency: 2})
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(50*time.Millisecond, cancel)
		start := time.Now()
		_, err := e.Embed(ctx, texts(10))
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("error %v, want context.Canceled", err)
		}
		if el := time.Since(start); el != 50*time.Millisecond {
			t.Errorf("returned after %s, want at the cancellation (50ms)", el)
		}
		if n := f.calls.Load(); n != 2 {
			t.Errorf("%d requests, want the 2 in flight (no retries, no new batches)", n)
		}
	})
}

func TestOpenAIEmbedderRequestTimeoutRetried(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		abandoned := make(chan time.Duration, 1)
		f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
			if n == 1 {
				start := time.Now()
				select { // hang past the per-request timeout
				case <-r.Context().Done():
				case <-time.After(time.Hour):
				}
				abandoned <- time.Since(start)
				return true
			}
			return false
		}}
		srv := startFake(t, f)
		e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4, RequestTimeout: 100 * time.Millisecond})
		in := texts(2)
		got, err := e.Embed(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		checkVectors(t, in, got, 4)
		if n := f.calls.Load(); n != 2 {
			t.Errorf("%d requests, want 2", n)
		}
		if d := <-abandoned; d != 100*time.Millisecond {
			t.Errorf("first request abandoned after %s, want the 100ms timeout", d)
		}
		if w := f.start(2).Sub(f.start(1)); w < 100*time.Millisecond || w > 600*time.Millisecond {
			t.Errorf("second request %s after the first, want the 100ms timeout + at most 500ms backoff", w)
		}
	})
}

func TestOpenAIEmbedderDeadlineRefusesLongWait(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		f := &fakeOpenAI{key: testKey, dims: 4, fail: func(n int, w http.ResponseWriter, r *http.Request) bool {
			w.Header().Set("Retry-After", "30")
			writeAPIError(w, http.StatusTooManyRequests, "slow down")
			return true
		}}
		srv := startFake(t, f)
		e := newTestEmbedder(t, srv, OpenAIConfig{Dimensions: 4})
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		start := time.Now()
		_, err := e.Embed(ctx, texts(1))
		if el := time.Since(start); el != 0 {
			t.Errorf("returned after %s, want at once", el)
		}
		if n := f.calls.Load(); n != 1 || err == nil || !strings.Contains(err.Error(), "no retry: waiting 30s") {
			t.Errorf("%d requests, err %v", n, err)
		}
	})
}

func TestOpenAIEmbedderConnectionRefusedRetried(t *testing.T) {
	fakeClock(t, func(t *testing.T) {
		var tries atomic.Int32
		refusing := openaitest.RefusingClient().Transport
		hc := &http.Client{Transport: roundTripFunc(func(r *http.Request) (*http.Response, error) {
			tries.Add(1)
			return refusing.RoundTrip(r)
		})}
		e, err := NewOpenAIEmbedder(OpenAIConfig{BaseURL: "http://openai.test/v1", Model: "m", Dimensions: 4,
			MaxRetries: 2, HTTPClient: hc})
		if err != nil {
			t.Fatal(err)
		}
		_, err = e.Embed(context.Background(), texts(1))
		if err == nil || !strings.Contains(err.Error(), "after 3 attempts: connection error") {
			t.Fatalf("error %v", err)
		}
		if n := tries.Load(); n != 3 {
			t.Errorf("%d attempts, want 3", n)
		}
	})
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestNewOpenAIEmbedderValidates(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  OpenAIConfig
		want string
	}{
		{"no model", OpenAIConfig{Dimensions: 4}, "model is required"},
		{"no dims", OpenAIConfig{Model: "m"}, "dimensions must be positive"},
		{"bad url", OpenAIConfig{Model: "m", Dimensions: 4, BaseURL: "://nope"}, "does not parse"},
		{"no scheme", OpenAIConfig{Model: "m", Dimensions: 4, BaseURL: "localhost:8000/v1"}, "http"},
		{"embeddings suffix", OpenAIConfig{Model: "m", Dimensions: 4, BaseURL: "http://h/v1/embeddings"}, "/embeddings"},
		{"password shown", OpenAIConfig{Model: "m", Dimensions: 4, BaseURL: "ftp://u:hunter2-secret@h/v1"}, "xxxxx"},
		{"client timeout", OpenAIConfig{Model: "m", Dimensions: 4, HTTPClient: &http.Client{Timeout: time.Second}}, "Timeout"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewOpenAIEmbedder(tc.cfg)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
			if err != nil && (strings.Contains(err.Error(), "hunter2") || strings.Count(err.Error(), "openai embedder:") != 1) {
				t.Errorf("error %q: a secret, or not exactly one prefix", err)
			}
		})
	}

	e, err := NewOpenAIEmbedder(OpenAIConfig{Model: "text-embedding-3-small", Dimensions: 512})
	if err != nil {
		t.Fatal(err)
	}
	if e.batchSize != 10 || e.concurrency != 2 || e.policy.MaxTries != 6 || e.timeout != 60*time.Second {
		t.Errorf("defaults: batch %d, concurrency %d, tries %d, timeout %v",
			e.batchSize, e.concurrency, e.policy.MaxTries, e.timeout)
	}
	if e.Name() != "openai:text-embedding-3-small@512" {
		t.Errorf("Name() = %q", e.Name())
	}

	// The caller's client is not modified.
	hc := &http.Client{}
	if _, err := NewOpenAIEmbedder(OpenAIConfig{Model: "m", Dimensions: 4, HTTPClient: hc}); err != nil {
		t.Fatal(err)
	}
	if hc.Transport != nil {
		t.Error("caller's HTTP client was modified")
	}
}
