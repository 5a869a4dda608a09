package retrieval

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/healthbot/healthbot/corpus"
)

// WeaviateIndex searches the live collection of a Weaviate cluster: the
// collection the alias names when it was opened, or last reloaded. Its
// searches rank what Weaviate finds with the embedded index's code
// (search.go, figures.go). When the alias moves (an ingest published) it
// switches to the new collection: at Reload, every ReloadInterval, and at
// once when a search finds its collection dropped. It is safe for
// concurrent use.
type WeaviateIndex struct {
	w       *Weaviate
	emb     Embedder // as configured; each generation's has its IDF
	weights Weights
	log     *slog.Logger

	mu   sync.RWMutex
	live *wvGeneration

	reload    sync.Mutex // one Reload at a time
	stop      chan struct{}
	done      chan struct{}
	closeOnce sync.Once
}

// wvGeneration is an opened collection: its name and records.
type wvGeneration struct {
	w     *Weaviate
	class string
	rec   wvGenRecord
	emb   Embedder
	chars charStats
	terms *termStats // of the keyword index, for rescore
}

// WeaviateOpenOptions say how to open a WeaviateIndex.
type WeaviateOpenOptions struct {
	Weights Weights
	// ReloadInterval is how often to look for a collection newly published
	// under the alias; 0 looks only at Reload and when a search finds its
	// collection gone.
	ReloadInterval time.Duration
	Logger         *slog.Logger
}

// OpenWeaviate opens the collection the alias names for searching with
// emb. No alias yet is ErrNoIndex; a collection built by another embedder
// is refused with an error that says to re-ingest.
func OpenWeaviate(ctx context.Context, w *Weaviate, emb Embedder, opts WeaviateOpenOptions) (*WeaviateIndex, error) {
	wi := &WeaviateIndex{w: w, emb: emb, weights: opts.Weights, log: opts.Logger, stop: make(chan struct{}), done: make(chan struct{})}
	if wi.weights == (Weights{}) {
		wi.weights = DefaultWeights()
	}
	if wi.log == nil {
		wi.log = slog.New(slog.DiscardHandler)
	}
	g, err := wi.open(ctx)
	if err != nil {
		return nil, err
	}
	wi.live = g
	if opts.ReloadInterval <= 0 {
		close(wi.done)
		return wi, nil
	}
	go func() {
		defer close(wi.done)
		t := time.NewTicker(opts.ReloadInterval)
		defer t.Stop()
		for {
			select {
			case <-wi.stop:
				return
			case <-t.C:
				rctx, cancel := context.WithTimeout(context.Background(), opts.ReloadInterval+w.cfg.Timeout)
				wi.Reload(rctx)
				cancel()
			}
		}
	}()
	return wi, nil
}

// open opens the collection the alias names now.
func (wi *WeaviateIndex) open(ctx context.Context) (*wvGeneration, error) {
	class, err := wi.w.aliasTarget(ctx)
	if err != nil {
		return nil, err
	}
	if class == "" {
		return nil, fmt.Errorf("weaviate alias %s: %w", wi.w.Alias(), ErrNoIndex)
	}
	rec, blobs, err := wi.w.readGeneration(ctx, class)
	if err != nil {
		return nil, err
	}
	m := rec.Manifest
	if m.Embedder != wi.emb.Name() || m.Dim != wi.emb.Dim() {
		return nil, fmt.Errorf("weaviate collection %s was built with embedder %s (%d dimensions) but %s (%d dimensions) is configured: run healthbot ingest to rebuild it", class, m.Embedder, m.Dim, wi.emb.Name(), wi.emb.Dim())
	}
	g := &wvGeneration{w: wi.w, class: class, rec: rec, emb: wi.emb, chars: charStats{count: rec.Chars, docs: rec.Docs}}
	if g.terms, err = decodeTermStats(blobs[wvBlobStats]); err != nil {
		return nil, fmt.Errorf("weaviate collection %s: %w: run healthbot ingest to publish it again", class, err)
	}
	if local, ok := wi.emb.(*LocalEmbedder); ok {
		data, ok := blobs[wvBlobIDF]
		if !ok {
			return nil, fmt.Errorf("weaviate collection %s lacks the local embedder's statistics: run healthbot ingest to rebuild it", class)
		}
		idf, err := ReadIDF(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("weaviate collection %s: %w", class, err)
		}
		g.emb = local.WithIDF(idf)
	}
	return g, nil
}

