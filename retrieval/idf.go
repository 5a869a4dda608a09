package retrieval

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"runtime"
	"sync"
)

// IDF holds how many passages of a corpus contain each n-gram (by hash), so
// the local embedder can weigh rare n-grams above common ones. It is
// computed when an index is built and stored with it.
type IDF struct {
	docs uint32
	df   map[uint64]uint32
}

// NewIDF counts the n-grams of texts (in parallel: each worker counts
// its share of the texts, and the counts are added).
func NewIDF(texts []string) *IDF {
	workers := max(1, min(runtime.GOMAXPROCS(0), len(texts)/parallelPiece))
	parts := make([]map[uint64]uint32, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			df := map[uint64]uint32{}
			seen := map[uint64]bool{}
			for _, t := range texts[w*len(texts)/workers : (w+1)*len(texts)/workers] {
				clear(seen)
				grams(t, func(k uint64, _ float64) {
					if !seen[k] {
						seen[k] = true
						df[k]++
					}
				})
			}
			parts[w] = df
		})
	}
	wg.Wait()
	idf := &IDF{docs: uint32(len(texts)), df: parts[0]}
	for _, df := range parts[1:] {
		for k, n := range df {
			idf.df[k] += n
		}
	}
	return idf
}

// weight is the smoothed inverse document frequency of an n-gram; 1 for a
// nil IDF. Unseen n-grams weigh the most.
func (idf *IDF) weight(k uint64) float64 {
	if idf == nil || idf.docs == 0 {
		return 1
	}
	return math.Log(1 + (float64(idf.docs)+1)/(float64(idf.df[k])+1))
}

// WriteTo stores the table: a count, the passage count, then pairs.
func (idf *IDF) WriteTo(w io.Writer) (int64, error) {
	buf := make([]byte, 12)
	binary.LittleEndian.PutUint32(buf[0:], idf.docs)
	binary.LittleEndian.PutUint64(buf[4:], uint64(len(idf.df)))
	if _, err := w.Write(buf); err != nil {
		return 0, err
	}
	rec := make([]byte, 12)
	for k, v := range idf.df {
		binary.LittleEndian.PutUint64(rec[0:], k)
		binary.LittleEndian.PutUint32(rec[8:], v)
		if _, err := w.Write(rec); err != nil {
			return 0, err
		}
	}
	return int64(12 + 12*len(idf.df)), nil
}

// ReadIDF reads a table written by WriteTo.
func ReadIDF(r io.Reader) (*IDF, error) {
	head := make([]byte, 12)
	if _, err := io.ReadFull(r, head); err != nil {
		return nil, fmt.Errorf("read idf: %w", err)
	}
	docs := binary.LittleEndian.Uint32(head[0:])
	n := binary.LittleEndian.Uint64(head[4:])
	if n > 1<<30 {
		return nil, errors.New("read idf: damaged table")
	}
	idf := &IDF{docs: docs, df: make(map[uint64]uint32, n)}
	rec := make([]byte, 12)
	for i := uint64(0); i < n; i++ {
		if _, err := io.ReadFull(r, rec); err != nil {
			return nil, fmt.Errorf("read idf: %w", err)
		}
		idf.df[binary.LittleEndian.Uint64(rec[0:])] = binary.LittleEndian.Uint32(rec[8:])
	}
	return idf, nil
}
