package main

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/ingest"
	"github.com/healthbot/healthbot/internal/atomicfile"
	"github.com/healthbot/healthbot/retrieval"
)

// newPhrase is in no sample: it is found only once the index with the new
// report is in use.
const newPhrase = "鹦鹉螺号巡回医疗船"

// reloadSample is the report the fixture starts from: it has the
// family doctor figures.
const reloadSample = "004_797ccc564263b7fa.txt"

const newReport = "2025年海岛卫生健康工作总结\n一、2025年度工作总结\n（一）巡回医疗\n全年" + newPhrase + "出航12次，为海岛村民义诊3200人次。\n"

// reloadFixture is an index folder built from a copy of one sample (small,
// so that ingests are quick under -race), and the way to ingest into it
// again and to open it.
type reloadFixture struct {
	src, idx string
	emb      retrieval.Embedder
	logs     *lockedWriter
	log      *slog.Logger
}

func newReloadFixture(t *testing.T) *reloadFixture {
	t.Helper()
	f := &reloadFixture{src: t.TempDir(), idx: t.TempDir(), logs: &lockedWriter{w: &bytes.Buffer{}}}
	f.log = slog.New(slog.NewTextHandler(f.logs, nil))
	data, err := os.ReadFile(filepath.Join(samples, reloadSample))
	if err != nil {
		t.Fatal(err)
	}
	writeText(t, filepath.Join(f.src, reloadSample), string(data))
	emb, err := retrieval.NewLocalEmbedder(64)
	if err != nil {
		t.Fatal(err)
	}
	f.emb = emb
	f.ingest(t)
	return f
}

func (f *reloadFixture) ingest(t *testing.T) {
	t.Helper()
	if _, _, err := ingest.Run(context.Background(), ingest.Options{CorpusDir: f.src, IndexDir: f.idx, Embedder: f.emb}); err != nil {
		t.Fatalf("ingest: %v", err)
	}
}

func (f *reloadFixture) open() (*retrieval.Index, error) {
	return retrieval.Open(f.idx, f.emb, retrieval.OpenOptions{})
}

func (f *reloadFixture) logged() string {
	f.logs.mu.Lock()
	defer f.logs.mu.Unlock()
	return f.logs.w.(*bytes.Buffer).String()
}

// finds reports whether a search of s finds the new report's phrase.
func finds(t *testing.T, s interface {
	Search(context.Context, corpus.Query) (corpus.SearchResult, error)
}) bool {
	t.Helper()
	res, err := s.Search(context.Background(), corpus.Query{Text: newPhrase + "出航多少次"})
	if err != nil {
		t.Fatalf("search: %v", err)
	}
	for _, h := range res.Hits {
		if strings.Contains(h.Text, newPhrase) {
			return true
		}
	}
	return false
}

// TestReloadUnderLoad searches without pause from several goroutines while
// an ingest publishes a new index and removes the old one's folder: every
// search succeeds, and the new report is found once the index is swapped.
func TestReloadUnderLoad(t *testing.T) {
	f := newReloadFixture(t)
	oldGen, err := readGeneration(f.idx)
	if err != nil {
		t.Fatal(err)
	}
	r, err := newReloadingSearcher(f.idx, f.open, 10*time.Millisecond, f.log)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if finds(t, r) {
		t.Fatal("the new phrase is found before it was ingested")
	}

	ctx := context.Background()
	var searches, failures atomic.Int64
	var firstFailure atomic.Value
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				var err error
				if i%2 == 0 {
					var res corpus.SearchResult
					res, err = r.Search(ctx, corpus.Query{Text: "家庭医生签约率"})
					if err == nil && len(res.Hits) == 0 {
						err = errors.New("no hits")
					}
				} else {
					var hits []corpus.FigureHit
					hits, err = r.SearchFigures(ctx, "家庭医生签约率", corpus.Filters{}, 5)
					if err == nil && len(hits) == 0 {
						err = errors.New("no figures")
					}
				}
				searches.Add(1)
				if err != nil {
					failures.Add(1)
					firstFailure.CompareAndSwap(nil, err.Error())
				}
			}
		}()
	}

	for searches.Load() < 20 {
		time.Sleep(time.Millisecond)
	}
	writeText(t, filepath.Join(f.src, "2025海岛.txt"), newReport)
	f.ingest(t)
	// The ingest removed the folder of the index still in use: on Linux
	// its open files stay readable, and the vectors are in memory.
	_, err = os.Stat(filepath.Join(f.idx, oldGen))
	removed := errors.Is(err, os.ErrNotExist)
	deadline := time.Now().Add(20 * time.Second)
	for !finds(t, r) {
		if time.Now().After(deadline) {
			t.Fatalf("new index not in use after 20 s; log:\n%s", f.logged())
		}
		time.Sleep(5 * time.Millisecond)
	}
	// Keep searching a while on the new index.
	for n := searches.Load() + 20; searches.Load() < n; {
		time.Sleep(time.Millisecond)
	}
	close(stop)
	wg.Wait()
	// Close waits for the check that swapped, so its log is complete.
	if err := r.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
	if n := failures.Load(); n > 0 {
		t.Errorf("%d of %d searches failed; first: %v", n, searches.Load(), firstFailure.Load())
	}
	if logs := f.logged(); !strings.Contains(logs, "new search index in use") || strings.Contains(logs, "level=WARN") || strings.Contains(logs, "level=ERROR") {
		t.Errorf("swap not logged, or logged with a problem:\n%s", logs)
	}
	t.Logf("%d searches, none failed, across the swap (old generation's folder removed while in use: %v)", searches.Load(), removed)
}

