package retrieval

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"sync"
	"time"

	"github.com/healthbot/healthbot/corpus"
)

// maxOpenTries bounds how often a load opens again when an ingest published
// a new index, and removed the one being opened, while it was opening.
const maxOpenTries = 3

// Log keys of the reloading searcher.
const (
	keyGeneration = "generation"
	keyChunks     = "chunks"
	keyErr        = "err"
	keyIndex      = "index"
)

// ErrSearcherClosed is returned by searches after Close.
var ErrSearcherClosed = errors.New("search index closed")

// ReloadOptions configure a ReloadingSearcher.
type ReloadOptions struct {
	Open OpenOptions
	// Interval is how often to look for an index published by an ingest;
	// 0 looks only when Reload is called.
	Interval time.Duration
	Logger   *slog.Logger
}

// ReloadingSearcher answers searches from the live index of a folder and
// switches to a new index when an ingest publishes one, without dropping a
// search: the new index is opened beside the old, swapped in, and the old
// one is closed once the searches already running on it have finished. An
// index that fails to open is logged and the old one kept. It is safe for
// concurrent use.
type ReloadingSearcher struct {
	dir  string
	open func() (*Index, error)
	log  *slog.Logger

	mu   sync.RWMutex
	live *liveIndex // nil once closed; changed holding both mu and reload

	reload sync.Mutex // one Reload, or Close, at a time
	failed string     // a generation that failed to open, not tried again; under reload
	stop   chan struct{}
	done   chan struct{}
}

// liveIndex is an opened index with the searches running on it.
type liveIndex struct {
	ix       *Index
	gen      string // the name of the generation it was opened from
	inflight sync.WaitGroup
}

// NewReloadingSearcher opens the live index in dir for searching with emb
// and, when opts.Interval > 0, looks for a newer one every interval until
// Close. A folder with no index is ErrNoIndex.
func NewReloadingSearcher(dir string, emb Embedder, opts ReloadOptions) (*ReloadingSearcher, error) {
	r := newReloadingSearcher(dir, func() (*Index, error) { return Open(dir, emb, opts.Open) }, opts.Logger)
	if err := r.start(opts.Interval); err != nil {
		return nil, err
	}
	return r, nil
}

func newReloadingSearcher(dir string, open func() (*Index, error), log *slog.Logger) *ReloadingSearcher {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &ReloadingSearcher{dir: dir, open: open, log: log, stop: make(chan struct{}), done: make(chan struct{})}
}

// start opens the live index and starts watching every interval.
func (r *ReloadingSearcher) start(interval time.Duration) error {
	li, err := r.load()
	if err != nil {
		return err
	}
	r.live = li
	if interval <= 0 {
		close(r.done)
		return nil
	}
	t := time.NewTicker(interval)
	go func() {
		defer t.Stop()
		r.watch(t.C)
	}()
	return nil
}

// Search searches the live index.
func (r *ReloadingSearcher) Search(ctx context.Context, q corpus.Query) (corpus.SearchResult, error) {
	li, err := r.acquire()
	if err != nil {
		return corpus.SearchResult{}, err
	}
	defer li.inflight.Done()
	return li.ix.Search(ctx, q)
}

// SearchFigures looks up figures in the live index.
func (r *ReloadingSearcher) SearchFigures(ctx context.Context, text string, f corpus.Filters, n int) ([]corpus.FigureHit, error) {
	li, err := r.acquire()
	if err != nil {
		return nil, err
	}
	defer li.inflight.Done()
	return li.ix.SearchFigures(ctx, text, f, n)
}

// Manifest describes the live index: its Chunks are the passages searched.
// After Close it is ErrSearcherClosed.
func (r *ReloadingSearcher) Manifest() (Manifest, error) {
	li, err := r.acquire()
	if err != nil {
		return Manifest{}, err
	}
	defer li.inflight.Done()
	return li.ix.Manifest(), nil
}

// acquire returns the live index with one more search counted on it; the
// caller calls inflight.Done when the search ends.
func (r *ReloadingSearcher) acquire() (*liveIndex, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if r.live == nil {
		return nil, ErrSearcherClosed
	}
	// Under the read lock: a swap, which takes the write lock, cannot slip
	// between reading live and counting the search, so once the swap is done
	// no search is added to the old index and waiting for it is safe.
	r.live.inflight.Add(1)
	return r.live, nil
}

// watch reloads at every tick until Close.
func (r *ReloadingSearcher) watch(tick <-chan time.Time) {
	defer close(r.done)
	for {
		select {
		case <-r.stop:
			return
		case <-tick:
			r.Reload()
		}
	}
}

// Reload switches to the published index if it is not the one in use,
// and reports whether it switched. It returns once the searches running on
// the previous index have finished and that index is closed.
func (r *ReloadingSearcher) Reload() bool {
	r.reload.Lock()
	defer r.reload.Unlock()
	gen, err := LiveGeneration(r.dir)
	if err != nil {
		// No index, or the pointer is unreadable for now: keep serving.
		return false
	}
	r.mu.RLock()
	live := r.live
	r.mu.RUnlock()
	if live == nil || gen == live.gen || gen == r.failed {
		return false
	}
	li, err := r.load()
	if err == nil && li.gen == live.gen {
		li.ix.Close() // cannot happen: generations are never published twice
		return false
	}
	if err != nil {
		r.log.Error("new search index cannot be opened; still answering from the previous one until another ingest publishes a new index",
			keyIndex, r.dir, keyGeneration, gen, keyErr, err)
		r.failed = gen
		return false
	}
	r.mu.Lock()
	r.live = li
	r.mu.Unlock()
	r.failed = ""
	r.log.Info("new search index in use", keyIndex, r.dir, keyGeneration, li.gen, keyChunks, li.ix.Manifest().Chunks)
	// No new search reaches the old index now; the running ones finish first.
	live.inflight.Wait()
	if err := live.ix.Close(); err != nil {
		r.log.Warn("previous search index closed with an error", keyGeneration, live.gen, keyErr, err)
	}
	return true
}

// load opens the live index. An ingest that publishes meanwhile removes
// the generation being opened, which then fails to open: the new one is
// opened instead.
func (r *ReloadingSearcher) load() (*liveIndex, error) {
	for try := 1; ; try++ {
		before, err := LiveGeneration(r.dir)
		if err != nil {
			return nil, err
		}
		ix, err := r.open()
		if err == nil {
			// The index knows the generation it was read from.
			return &liveIndex{ix: ix, gen: filepath.Base(ix.gen)}, nil
		}
		if now, rerr := LiveGeneration(r.dir); rerr != nil || now == before || try == maxOpenTries {
			return nil, err
		}
	}
}

// Close stops watching and closes the index once its searches finish.
// Searches after Close fail with ErrSearcherClosed.
func (r *ReloadingSearcher) Close() error {
	select {
	case <-r.stop:
	default:
		close(r.stop)
	}
	<-r.done
	r.reload.Lock()
	defer r.reload.Unlock()
	r.mu.Lock()
	li := r.live
	r.live = nil
	r.mu.Unlock()
	if li == nil {
		return nil
	}
	li.inflight.Wait()
	return li.ix.Close()
}
