package retrieval

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
)

// A new keyword index is written in batches of keywordBatchSize
// documents: large, so that bleve's per-batch sync stays rare (its
// unsafe_batch option would skip the sync but loses unpersisted segments
// on Close). bleve analyses a batch's documents in parallel but then
// builds its segment on one goroutine, the longest part of a cold ingest:
// keywordBatches keeps keywordBatchesInFlight batches going at once, so
// that one batch's segment is built while the next is analysed.
const (
	keywordBatchSize       = 5000
	keywordBatchesInFlight = 2
)

// batchIndex is what keywordBatches needs of a bleve.Index.
type batchIndex interface {
	NewBatch() *bleve.Batch
	Batch(b *bleve.Batch) error
}

// keywordBatches indexes into idx the documents docs yields, in batches
// of size.
func keywordBatches(ctx context.Context, idx batchIndex, size int, docs func(yield func(id string, doc keywordDoc) error) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan *bleve.Batch)
	errs := make(chan error, keywordBatchesInFlight)
	for range keywordBatchesInFlight {
		go func() {
			var first error
			for b := range batches {
				if first != nil {
					continue
				}
				if err := idx.Batch(b); err != nil {
					first = fmt.Errorf("keyword index: %w", err)
					cancel()
				}
			}
			errs <- first
		}()
	}
	send := func(b *bleve.Batch) error {
		select {
		case batches <- b:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	batch := idx.NewBatch()
	err := docs(func(id string, doc keywordDoc) error {
		if err := batch.IndexAdvanced(keywordDocument(id, &doc)); err != nil {
			return fmt.Errorf("keyword index %s: %w", id, err)
		}
		if batch.Size() < size {
			return nil
		}
		full := batch
		batch = idx.NewBatch()
		return send(full)
	})
	if err == nil && batch.Size() > 0 {
		err = send(batch)
	}
	close(batches)
	for range keywordBatchesInFlight {
		if werr := <-errs; werr != nil && err == nil || werr != nil && err == context.Canceled {
			err = werr
		}
	}
	if err == nil {
		err = ctx.Err()
	}
	return err
}
