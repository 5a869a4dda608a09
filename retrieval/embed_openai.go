package retrieval

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/healthbot/healthbot/internal/retryafter"
	"io"
	"math"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cenkalti/backoff/v5"
	openai "github.com/sashabaranov/go-openai"
)

// OpenAIConfig configures an OpenAIEmbedder.
type OpenAIConfig struct {
	// BaseURL of the OpenAI-compatible API, up to but excluding
	// "/embeddings", e.g. https://dashscope.aliyuncs.com/compatible-mode/v1
	// or http://localhost:11434/v1. Empty means https://api.openai.com/v1.
	BaseURL string
	// Model name sent in every request, e.g. text-embedding-v3, bge-m3.
	Model string
	// APIKey is the key itself (the caller reads it from the environment);
	// it may be empty for local servers. It never appears in errors.
	APIKey string
	// Dimensions is the expected vector length; every vector is checked
	// against it. Also sent as "dimensions" when SendDimensions is true.
	Dimensions int
	// SendDimensions sends the dimensions parameter, for providers that
	// accept it (OpenAI text-embedding-3, DashScope text-embedding-v3).
	SendDimensions bool
	// BatchSize is the number of inputs per request (DashScope allows 10,
	// Zhipu 64, OpenAI 2048). Default 10.
	BatchSize int
	// Concurrency is the number of requests in flight. Default 2.
	Concurrency int
	// MaxRetries is the number of retries of one request on 429, 5xx,
	// timeouts and connection errors. Default 5; negative means none.
	MaxRetries int
	// RequestTimeout bounds each request (through its context). Default 60s.
	RequestTimeout time.Duration
	// HTTPClient is optional. It is copied, not modified; its Transport is
	// wrapped to read Retry-After. Do not set its Timeout.
	HTTPClient *http.Client
}

const (
	defaultOpenAIBaseURL     = "https://api.openai.com/v1"
	defaultEmbedBatchSize    = 10
	defaultEmbedConcurrency  = 2
	defaultEmbedMaxRetries   = 5
	defaultEmbedTimeout      = 60 * time.Second
	defaultBackoffInitial    = 500 * time.Millisecond
	defaultBackoffMax        = 30 * time.Second
	defaultBackoffMaxElapsed = 5 * time.Minute
	maxRetryAfter            = 60 * time.Second
)

// OpenAIEmbedder embeds texts through any OpenAI-compatible /embeddings
// endpoint (OpenAI, vLLM, Ollama /v1, DashScope compatible mode, Zhipu).
// Vectors are L2-normalised. It is safe for concurrent use.
type OpenAIEmbedder struct {
	client      *openai.Client
	model       string
	dims        int
	sendDims    bool
	batchSize   int
	concurrency int
	maxRetries  int
	timeout     time.Duration
	apiKey      string // only to redact it from errors

	// Backoff parameters; unexported so tests can shrink them.
	backoffInitial    time.Duration
	backoffMax        time.Duration
	backoffMaxElapsed time.Duration
	retryAfterCap     time.Duration
}

var _ Embedder = (*OpenAIEmbedder)(nil)