// Reload switches to the collection the alias names if it is not the one
// in use, and reports whether it switched. A collection that cannot be
// opened is logged and the old one kept.
func (wi *WeaviateIndex) Reload(ctx context.Context) bool {
	wi.reload.Lock()
	defer wi.reload.Unlock()
	class, err := wi.w.aliasTarget(ctx)
	cur := wi.current()
	if err != nil || class == "" || cur == nil || class == cur.class {
		return false
	}
	g, err := wi.open(ctx)
	if err != nil {
		wi.log.Error("new weaviate collection cannot be opened; still answering from the previous one", "collection", class, keyErr, err)
		return false
	}
	wi.mu.Lock()
	if wi.live != nil {
		wi.live = g
	}
	wi.mu.Unlock()
	wi.log.Info("new search index in use", "collection", g.class, keyGeneration, g.rec.Generation, keyChunks, g.rec.Manifest.Chunks)
	return true
}

// current is the collection in use; nil after Close.
func (wi *WeaviateIndex) current() *wvGeneration {
	wi.mu.RLock()
	defer wi.mu.RUnlock()
	return wi.live
}

// Close stops looking for new collections; searches after Close fail with
// ErrSearcherClosed.
func (wi *WeaviateIndex) Close() error {
	wi.closeOnce.Do(func() {
		close(wi.stop)
		<-wi.done
		wi.mu.Lock()
		wi.live = nil
		wi.mu.Unlock()
	})
	return nil
}

// Manifest describes the collection in use.
func (wi *WeaviateIndex) Manifest() (Manifest, error) {
	g := wi.current()
	if g == nil {
		return Manifest{}, ErrSearcherClosed
	}
	return g.rec.Manifest, nil
}

// Access returns the access record of the collection in use.
func (wi *WeaviateIndex) Access() Access {
	if g := wi.current(); g != nil {
		return g.rec.Access
	}
	return Access{}
}

// Collection is the name of the collection in use.
func (wi *WeaviateIndex) Collection() string {
	if g := wi.current(); g != nil {
		return g.class
	}
	return ""
}

// Search runs the query as Index.Search does.
func (wi *WeaviateIndex) Search(ctx context.Context, q corpus.Query) (corpus.SearchResult, error) {
	var res corpus.SearchResult
	err := wi.retrying(ctx, func(g *wvGeneration) error {
		var err error
		res, err = searchSource(ctx, g, wi.weights, q)
		return err
	})
	return res, err
}

// SearchFigures looks figures up as Index.SearchFigures does.
func (wi *WeaviateIndex) SearchFigures(ctx context.Context, text string, f corpus.Filters, n int) ([]corpus.FigureHit, error) {
	var out []corpus.FigureHit
	err := wi.retrying(ctx, func(g *wvGeneration) error {
		var err error
		out, err = searchFigures(ctx, text, f, n, func(norm string, open corpus.Filters, limit int) ([]foundFigure, error) {
			return g.figures(ctx, norm, open, f.Access, limit)
		})
		return err
	})
	return out, err
}

// Evaluate runs every case in each mode (see Index.Evaluate).
func (wi *WeaviateIndex) Evaluate(ctx context.Context, cases []EvalCase, modes []corpus.Mode, now time.Time) ([]EvalScores, error) {
	return Evaluate(ctx, wi, cases, modes, now)
}

// retrying runs f on the collection in use and, when that collection was
// dropped meanwhile (an ingest published another and removed it), once
// more on the one the alias names now.
func (wi *WeaviateIndex) retrying(ctx context.Context, f func(g *wvGeneration) error) error {
	g := wi.current()
	if g == nil {
		return ErrSearcherClosed
	}
	err := f(g)
	if !errors.Is(err, errCollectionGone) {
		return err
	}
	// Another search may have switched already.
	if !wi.Reload(ctx) && wi.current() == g {
		return err
	}
	next := wi.current()
	if next == nil {
		return ErrSearcherClosed
	}
	return f(next)
}

// errCollectionGone says a search's collection no longer exists.
var errCollectionGone = errors.New("weaviate collection dropped")
