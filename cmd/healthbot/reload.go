package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/retrieval"
)

// reloadInterval is how often serve looks for an index published by an
// ingest that ran while it was serving.
const reloadInterval = 5 * time.Second

// currentPointer is the file in the index folder that names the live
// generation (retrieval/generation.go); an ingest replaces it by an atomic
// rename when it publishes a new index.
const currentPointer = "CURRENT"

// maxOpenTries bounds how often a load opens again when an ingest published
// a new index while it was opening one.
const maxOpenTries = 3

// Log keys of the reloader.
const (
	keyGeneration = "generation"
	keyChunks     = "chunks"
	keyErr        = "err"
	keyIndex      = "index"
)

var _ bot.Searcher = (*reloadingSearcher)(nil)

// errSearcherClosed is returned by searches after Close.
var errSearcherClosed = errors.New("search index closed")

// reloadingSearcher answers searches from the live index of a folder and
// switches to a new index when an ingest publishes one, without dropping a
// search: a new index is opened beside the old, swapped in, and the old one
// is closed once the searches already running on it have finished. An index
// that fails to open is logged and the old one kept.
type reloadingSearcher struct {
	dir  string
	open func() (*retrieval.Index, error)
	log  *slog.Logger

	mu   sync.RWMutex
	live *liveIndex // nil once closed; changed holding both mu and reload

	reload sync.Mutex // one check, or Close, at a time
	failed string     // a generation that failed to open, not tried again; under reload
	stop   chan struct{}
	done   chan struct{}
}

// liveIndex is an opened index with the searches running on it.
type liveIndex struct {
	ix       *retrieval.Index
	gen      string // the generation it was opened from
	inflight sync.WaitGroup
}

// newReloadingSearcher opens the live index in dir with open and, when
// interval > 0, checks every interval for a newer one until Close.
func newReloadingSearcher(dir string, open func() (*retrieval.Index, error), interval time.Duration, log *slog.Logger) (*reloadingSearcher, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	r := &reloadingSearcher{dir: dir, open: open, log: log, stop: make(chan struct{}), done: make(chan struct{})}
	li, err := r.load()
	if err != nil {
		return nil, err
	}
	r.live = li
	if interval <= 0 {
		close(r.done)
		return r, nil
	}
	go r.watch(interval)
	return r, nil
}

// Search searches the live index.
func (r *reloadingSearcher) Search(ctx context.Context, q corpus.Query) (corpus.SearchResult, error) {
	li, err := r.acquire()
	if err != nil {
		return corpus.SearchResult{}, err
	}
	defer li.inflight.Done()
	return li.ix.Search(ctx, q)
}

// SearchFigures looks up figures in the live index.
func (r *reloadingSearcher) SearchFigures(ctx context.Context, text string, f corpus.Filters, n int) ([]corpus.FigureHit, error) {
	li, err := r.acquire()
	if err != nil {
		return nil, err
	}
	defer li.inflight.Done()
	return li.ix.SearchFigures(ctx, text, f, n)
}

// acquire returns the live index with one more search counted on it; the
// caller calls inflight.Done when the search ends.
func (r *reloadingSearcher) acquire() (*liveIndex, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if r.live == nil {
		return nil, errSearcherClosed
	}
	// Under the read lock: a swap, which takes the write lock, cannot slip
	// between reading live and counting the search, so once the swap is done
	// no search is added to the old index and waiting for it is safe.
	r.live.inflight.Add(1)
	return r.live, nil
}

// watch checks for a new index every interval until Close.
func (r *reloadingSearcher) watch(interval time.Duration) {
	defer close(r.done)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-r.stop:
			return
		case <-t.C:
			r.check()
		}
	}
}

// check switches to the published index if it is not the one in use. It
// reports whether it switched.
func (r *reloadingSearcher) check() bool {
	r.reload.Lock()
	defer r.reload.Unlock()
	gen, err := readGeneration(r.dir)
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

// load opens the live index and learns which generation it is. An index
// opened while an ingest switched the pointer could be either generation:
// it is closed and opened again, since opening the generation already in
// use a second time would wait forever on the keyword index's file lock.
func (r *reloadingSearcher) load() (*liveIndex, error) {
	for try := 1; ; try++ {
		before, err := readGeneration(r.dir)
		if err != nil {
			return nil, err
		}
		ix, err := r.open()
		if err != nil {
			// An ingest that published meanwhile may have removed the
			// generation being opened: open the new one.
			if now, rerr := readGeneration(r.dir); rerr == nil && now != before && try < maxOpenTries {
				continue
			}
			return nil, err
		}
		after, err := readGeneration(r.dir)
		if err == nil && after == before {
			return &liveIndex{ix: ix, gen: before}, nil
		}
		if err == nil && try == maxOpenTries {
			// Ingests keep publishing. Naming it after the newer pointer
			// never reopens it; at worst the older index serves until the
			// next ingest publishes.
			r.log.Warn("search index changed while it was being opened", keyIndex, r.dir, keyGeneration, after)
			return &liveIndex{ix: ix, gen: after}, nil
		}
		ix.Close()
		if err != nil {
			return nil, err
		}
	}
}

// Close stops watching and closes the index once its searches finish.
// Searches after Close fail.
func (r *reloadingSearcher) Close() error {
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

// readGeneration returns the name of the live generation in an index folder.
func readGeneration(dir string) (string, error) {
	data, err := os.ReadFile(filepath.Join(dir, currentPointer))
	if errors.Is(err, os.ErrNotExist) {
		return "", retrieval.ErrNoIndex
	}
	if err != nil {
		return "", fmt.Errorf("read index pointer: %w", err)
	}
	return strings.TrimSpace(string(data)), nil
}

// newServeBot is newBot for serve: the bot searches through a
// reloadingSearcher, so an index that an ingest publishes while serve runs
// is used from then on. done stops watching and closes the index.
func (e *env) newServeBot(ctx context.Context, nowFlag string, log *slog.Logger) (b *bot.Bot, done func(), err error) {
	now, err := e.now(nowFlag)
	if err != nil {
		return nil, nil, err
	}
	dir := e.cfg.Index.Dir
	if _, err := readGeneration(dir); errors.Is(err, retrieval.ErrNoIndex) {
		// None yet: openIndex builds it first, as for every command.
		ix, err := e.openIndex(ctx)
		if err != nil {
			return nil, nil, err
		}
		ix.Close()
	}
	emb, err := e.embedder()
	if err != nil {
		return nil, nil, err
	}
	key, err := e.indexKey()
	if err != nil {
		return nil, nil, err
	}
	opts := retrieval.OpenOptions{Key: key, Weights: e.weights()}
	search, err := newReloadingSearcher(dir, func() (*retrieval.Index, error) {
		return retrieval.Open(dir, emb, opts)
	}, reloadInterval, log)
	if err != nil {
		return nil, nil, err
	}
	model, err := e.llm()
	if err != nil {
		search.Close()
		return nil, nil, err
	}
	// The same options as newBot's.
	b = bot.New(search, model, e.log, bot.Options{
		Now:        func() time.Time { return now },
		Sources:    e.cfg.Retrieval.K,
		LLMTimeout: e.cfg.LLM.Deadline,
	})
	return b, func() { search.Close() }, nil
}