// NewOpenAIEmbedder validates cfg and returns an embedder. It makes no request.
func NewOpenAIEmbedder(cfg OpenAIConfig) (*OpenAIEmbedder, error) {
	if strings.TrimSpace(cfg.Model) == "" {
		return nil, errors.New("openai embedder: model is required")
	}
	if cfg.Dimensions <= 0 {
		return nil, fmt.Errorf("openai embedder: dimensions must be positive, got %d", cfg.Dimensions)
	}
	base := strings.TrimSpace(cfg.BaseURL)
	if base == "" {
		base = defaultOpenAIBaseURL
	}
	u, err := url.Parse(base)
	if err != nil {
		return nil, fmt.Errorf("openai embedder: base URL %q does not parse: %w", redactURL(base), err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("openai embedder: base URL %q must be http:// or https:// with a host", redactURL(base))
	}
	base = strings.TrimRight(base, "/")
	if strings.HasSuffix(u.Path, "/embeddings") || strings.HasSuffix(u.Path, "/embeddings/") {
		return nil, fmt.Errorf("openai embedder: base URL %q must not include /embeddings (it is appended)", redactURL(base))
	}
	if cfg.BatchSize < 0 || cfg.Concurrency < 0 || cfg.RequestTimeout < 0 {
		return nil, errors.New("openai embedder: batch size, concurrency and request timeout must not be negative")
	}

	e := &OpenAIEmbedder{
		model:             cfg.Model,
		dims:              cfg.Dimensions,
		sendDims:          cfg.SendDimensions,
		batchSize:         cfg.BatchSize,
		concurrency:       cfg.Concurrency,
		maxRetries:        cfg.MaxRetries,
		timeout:           cfg.RequestTimeout,
		apiKey:            cfg.APIKey,
		backoffInitial:    defaultBackoffInitial,
		backoffMax:        defaultBackoffMax,
		backoffMaxElapsed: defaultBackoffMaxElapsed,
		retryAfterCap:     maxRetryAfter,
	}
	if e.batchSize == 0 {
		e.batchSize = defaultEmbedBatchSize
	}
	if e.concurrency == 0 {
		e.concurrency = defaultEmbedConcurrency
	}
	switch {
	case e.maxRetries == 0:
		e.maxRetries = defaultEmbedMaxRetries
	case e.maxRetries < 0:
		e.maxRetries = 0
	}
	if e.timeout == 0 {
		e.timeout = defaultEmbedTimeout
	}

	var hc http.Client
	var rt http.RoundTripper
	if cfg.HTTPClient != nil {
		hc = *cfg.HTTPClient // a copy: the caller's client is left alone
		rt = cfg.HTTPClient.Transport
	}
	if rt == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		t.MaxIdleConnsPerHost = max(e.concurrency, t.MaxIdleConnsPerHost)
		rt = t
	}
	hc.Transport = &retryAfterTransport{base: rt}

	oc := openai.DefaultConfig(cfg.APIKey)
	oc.BaseURL = base
	oc.HTTPClient = &hc
	e.client = openai.NewClientWithConfig(oc)
	return e, nil
}

// Name identifies model and dimensions, not the host, so that mirrors of one
// model share an index.
func (e *OpenAIEmbedder) Name() string {
	return "openai:" + e.model + "@" + strconv.Itoa(e.dims)
}

// Dim is the configured vector length.
func (e *OpenAIEmbedder) Dim() int { return e.dims }

// Embed returns one L2-normalised vector per text, in order. Texts are sent
// in batches of BatchSize, Concurrency batches at a time; each request is
// retried on transient failures. The first failure cancels the other batches.
func (e *OpenAIEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	if len(texts) == 0 {
		return out, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("embed: %w", err)
	}
	nb := (len(texts) + e.batchSize - 1) / e.batchSize

	gctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	var (
		mu       sync.Mutex
		firstErr error
		wg       sync.WaitGroup
		launched int
	)
	sem := make(chan struct{}, e.concurrency)
	fail := func(err error) {
		mu.Lock()
		if firstErr == nil {
			firstErr = err
			cancel(err)
		}
		mu.Unlock()
	}

loop:
	for b := 0; b < nb; b++ {
		select {
		case sem <- struct{}{}:
		case <-gctx.Done():
			break loop
		}
		lo, hi := b*e.batchSize, min((b+1)*e.batchSize, len(texts))
		launched++
		wg.Add(1)
		go func(b, lo, hi int) {
			defer wg.Done()
			defer func() { <-sem }()
			vecs, err := e.embedBatch(gctx, texts[lo:hi])
			if err != nil {
				fail(fmt.Errorf("embed batch %d/%d: %w", b+1, nb, err))
				return
			}
			copy(out[lo:hi], vecs)
		}(b, lo, hi)
	}
	wg.Wait()

	if firstErr == nil && launched == nb {
		return out, nil
	}
	if ctx.Err() != nil {
		// The caller gave up: report that rather than a batch's view of it.
		return nil, fmt.Errorf("embed: %w", context.Cause(ctx))
	}
	if firstErr == nil { // not reachable: gctx ends only by fail or ctx
		firstErr = errors.New("embed: interrupted")
	}
	return nil, e.redact(firstErr)
}

// embedBatch sends one request, with retries, and returns normalised vectors
// in input order.
func (e *OpenAIEmbedder) embedBatch(ctx context.Context, batch []string) ([][]float32, error) {
	req := openai.EmbeddingRequest{
		Input: batch,
		Model: openai.EmbeddingModel(e.model),
	}
	if e.sendDims {
		req.Dimensions = e.dims
	}
	op := func() ([][]float32, error) {
		slot := new(retryAfterSlot)
		rctx, cancel := context.WithTimeout(context.WithValue(ctx, retryAfterKey{}, slot), e.timeout)
		defer cancel()
		resp, err := e.client.CreateEmbeddings(rctx, req)
		if err != nil {
			return nil, e.classify(ctx, rctx, err, slot)
		}
		vecs, err := e.place(resp, len(batch))
		if err != nil {
			return nil, backoff.Permanent(err)
		}
		return vecs, nil
	}
	bo := &fullJitter{exp: &backoff.ExponentialBackOff{
		InitialInterval:     e.backoffInitial,
		RandomizationFactor: 0,
		Multiplier:          2,
		MaxInterval:         e.backoffMax,
	}}
	return backoff.Retry(ctx, op,
		backoff.WithBackOff(bo),
		backoff.WithMaxTries(uint(e.maxRetries+1)),
		backoff.WithMaxElapsedTime(e.backoffMaxElapsed),
	)
}

