package retrieval

import (
	"fmt"
	"os"
	"sync"

	"github.com/blevesearch/mmap-go"
)

// openVectors is an opened vector file: its table and what holds the
// table's memory. Searches hold it shared; close waits for them and
// releases the memory, after which searches find no table.
type openVectors struct {
	mu      sync.RWMutex
	t       *vecTable
	release func() error
}

// openVecFile opens the vector file at path. A plain file is memory-mapped
// (its pages are shared with the page cache and read on demand); a sealed
// one is decrypted into memory with key.
func openVecFile(path string, dim int, key string) (*openVectors, error) {
	if key != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		plain, err := unseal(data, key)
		if err != nil {
			return nil, err
		}
		t, err := decodeVecTable(plain, dim)
		if err != nil {
			return nil, err
		}
		return &openVectors{t: t, release: func() error { return nil }}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close() // the mapping outlives the file handle
	m, err := mmap.Map(f, mmap.RDONLY, 0)
	if err != nil {
		return nil, fmt.Errorf("map vectors: %w", err)
	}
	t, err := decodeVecTable(m, dim)
	if err != nil {
		m.Unmap()
		return nil, err
	}
	return &openVectors{t: t, release: m.Unmap}, nil
}

// foundVector is a chunk found by a vector search.
type foundVector struct {
	id    string
	year  int
	score float32
}

// search runs the table's search; it finds nothing once closed.
func (o *openVectors) search(q []float32, f vecFilter, n int) []foundVector {
	o.mu.RLock()
	defer o.mu.RUnlock()
	if o.t == nil {
		return nil
	}
	hits := o.t.search(q, f, n)
	out := make([]foundVector, len(hits))
	for i, h := range hits {
		out[i] = foundVector{id: o.t.id(h.row), year: int(o.t.years[h.row]), score: h.score}
	}
	return out
}

// close waits for running searches and releases the table's memory.
func (o *openVectors) close() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.t == nil {
		return nil
	}
	o.t = nil
	return o.release()
}
