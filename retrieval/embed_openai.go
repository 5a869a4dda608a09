package retrieval

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/healthbot/healthbot/internal/openaihttp"
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
	// MaxRetries is the number of retries of one request on the statuses
	// of openaihttp.RetryableStatus (408, 425, 429, 5xx), timeouts and
	// connection errors; a malformed response is retried once within it.
	// Default 5; negative means none.
	MaxRetries int
	// RequestTimeout bounds each request (through its context). Default 60s.
	RequestTimeout time.Duration
	// HTTPClient is optional. It is copied, not modified; its Transport is
	// wrapped to read Retry-After. Its Timeout must be zero.
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
	maxRetryAfter            = 60 * time.Second // a batch job can wait longer than a chat
	maxMalformed             = 1
)

// OpenAIEmbedder embeds texts through any OpenAI-compatible /embeddings
// endpoint (OpenAI, vLLM, Ollama /v1, DashScope compatible mode, Zhipu).
// Vectors are L2-normalised. It is safe for concurrent use.
type OpenAIEmbedder struct {
	http        *openaihttp.Client
	model       string
	dims        int
	sendDims    bool
	batchSize   int
	concurrency int
	timeout     time.Duration
	policy      openaihttp.Policy
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
	if cfg.BatchSize < 0 || cfg.Concurrency < 0 || cfg.RequestTimeout < 0 {
		return nil, errors.New("openai embedder: batch size, concurrency and request timeout must not be negative")
	}
	base := cfg.BaseURL
	if strings.TrimSpace(base) == "" {
		base = defaultOpenAIBaseURL
	}
	e := &OpenAIEmbedder{
		model:       cfg.Model,
		dims:        cfg.Dimensions,
		sendDims:    cfg.SendDimensions,
		batchSize:   cmp.Or(cfg.BatchSize, defaultEmbedBatchSize),
		concurrency: cmp.Or(cfg.Concurrency, defaultEmbedConcurrency),
		timeout:     cmp.Or(cfg.RequestTimeout, defaultEmbedTimeout),
		policy: openaihttp.Policy{
			MaxTries:      cfg.MaxRetries + 1,
			MaxMalformed:  maxMalformed,
			Initial:       defaultBackoffInitial,
			Max:           defaultBackoffMax,
			RetryAfterCap: maxRetryAfter,
			MaxElapsed:    defaultBackoffMaxElapsed,
		},
	}
	switch {
	case cfg.MaxRetries == 0:
		e.policy.MaxTries = defaultEmbedMaxRetries + 1
	case cfg.MaxRetries < 0:
		e.policy.MaxTries = 1
	}
	api, err := openaihttp.New(openaihttp.Config{
		Name:                "embedding API",
		Section:             "embedding",
		BaseURL:             base,
		Endpoint:            "/embeddings",
		Model:               cfg.Model,
		APIKey:              cfg.APIKey,
		HTTPClient:          cfg.HTTPClient,
		MaxIdleConnsPerHost: e.concurrency,
	})
	if err != nil {
		return nil, fmt.Errorf("openai embedder: %w", err)
	}
	e.http = api
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
	return nil, e.http.Redactor().Wrap(firstErr)
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
	vecs, st, err := openaihttp.Retry(ctx, e.policy, func(ctx context.Context) ([][]float32, error) {
		rctx, ex := openaihttp.Track(ctx)
		rctx, cancel := context.WithTimeout(rctx, e.timeout)
		defer cancel()
		resp, err := e.http.API.CreateEmbeddings(rctx, req)
		switch {
		case err == nil:
			return e.place(resp, len(batch))
		case ctx.Err() != nil:
			return nil, context.Cause(ctx)
		case errors.Is(rctx.Err(), context.DeadlineExceeded):
			return nil, &openaihttp.Error{Kind: openaihttp.Transient, Err: context.DeadlineExceeded,
				Msg: fmt.Sprintf("request timed out after %s", e.timeout)}
		}
		return nil, e.http.Classify(err, ex)
	})
	var herr *openaihttp.Error
	switch {
	case err == nil:
		return vecs, nil
	case ctx.Err() != nil || !errors.As(err, &herr) || !herr.Retryable():
		return nil, err
	case st.Refused > 0:
		return nil, fmt.Errorf("embedding API unavailable after %d attempts (no retry: waiting %s would exceed the time allowed): %w",
			st.Attempts, st.Refused.Round(time.Millisecond), err)
	}
	return nil, fmt.Errorf("embedding API unavailable after %d attempts: %w", st.Attempts, err)
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
