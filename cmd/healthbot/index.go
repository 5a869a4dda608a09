package main

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/config"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/retrieval"
	"github.com/healthbot/healthbot/understand"
)

// embedder builds the configured embedder.
func (e *env) embedder() (retrieval.Embedder, error) {
	c := e.cfg.Embedding
	switch c.Provider {
	case "local":
		return retrieval.NewLocalEmbedder(c.Dimensions)
	case "openai":
		retries := c.MaxRetries
		if retries == 0 {
			retries = -1 // config 0 means no retries; the embedder reads 0 as its default
		}
		remote, err := retrieval.NewOpenAIEmbedder(retrieval.OpenAIConfig{
			BaseURL: c.BaseURL, Model: c.Model, APIKey: e.getenv(c.APIKeyEnv),
			Dimensions: c.Dimensions, SendDimensions: c.SendDimensions,
			BatchSize: c.BatchSize, Concurrency: c.Concurrency, MaxRetries: retries, RequestTimeout: c.Timeout,
		})
		if err != nil {
			return nil, fmt.Errorf("embedding: %w", err)
		}
		// Remote embeddings cost money and time: keep them across ingests.
		cached, err := retrieval.NewCachedEmbedder(remote, retrieval.EmbedCachePath(e.cfg.Index.Dir))
		if err != nil {
			return nil, err
		}
		if lerr := cached.LoadErr(); lerr != nil {
			e.log.Warn("embedding cache unreadable, starting empty", "err", lerr)
		}
		return cached, nil
	default:
		return nil, fmt.Errorf("embedding.provider %q is not supported", c.Provider)
	}
}

// indexKey is the encryption passphrase, from the variable named in config.
func (e *env) indexKey() (string, error) {
	name := e.cfg.Index.EncryptionKeyEnv
	if name == "" {
		return "", nil
	}
	key := e.getenv(name)
	if key == "" {
		return "", fmt.Errorf("index.encryption_key_env names %s, but that variable is empty", name)
	}
	return key, nil
}

// weights turns the retrieval settings into fusion weights.
func (e *env) weights() retrieval.Weights {
	r := e.cfg.Retrieval
	vector := r.VectorWeight
	if e.cfg.Embedding.Provider == "local" {
		vector = r.LocalWeight
	}
	return retrieval.Weights{Vector: vector, Keyword: r.KeywordWeight, RRFK: r.RRFK, Candidates: r.Candidates, MaxPerReport: r.MaxPerReport, Focus: r.FocusWeight}
}

// searchIndex is what the commands search: the embedded index
// (*retrieval.Index) or the Weaviate collection (*retrieval.WeaviateIndex).
type searchIndex interface {
	bot.Searcher
	Evaluate(ctx context.Context, cases []retrieval.EvalCase, modes []corpus.Mode, now time.Time) ([]retrieval.EvalScores, error)
	Access() retrieval.Access
	Close() error
}

var (
	_ searchIndex = (*retrieval.Index)(nil)
	_ searchIndex = (*retrieval.WeaviateIndex)(nil)
)

// weaviate connects to the cluster of retrieval.weaviate_urls.
func (e *env) weaviate() (*retrieval.Weaviate, error) {
	r := e.cfg.Retrieval
	key := ""
	if r.WeaviateAPIKeyEnv != "" {
		if key = e.getenv(r.WeaviateAPIKeyEnv); key == "" {
			return nil, fmt.Errorf("retrieval.weaviate_api_key_env names %s, but that variable is empty", r.WeaviateAPIKeyEnv)
		}
	}
	return retrieval.NewWeaviate(retrieval.WeaviateConfig{URLs: r.WeaviateURLList(), APIKey: key, Replicas: r.WeaviateReplicas, Alias: r.WeaviateCollection})
}

// openIndex opens the search index of the configured backend, building it
// from the corpus folder first (and saying so on stderr) when there is
// none yet or it was built by an older version.
func (e *env) openIndex(ctx context.Context) (searchIndex, error) {
	if e.cfg.Retrieval.Backend == config.BackendWeaviate {
		return e.openWeaviate(ctx, 0)
	}
	return e.openEmbedded(ctx)
}

