package retrieval

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
	"github.com/healthbot/healthbot/internal/atomicfile"
)

// newPhrase is in no sample: it is found only once the index with the new
// report is in use.
const newPhrase = "鹦鹉螺号巡回医疗船"

// reloadSample is the report the fixture starts from: it has the family
// doctor figures.
const reloadSample = "004_797ccc564263b7fa.txt"

const newReport = "2025年海岛卫生健康工作总结\n一、2025年度工作总结\n（一）巡回医疗\n全年" + newPhrase + "出航12次，为海岛村民义诊3200人次。\n"

// reloadFixture is an index folder built from one sample (small, so that
// builds are quick under -race), and the way to publish a new index into
// it and to open it.
type reloadFixture struct {
	dir  string
	docs []*corpus.Document
	emb  Embedder
	logs *syncBuffer
	log  *slog.Logger
}

// syncBuffer is a bytes.Buffer safe for the logger and the test at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func newReloadFixture(t *testing.T) *reloadFixture {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "corpus", "samples", reloadSample))
	if err != nil {
		t.Fatal(err)
	}
	doc := corpus.Parse(reloadSample, string(data), corpus.Meta{}, corpus.Options{})
	f := &reloadFixture{dir: t.TempDir(), docs: []*corpus.Document{&doc}, emb: localEmbedder(t, 64), logs: &syncBuffer{}}
	f.log = slog.New(slog.NewTextHandler(f.logs, nil))
	f.publish(t)
	return f
}

// publish builds the fixture's documents into a new generation, as an
// ingest does.
func (f *reloadFixture) publish(t *testing.T) {
	t.Helper()
	if _, err := Build(context.Background(), f.dir, f.docs, f.emb, BuildOptions{}); err != nil {
		t.Fatalf("build: %v", err)
	}
}

// addReport adds the report with the new phrase and publishes.
func (f *reloadFixture) addReport(t *testing.T) {
	t.Helper()
	doc := corpus.Parse("2025海岛.txt", newReport, corpus.Meta{}, corpus.Options{})
	f.docs = append(f.docs, &doc)
	f.publish(t)
}

func (f *reloadFixture) searcher(t *testing.T) *ReloadingSearcher {
	t.Helper()
	r, err := NewReloadingSearcher(f.dir, f.emb, ReloadOptions{Logger: f.log})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
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
// a new index is published, removing the old one's folder, and swapped in:
// every search succeeds, and the new report is found once the index is
// swapped.
func TestReloadUnderLoad(t *testing.T) {
	f := newReloadFixture(t)
	oldGen, err := LiveGeneration(f.dir)
	if err != nil {
		t.Fatal(err)
	}
	r := f.searcher(t)
	if finds(t, r) {
		t.Fatal("the new phrase is found before it was indexed")
	}

	ctx := context.Background()
	var searches, failures atomic.Int64
	var firstFailure atomic.Value
	stop := make(chan struct{})
	var wg sync.WaitGroup
	// started and after count searches: a few before the swap, a few after.
	started := make(chan struct{})
	var once sync.Once
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
				if searches.Add(1) >= 8 {
					once.Do(func() { close(started) })
				}
				if err != nil {
					failures.Add(1)
					firstFailure.CompareAndSwap(nil, err.Error())
				}
			}
		}()
	}

	<-started
	f.addReport(t)
	// The build removed the folder of the index still in use: on Linux
	// its open files stay readable, and the vectors are in memory.
	if _, err := os.Stat(filepath.Join(f.dir, oldGen)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("old generation not removed on publishing: %v", err)
	}
	if !r.Reload() {
		t.Fatalf("new index not taken; log:\n%s", f.logs)
	}
	if !finds(t, r) {
		t.Fatal("new report not found after the swap")
	}
	// Keep searching a while on the new index.
	for n := searches.Load() + 8; searches.Load() < n; {
		time.Sleep(time.Millisecond)
	}
	close(stop)
	wg.Wait()
	if err := r.Close(); err != nil {
		t.Errorf("close: %v", err)
	}
	if n := failures.Load(); n > 0 {
		t.Errorf("%d of %d searches failed; first: %v", n, searches.Load(), firstFailure.Load())
	}
	if logs := f.logs.String(); !strings.Contains(logs, "new search index in use") || strings.Contains(logs, "level=WARN") || strings.Contains(logs, "level=ERROR") {
		t.Errorf("swap not logged, or logged with a problem:\n%s", logs)
	}
}