// place orders the response by Index and checks and normalises every vector.
func (e *OpenAIEmbedder) place(resp openai.EmbeddingResponse, n int) ([][]float32, error) {
	if len(resp.Data) != n {
		return nil, fmt.Errorf("model %s returned %d vectors for %d inputs", e.model, len(resp.Data), n)
	}
	out := make([][]float32, n)
	for _, d := range resp.Data {
		if d.Index < 0 || d.Index >= n || out[d.Index] != nil {
			return nil, fmt.Errorf("model %s returned a bad or repeated index %d for %d inputs", e.model, d.Index, n)
		}
		if len(d.Embedding) != e.dims {
			return nil, fmt.Errorf("model %s returned %d-dimensional vectors but embedding.dimensions is %d",
				e.model, len(d.Embedding), e.dims)
		}
		if !normalizeL2(d.Embedding) {
			return nil, fmt.Errorf("model %s returned a vector with NaN or infinite values for input %d", e.model, d.Index)
		}
		out[d.Index] = d.Embedding
	}
	return out, nil
}

// normalizeL2 scales v to unit length in place. A zero vector is left as is.
// It reports false if v holds NaN or infinite values.
func normalizeL2(v []float32) bool {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if math.IsNaN(s) || math.IsInf(s, 0) {
		return false
	}
	if s == 0 {
		return true
	}
	inv := 1 / math.Sqrt(s)
	for i, x := range v {
		v[i] = float32(float64(x) * inv)
	}
	return true
}

// classify turns a failed attempt into a retryable error, a RetryAfter
// error, or a backoff.Permanent error with a clear message.
func (e *OpenAIEmbedder) classify(parent, rctx context.Context, err error, slot *retryAfterSlot) error {
	if parent.Err() != nil {
		return backoff.Permanent(context.Cause(parent))
	}
	if errors.Is(rctx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("request timed out after %s: %w", e.timeout, context.DeadlineExceeded)
	}

	status, msg, isHTTP := httpFailure(err)
	if isHTTP {
		msg = e.clean(msg)
		switch {
		case status == http.StatusUnauthorized || status == http.StatusForbidden:
			return backoff.Permanent(&embedHTTPError{status: status, err: err, msg: fmt.Sprintf(
				"embedding API rejected the key (HTTP %d): check the variable named by embedding.api_key_env%s",
				status, suffix(msg))})
		case status == http.StatusNotFound:
			return backoff.Permanent(&embedHTTPError{status: status, err: err, msg: fmt.Sprintf(
				"embedding model or URL not found (HTTP 404): check embedding.model %q and embedding.base_url%s",
				e.model, suffix(msg))})
		case status == http.StatusBadRequest:
			return backoff.Permanent(&embedHTTPError{status: status, err: err, msg: fmt.Sprintf(
				"embedding API rejected the request (HTTP 400)%s", suffix(msg))})
		case retryableStatus(status):
			herr := &embedHTTPError{status: status, err: err, msg: fmt.Sprintf(
				"embedding API returned HTTP %d%s", status, suffix(msg))}
			if d := slot.get(); d > 0 {
				return &retryAfterError{err: herr, ra: &backoff.RetryAfterError{Duration: min(d, e.retryAfterCap)}}
			}
			return herr
		default:
			return backoff.Permanent(&embedHTTPError{status: status, err: err, msg: fmt.Sprintf(
				"embedding API returned HTTP %d%s", status, suffix(msg))})
		}
	}

	// Transport failures: retry, except those a retry cannot fix.
	var (
		certErr  *tls.CertificateVerificationError
		unkAuth  x509.UnknownAuthorityError
		hostErr  x509.HostnameError
		invalid  x509.CertificateInvalidError
		recErr   tls.RecordHeaderError
		syntax   *json.SyntaxError
		typeErr  *json.UnmarshalTypeError
		netErr   net.Error
		urlErr   *url.Error
		dnsError *net.DNSError
	)
	switch {
	case errors.As(err, &certErr), errors.As(err, &unkAuth), errors.As(err, &hostErr),
		errors.As(err, &invalid), errors.As(err, &recErr):
		return backoff.Permanent(fmt.Errorf("TLS failure talking to the embedding API: %w", err))
	case errors.As(err, &dnsError) && dnsError.IsNotFound:
		return backoff.Permanent(fmt.Errorf("embedding API host not found (check embedding.base_url): %w", err))
	case errors.As(err, &syntax), errors.As(err, &typeErr):
		return backoff.Permanent(fmt.Errorf("embedding API response is not the expected JSON (check embedding.base_url): %w", err))
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		errors.As(err, &netErr), errors.As(err, &urlErr):
		return err
	}
	return backoff.Permanent(err)
}