// openWeaviate opens the collection the alias names, publishing the index
// (an ingest) first when there is none yet or the access folders changed.
// interval > 0 looks for a newly published collection that often (serve).
func (e *env) openWeaviate(ctx context.Context, interval time.Duration) (*retrieval.WeaviateIndex, error) {
	emb, err := e.embedder()
	if err != nil {
		return nil, err
	}
	w, err := e.weaviate()
	if err != nil {
		return nil, err
	}
	opts := retrieval.WeaviateOpenOptions{Weights: e.weights(), ReloadInterval: interval, Logger: e.log}
	wi, err := retrieval.OpenWeaviate(ctx, w, emb, opts)
	accessChanged := false
	if err == nil && !slices.Equal(wi.Access().Folders, e.cfg.Access.Policy().Folders()) {
		wi.Close()
		wi, accessChanged = nil, true
	}
	switch {
	case accessChanged:
		fmt.Fprintf(e.stderr, "The access folders (access.folders) changed since the Weaviate collection %s was published: rebuilding it from %s first.\n", w.Alias(), e.cfg.Corpus.Dir)
	case errors.Is(err, retrieval.ErrNoIndex):
		fmt.Fprintf(e.stderr, "No Weaviate collection %s yet: building it from %s first.\n", w.Alias(), e.cfg.Corpus.Dir)
	default:
		return wi, err
	}
	if _, cerr := e.corpusDir(); cerr != nil {
		return nil, cerr
	}
	start := time.Now()
	sum, err := runIngest(ctx, e)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(e.stderr, "Indexed %d chunks from %d reports in %s.\n", sum.Indexed, sum.Reports, time.Since(start).Round(time.Millisecond))
	return retrieval.OpenWeaviate(ctx, w, emb, opts)
}

// openEmbedded opens the embedded index, building it first when needed
// (see openIndex).
func (e *env) openEmbedded(ctx context.Context) (*retrieval.Index, error) {
	emb, err := e.embedder()
	if err != nil {
		return nil, err
	}
	key, err := e.indexKey()
	if err != nil {
		return nil, err
	}
	opts := retrieval.OpenOptions{Key: key, Weights: e.weights()}
	ix, err := retrieval.Open(e.cfg.Index.Dir, emb, opts)
	accessChanged := false
	if err == nil && !slices.Equal(ix.Access().Folders, e.cfg.Access.Policy().Folders()) {
		// Files of a newly listed folder would be read by everyone.
		ix.Close()
		ix, accessChanged = nil, true
	}
	if accessChanged || errors.Is(err, retrieval.ErrNoIndex) || errors.Is(err, retrieval.ErrOldFormat) {
		if _, cerr := e.corpusDir(); cerr != nil {
			return nil, cerr
		}
	}
	switch {
	case accessChanged:
		fmt.Fprintf(e.stderr, "The access folders (access.folders) changed since the index in %s was built: rebuilding it from %s first.\n", e.cfg.Index.Dir, e.cfg.Corpus.Dir)
	case errors.Is(err, retrieval.ErrNoIndex):
		fmt.Fprintf(e.stderr, "No index in %s yet: building it from %s first.\n", e.cfg.Index.Dir, e.cfg.Corpus.Dir)
	case errors.Is(err, retrieval.ErrOldFormat):
		fmt.Fprintf(e.stderr, "The index in %s was built by an older version: rebuilding it from %s first.\n", e.cfg.Index.Dir, e.cfg.Corpus.Dir)
	default:
		return ix, err
	}
	start := time.Now()
	sum, err := runIngest(ctx, e)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(e.stderr, "Indexed %d chunks from %d reports in %s.\n", sum.Indexed, sum.Reports, time.Since(start).Round(time.Millisecond))
	return retrieval.Open(e.cfg.Index.Dir, emb, opts)
}

// now is the date relative years are read against: --now, else
// HEALTHBOT_NOW, else today.
func (e *env) now(flagValue string) (time.Time, error) {
	v := flagValue
	if v == "" {
		v = e.getenv("HEALTHBOT_NOW")
	}
	if v == "" {
		return time.Now(), nil
	}
	t, err := understand.ParseDate(v)
	if err != nil {
		return time.Time{}, usageError(fmt.Sprintf("date %q is not YYYY-MM-DD", v))
	}
	return t, nil
}