// TestReloadWatches: with an interval, the searcher looks for a new index
// at every tick.
func TestReloadWatches(t *testing.T) {
	f := newReloadFixture(t)
	r := newReloadingSearcher(f.dir, func() (*Index, error) { return Open(f.dir, f.emb, OpenOptions{}) }, f.log)
	li, err := r.load()
	if err != nil {
		t.Fatal(err)
	}
	r.live = li
	tick := make(chan time.Time)
	go r.watch(tick)
	defer r.Close()

	f.addReport(t)
	if finds(t, r) {
		t.Fatal("new index in use before a tick")
	}
	// The loop reloads between receives: once the second tick is taken,
	// the reload of the first is done.
	tick <- time.Now()
	tick <- time.Now()
	if !finds(t, r) {
		t.Fatalf("new index not in use after a tick; log:\n%s", f.logs)
	}
}

// TestReloadWaitsForSearchesInFlight holds a search open on the old index
// across a swap: new searches go to the new index, the old one still
// answers, and it is closed only when that search ends.
func TestReloadWaitsForSearchesInFlight(t *testing.T) {
	f := newReloadFixture(t)
	r := f.searcher(t)
	old, err := r.acquire() // a search that has begun on the old index
	if err != nil {
		t.Fatal(err)
	}
	f.addReport(t)

	swapped := make(chan bool)
	go func() { swapped <- r.Reload() }()
	// The swap happens before Reload waits for the old index's searches.
	for !finds(t, r) {
		time.Sleep(time.Millisecond)
	}
	select {
	case <-swapped:
		t.Fatal("the reload finished while a search was still running on the old index")
	default:
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
		t.Error("Reload did not report the swap")
	}
}

// TestReloadKeepsIndexThatOpens: a published index that cannot be opened
// is logged once and the old one keeps answering; the next good index is
// taken.
func TestReloadKeepsIndexThatOpens(t *testing.T) {
	f := newReloadFixture(t)
	r := f.searcher(t)

	// A generation whose manifest is damaged, published as the live one.
	bad := genPrefix + "99991231T235959.000000000"
	if err := os.MkdirAll(filepath.Join(f.dir, bad), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(f.dir, bad, manifestFile), []byte("{not json"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := atomicfile.WriteFile(filepath.Join(f.dir, CurrentFile), []byte(bad+"\n")); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 3; i++ {
		if r.Reload() {
			t.Fatal("switched to a damaged index")
		}
	}
	if n := strings.Count(f.logs.String(), "new search index cannot be opened"); n != 1 {
		t.Errorf("failure logged %d times, want once:\n%s", n, f.logs)
	}
	if res, err := r.Search(context.Background(), corpus.Query{Text: "家庭医生签约率"}); err != nil || len(res.Hits) == 0 {
		t.Fatalf("old index after a failed reload: %d hits, %v", len(res.Hits), err)
	}

	f.addReport(t)
	if !r.Reload() || !finds(t, r) {
		t.Fatalf("good index after a damaged one not taken; log:\n%s", f.logs)
	}
}

func TestReloadingSearcherClose(t *testing.T) {
	f := newReloadFixture(t)
	r, err := NewReloadingSearcher(f.dir, f.emb, ReloadOptions{Interval: time.Millisecond, Logger: f.log})
	if err != nil {
		t.Fatal(err)
	}
	if m, err := r.Manifest(); err != nil || m.Chunks == 0 {
		t.Errorf("manifest of the live index: %+v %v", m, err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Manifest(); !errors.Is(err, ErrSearcherClosed) {
		t.Errorf("manifest after Close: %v", err)
	}
	if _, err := r.Search(context.Background(), corpus.Query{Text: "家庭医生"}); !errors.Is(err, ErrSearcherClosed) {
		t.Errorf("search after Close: %v", err)
	}
	if _, err := r.SearchFigures(context.Background(), "家庭医生", corpus.Filters{}, 3); !errors.Is(err, ErrSearcherClosed) {
		t.Errorf("figures after Close: %v", err)
	}
	if r.Reload() {
		t.Error("Reload after Close switched")
	}
	if err := r.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

func TestReloadingSearcherNoIndex(t *testing.T) {
	_, err := NewReloadingSearcher(t.TempDir(), localEmbedder(t, 64), ReloadOptions{})
	if !errors.Is(err, ErrNoIndex) {
		t.Errorf("got %v, want ErrNoIndex", err)
	}
}