// httpFailure extracts the HTTP status and the provider's message from a
// go-openai error: *APIError for JSON error bodies, *RequestError for others.
func httpFailure(err error) (status int, msg string, ok bool) {
	var apiErr *openai.APIError
	if errors.As(err, &apiErr) && apiErr.HTTPStatusCode > 0 {
		return apiErr.HTTPStatusCode, apiErr.Message, true
	}
	var reqErr *openai.RequestError
	if errors.As(err, &reqErr) && reqErr.HTTPStatusCode > 0 {
		return reqErr.HTTPStatusCode, string(reqErr.Body), true
	}
	return 0, "", false
}

func retryableStatus(s int) bool {
	switch s {
	case http.StatusRequestTimeout, http.StatusTooManyRequests,
		http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout,
		520, 521, 522, 523, 524: // origin errors reported by Cloudflare-style proxies
		return true
	}
	return false
}

// clean shortens a provider message to one line, without the key.
func (e *OpenAIEmbedder) clean(msg string) string {
	msg = strings.Join(strings.Fields(msg), " ")
	if e.apiKey != "" {
		msg = strings.ReplaceAll(msg, e.apiKey, "[redacted]")
	}
	const limit = 300
	if len(msg) > limit {
		cut := limit
		for cut > 0 && !isRuneStart(msg[cut]) {
			cut--
		}
		msg = msg[:cut] + "..."
	}
	return msg
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func suffix(msg string) string {
	if msg == "" {
		return ""
	}
	return ": " + msg
}

// redact makes sure the key never appears in an error returned to callers.
func (e *OpenAIEmbedder) redact(err error) error {
	if err == nil || e.apiKey == "" || !strings.Contains(err.Error(), e.apiKey) {
		return err
	}
	return &redactedError{msg: strings.ReplaceAll(err.Error(), e.apiKey, "[redacted]"), err: err}
}

type redactedError struct {
	msg string
	err error
}

func (r *redactedError) Error() string { return r.msg }
func (r *redactedError) Unwrap() error { return r.err }

// embedHTTPError is an HTTP failure with a readable message. It unwraps to
// the go-openai error (*openai.APIError or *openai.RequestError).
type embedHTTPError struct {
	status int
	msg    string
	err    error
}

func (h *embedHTTPError) Error() string { return h.msg }
func (h *embedHTTPError) Unwrap() error { return h.err }

// retryAfterError carries both the failure and the server's Retry-After, so
// that backoff.Retry waits as asked but the final error stays meaningful.
type retryAfterError struct {
	err error
	ra  *backoff.RetryAfterError
}

func (r *retryAfterError) Error() string   { return r.err.Error() }
func (r *retryAfterError) Unwrap() []error { return []error{r.err, r.ra} }

// fullJitter draws each wait uniformly from [0, exponential interval].
type fullJitter struct{ exp *backoff.ExponentialBackOff }

func (f *fullJitter) Reset() { f.exp.Reset() }

func (f *fullJitter) NextBackOff() time.Duration {
	d := f.exp.NextBackOff()
	if d <= 0 {
		return d
	}
	return time.Duration(rand.Int64N(int64(d) + 1))
}

// retryAfterTransport records the Retry-After header of 429 and 503
// responses in the slot carried by the request's context, since go-openai
// does not expose response headers on errors.
type retryAfterTransport struct{ base http.RoundTripper }

type retryAfterKey struct{}

type retryAfterSlot struct{ d atomic.Int64 }

func (s *retryAfterSlot) get() time.Duration { return time.Duration(s.d.Load()) }

func (t *retryAfterTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err == nil && (resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable) {
		if slot, ok := req.Context().Value(retryAfterKey{}).(*retryAfterSlot); ok {
			if d, ok := retryafter.Parse(resp.Header.Get("Retry-After"), time.Now()); ok {
				slot.d.Store(int64(d))
			}
		}
	}
	return resp, err
}

// redactURL drops user info from a URL for error messages.
func redactURL(s string) string {
	if u, err := url.Parse(s); err == nil && u.User != nil {
		u.User = nil
		return u.String()
	}
	return s
}