// TestReloadWaitsForSearchesInFlight holds a search open on the old index
// across a swap: new searches go to the new index, the old one still
// answers, and it is closed only when that search ends.
func TestReloadWaitsForSearchesInFlight(t *testing.T) {
	f := newReloadFixture(t)
	r, err := newReloadingSearcher(f.idx, f.open, 0, f.log)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	old, err := r.acquire() // a search that has begun on the old index
	if err != nil {
		t.Fatal(err)
	}
	writeText(t, filepath.Join(f.src, "2025海岛.txt"), newReport)
	f.ingest(t)

	swapped := make(chan bool)
	go func() { swapped <- r.check() }()
	deadline := time.Now().Add(20 * time.Second)
	for !finds(t, r) {
		if time.Now().After(deadline) {
			t.Fatalf("new index not in use; log:\n%s", f.logged())
		}
		time.Sleep(time.Millisecond)
	}
	select {
	case <-swapped:
		t.Fatal("the swap finished while a search was still running on the old index")
	case <-time.After(50 * time.Millisecond):
	}
	// The old index was not closed under the running search.
	if finds(t, old.ix) {
		t.Error("the old index finds the new report")
	}
	if _, err := old.ix.Search(context.Background(), corpus.Query{Text: "家庭医生签约率"}); err != nil {
		t.Errorf("the old index failed a running search: %v", err)
	}
	old.inflight.Done()
	if !<-swapped {
		t.Error("check did not report the swap")
	}
}

// TestReloadKeepsIndexThatOpens: a published index that cannot be opened
// is logged once and the old one keeps answering; the next good index is
// taken.
func TestReloadKeepsIndexThatOpens(t *testing.T) {
	f := newReloadFixture(t)
	r, err := newReloadingSearcher(f.idx, f.open, 0, f.log)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()

	// A generation whose manifest is damaged, published as the live one.
	bad := "gen-99991231T235959.000000000"
	if err := os.MkdirAll(filepath.Join(f.idx, bad), 0o755); err != nil {
		t.Fatal(err)
	}
	writeText(t, filepath.Join(f.idx, bad, "manifest.json"), "{not json")
	if err := atomicfile.WriteFile(filepath.Join(f.idx, currentPointer), []byte(bad+"\n")); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if r.check() {
			t.Fatal("switched to a damaged index")
		}
	}
	if n := strings.Count(f.logged(), "new search index cannot be opened"); n != 1 {
		t.Errorf("failure logged %d times, want once:\n%s", n, f.logged())
	}
	if res, err := r.Search(context.Background(), corpus.Query{Text: "家庭医生签约率"}); err != nil || len(res.Hits) == 0 {
		t.Fatalf("old index after a failed reload: %d hits, %v", len(res.Hits), err)
	}

	writeText(t, filepath.Join(f.src, "2025海岛.txt"), newReport)
	f.ingest(t)
	if !r.check() || !finds(t, r) {
		t.Fatalf("good index after a damaged one not taken; log:\n%s", f.logged())
	}
}

func TestReloadingSearcherClose(t *testing.T) {
	f := newReloadFixture(t)
	r, err := newReloadingSearcher(f.idx, f.open, time.Millisecond, f.log)
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Search(context.Background(), corpus.Query{Text: "家庭医生"}); !errors.Is(err, errSearcherClosed) {
		t.Errorf("search after Close: %v", err)
	}
	if _, err := r.SearchFigures(context.Background(), "家庭医生", corpus.Filters{}, 3); !errors.Is(err, errSearcherClosed) {
		t.Errorf("figures after Close: %v", err)
	}
	if r.check() {
		t.Error("check after Close switched")
	}
	if err := r.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestReloadingSearcherNoIndex(t *testing.T) {
	_, err := newReloadingSearcher(t.TempDir(), func() (*retrieval.Index, error) {
		t.Fatal("opened a folder with no index")
		return nil, nil
	}, 0, nil)
	if !errors.Is(err, retrieval.ErrNoIndex) {
		t.Errorf("got %v, want ErrNoIndex", err)
	}
}

func writeText(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
