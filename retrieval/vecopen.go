package retrieval

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/blevesearch/mmap-go"
	"github.com/philippgille/chromem-go"
)

// openVectors is an opened vector file and chunk file: the table searched
// and the records of its rows, and what holds their memory. Searches and
// reads hold it shared; close waits for them and releases the memory,
// after which nothing is found.
type openVectors struct {
	mu      sync.RWMutex
	t       *vecTable
	ann     *annIndex // dense vectors' approximate index; nil without an ANN file
	chunks  *chunkStore
	rowOf   map[string]int // chunk id -> row
	release func() error
}

// openStore opens the vector and chunk files of a generation, and its ANN
// file when there is one (annPath; dense vectors only). Plain files
// are memory-mapped (their pages are shared with the page cache and read
// on demand); sealed ones are decrypted into memory with key.
func openStore(vecPath, chunkPath, annPath string, dim int, key string) (o *openVectors, err error) {
	var releases []func() error
	release := func() error {
		var err error
		for _, r := range releases {
			err = errors.Join(err, r())
		}
		return err
	}
	defer func() {
		if err != nil {
			release()
		}
	}()
	vdata, rel, err := mapFile(vecPath, key)
	if err != nil {
		return nil, err
	}
	releases = append(releases, rel)
	t, err := decodeVecTable(vdata, dim)
	if err != nil {
		return nil, err
	}
	// Chunk records are read from the file, one per hit; sealed ones
	// from memory.
	var chunks *chunkStore
	if key == "" {
		chunks, rel, err = openChunkFile(chunkPath)
	} else {
		var cdata []byte
		if cdata, rel, err = mapFile(chunkPath, key); err == nil {
			chunks, err = decodeChunks(cdata)
		}
	}
	if err != nil {
		return nil, err
	}
	releases = append(releases, rel)
	if chunks.rows != t.rows {
		return nil, fmt.Errorf("%w: %d chunk records for %d vectors", errVecFile, chunks.rows, t.rows)
	}
	var ann *annIndex
	var adata []byte
	if _, serr := os.Stat(annPath); serr == nil {
		if adata, rel, err = mapFile(annPath, key); err != nil {
			return nil, err
		}
		releases = append(releases, rel)
		if ann, err = decodeANN(adata, dim, t.rows); err != nil {
			return nil, err
		}
	}
	rowOf := make(map[string]int, t.rows)
	for i := range t.rows {
		rowOf[t.id(i)] = i
	}
	if key == "" {
		// The checksums read every page; searches read a few columns
		// and records.
		dropPages(vdata)
		dropPages(adata)
	}
	return &openVectors{t: t, ann: ann, chunks: chunks, rowOf: rowOf, release: release}, nil
}

// mapFile returns the bytes of the file at path: memory-mapped, or read
// and decrypted with key when key is not "".
func mapFile(path, key string) ([]byte, func() error, error) {
	if key != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, err
		}
		plain, err := unseal(data, key)
		if err != nil {
			return nil, nil, err
		}
		return plain, func() error { return nil }, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close() // the mapping outlives the file handle
	m, err := mmap.Map(f, mmap.RDONLY, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("map %s: %w", path, err)
	}
	return m, m.Unmap, nil
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
	var hits []vecHit
	if o.ann != nil && len(q) == o.t.dim && dense(q) && o.t.filteredRows(f) >= annMinRows {
		hits = o.ann.search(o.t, storedVector(q), f, n)
	} else {
		hits = o.t.search(q, f, n)
	}
	out := make([]foundVector, len(hits))
	for i, h := range hits {
		out[i] = foundVector{id: o.t.id(h.row), year: int(o.t.years[h.row]), score: h.score}
	}
	return out
}

// yearOf returns the year of the chunk of id; ok is false when the
// index holds no such chunk.
func (o *openVectors) yearOf(id string) (year int, ok bool) {
	o.mu.RLock()
	defer o.mu.RUnlock()
	if o.t == nil {
		return 0, false
	}
	row, ok := o.rowOf[id]
	if !ok {
		return 0, false
	}
	return int(o.t.years[row]), true
}

// errNoChunk means no chunk of that id and year is in the index.
var errNoChunk = errors.New("no such chunk")

// chunk returns the chunk of id, which must be of year.
func (o *openVectors) chunk(id string, year int) (chromem.Document, error) {
	o.mu.RLock()
	defer o.mu.RUnlock()
	if o.t == nil {
		return chromem.Document{}, errNoChunk
	}
	row, ok := o.rowOf[id]
	if !ok || int(o.t.years[row]) != year {
		return chromem.Document{}, fmt.Errorf("chunk %s of %d: %w", id, year, errNoChunk)
	}
	d, err := o.chunks.get(row)
	if err == nil && d.ID != id {
		err = fmt.Errorf("%w: record %d holds %s, the vectors say %s", errVecFile, row, d.ID, id)
	}
	return d, err
}

// close waits for running searches and reads and releases the memory.
func (o *openVectors) close() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.t == nil {
		return nil
	}
	o.t, o.ann, o.chunks, o.rowOf = nil, nil, nil, nil
	return o.release()
}
