package retrieval

import (
	"context"
	"errors"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// overlapIndex holds each Batch call until another one is in flight too
// (or a while has passed), and records the most in flight at once.
type overlapIndex struct {
	bleve.Index // the real one, whose batches it makes and indexes
	mu          sync.Mutex
	inFlight    int
	most        int
	met         chan struct{}
	fail        error
}

func (o *overlapIndex) Batch(b *bleve.Batch) error {
	o.mu.Lock()
	o.inFlight++
	if o.inFlight == 2 && o.most < 2 {
		close(o.met)
	}
	o.most = max(o.most, o.inFlight)
	o.mu.Unlock()
	select {
	case <-o.met:
	case <-time.After(3 * time.Second):
	}
	err := o.Index.Batch(b)
	o.mu.Lock()
	o.inFlight--
	o.mu.Unlock()
	if o.fail != nil {
		return o.fail
	}
	return err
}

// batchOnly passes an overlapIndex's batches on (its own Batch, not the
// embedded index's).
type batchOnly struct{ o *overlapIndex }

func (b batchOnly) NewBatch() *bleve.Batch     { return b.o.Index.NewBatch() }
func (b batchOnly) Batch(x *bleve.Batch) error { return b.o.Batch(x) }

func batchDocs(n int) func(yield func(string, keywordDoc) error) error {
	return func(yield func(string, keywordDoc) error) error {
		for i := range n {
			if err := yield("d"+strconv.Itoa(i), keywordDoc{Type: docChunk, Text: "家庭医生签约" + strconv.Itoa(i), Year: "2023"}); err != nil {
				return err
			}
		}
		return nil
	}
}

// TestKeywordBatchesOverlap: a new keyword index is written two batches
// at a time, and holds every document.
func TestKeywordBatchesOverlap(t *testing.T) {
	mem, err := bleve.NewMemOnly(keywordMapping())
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	idx := &overlapIndex{Index: mem, met: make(chan struct{})}
	if err := keywordBatches(context.Background(), batchOnly{idx}, 10, batchDocs(35)); err != nil {
		t.Fatal(err)
	}
	if idx.most != 2 {
		t.Errorf("at most %d batches in flight, want 2", idx.most)
	}
	if n, err := mem.DocCount(); err != nil || n != 35 {
		t.Errorf("%d documents indexed (%v), want 35", n, err)
	}
}

// TestKeywordBatchesError: a failed batch fails the build.
func TestKeywordBatchesError(t *testing.T) {
	mem, err := bleve.NewMemOnly(keywordMapping())
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	boom := errors.New("disk full")
	idx := &overlapIndex{Index: mem, met: make(chan struct{}), fail: boom}
	if err := keywordBatches(context.Background(), batchOnly{idx}, 10, batchDocs(95)); !errors.Is(err, boom) {
		t.Errorf("error %v, want %v", err, boom)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := keywordBatches(ctx, mem, 10, batchDocs(35)); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}
