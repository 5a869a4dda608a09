package retrieval

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"sync"

	"github.com/blevesearch/bleve/v2"
)

// Files inside a generation folder.
const (
	manifestFile     = "manifest.json"
	vectorsFile      = "vectors.f32" // the chunk vectors, searched in place (vecfile.go)
	chunksFile       = "chunks.bin"  // the chunks' text and metadata, read per hit (chunkfile.go)
	documentsDir     = "chromem"     // the chunks' text and metadata, a chromem-go export per year: the store of record
	idfFile          = "idf.bin"
	keywordDir       = "keyword.bleve"
	collectionPrefix = "chunks-" // one collection per year: chunks-2023, chunks-0 for unknown
)

// formatVersion changes when the on-disk layout changes.
const formatVersion = 7 // 3: chunks name the chunk that continues their paragraph; 4: and the one before; 5: chunks and figures carry Suspect; 6: vectors in their own file; 7: access folders (access.json)

// Manifest describes a built index.
type Manifest struct {
	Format    int    `json:"format"`
	Embedder  string `json:"embedder"`
	Dim       int    `json:"dim"`
	Chunks    int    `json:"chunks"`
	Figures   int    `json:"figures"`
	Reports   int    `json:"reports"`
	Encrypted bool   `json:"encrypted"`
	// Stale counts the chunks added or removed since the local
	// embedder's IDF was computed (reuse.go).
	Stale int `json:"stale,omitempty"`
	// Corpus names the stored corpus the index was built from
	// (BuildOptions.Corpus).
	Corpus  string `json:"corpus,omitempty"`
	BuiltAt string `json:"built_at"`
}

// Index is an opened search index: the chunk vectors in a memory-mapped
// dimension-major table (vectable.go), the chunks' text and metadata in a
// memory-mapped chunk file read per hit (chunkfile.go), and the keyword
// index beside them. The chromem-go export of the chunks, the store of
// record, is written by Build and not read to search. It is safe for
// concurrent searches.
type Index struct {
	dir      string
	gen      string
	manifest Manifest
	embedder Embedder
	vectors  *openVectors
	// searchVec is vectors.search; benchmarks put chromem-go's scan in
	// its place to compare.
	searchVec func(q []float32, f vecFilter, n int) []foundVector
	keyword   bleve.Index
	// kwMu is held shared by keyword searches reading the index directly
	// (kwsearch.go) and exclusively by Close, which sets kwClosed.
	kwMu     sync.RWMutex
	kwClosed bool
	kwCache  kwTermCache // postings of filter terms (kwsearch.go)
	weights  Weights
	// chars are the character statistics of the keyword index (focus.go).
	chars charStats
	// access is the access folder of each restricted file (access.go).
	access Access

	closeOnce sync.Once
}

// Weights tune the fusion of the two retrievers.
type Weights struct {
	Vector       float64 // weight of the vector ranking in reciprocal-rank fusion
	Keyword      float64 // weight of the keyword (BM25) ranking
	RRFK         float64 // the k of reciprocal-rank fusion: 1/(k+rank)
	Candidates   int     // hits taken from each retriever before fusion
	MaxPerReport int     // at most this many hits from one report before others get a turn
	Focus        float64 // weight of a passage's best sentence's share of the question (see focus.go)
}

// DefaultWeights are the fusion settings used when none are configured.
// They suit an embedding model; with the local embedder use
// LocalVectorWeight for Vector.
func DefaultWeights() Weights {
	return Weights{Vector: 1, Keyword: 1, RRFK: 20, Candidates: 50, MaxPerReport: 3, Focus: DefaultFocus}
}

// LocalVectorWeight is the weight of the local embedder's ranking: its
// n-gram vectors repeat what the keyword index matches (on every
// development set, weights 0 and 0.1 give the same recall@5 and answers),
// and a larger weight lets a weaker ranking reorder the keyword top 5, so
// they only break near-ties and add candidates the keyword index misses.
const LocalVectorWeight = 0.02

// OpenOptions say how to open an index.
type OpenOptions struct {
	// Key decrypts an index built with one (any passphrase; hashed to 32 bytes).
	Key     string
	Weights Weights
}

// Open opens the live index in dir for searching with emb. An index built
// by another embedder, or with another dimension, is refused with an error
// that says to re-ingest.
func Open(dir string, emb Embedder, opts OpenOptions) (*Index, error) {
	gen, err := currentGeneration(dir)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(filepath.Join(gen, manifestFile))
	if err != nil {
		return nil, fmt.Errorf("index in %s is incomplete (%v): run healthbot ingest to rebuild it", dir, err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil || m.Format <= 0 || m.Format > formatVersion {
		return nil, fmt.Errorf("index in %s has an unknown format: run healthbot ingest to rebuild it", dir)
	}
	if m.Format < formatVersion {
		return nil, fmt.Errorf("index in %s (format %d, this version reads %d): %w", dir, m.Format, formatVersion, ErrOldFormat)
	}
	if m.Embedder != emb.Name() || m.Dim != emb.Dim() {
		return nil, fmt.Errorf("index in %s was built with embedder %s (%d dimensions) but %s (%d dimensions) is configured: run healthbot ingest to rebuild it", dir, m.Embedder, m.Dim, emb.Name(), emb.Dim())
	}
	if m.Encrypted && opts.Key == "" {
		return nil, fmt.Errorf("index in %s is encrypted: set the variable named by index.encryption_key_env", dir)
	}
	if !m.Encrypted && opts.Key != "" {
		return nil, fmt.Errorf("index in %s is not encrypted but a key is configured: run healthbot ingest to rebuild it encrypted", dir)
	}
	ix := &Index{dir: dir, gen: gen, manifest: m, embedder: emb, weights: opts.Weights}
	if ix.access, err = readAccess(gen); err != nil {
		return nil, fmt.Errorf("index in %s lacks its access folders (%v): run healthbot ingest to rebuild it", dir, err)
	}
	if ix.weights == (Weights{}) {
		ix.weights = DefaultWeights()
	}
	if local, ok := emb.(*LocalEmbedder); ok {
		f, err := os.Open(filepath.Join(gen, idfFile))
		if err != nil {
			return nil, fmt.Errorf("index in %s is incomplete (%v): run healthbot ingest to rebuild it", dir, err)
		}
		idf, err := ReadIDF(bufio.NewReader(f))
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("index in %s is damaged (%v): run healthbot ingest to rebuild it", dir, err)
		}
		ix.embedder = local.WithIDF(idf)
	}
	ix.vectors, err = openStore(filepath.Join(gen, vectorsFile), filepath.Join(gen, chunksFile), filepath.Join(gen, annFile), m.Dim, encryptionKey(opts.Key))
	if err != nil {
		if m.Encrypted {
			return nil, fmt.Errorf("vectors in %s cannot be read: wrong encryption key, or the file is damaged (%v)", gen, err)
		}
		return nil, fmt.Errorf("vectors in %s are damaged (%v): run healthbot ingest to rebuild the index", gen, err)
	}
	ix.searchVec = ix.vectors.search
	if ix.vectors.t.rows != m.Chunks {
		ix.vectors.close()
		return nil, fmt.Errorf("vectors in %s hold %d chunks, the manifest says %d: run healthbot ingest to rebuild the index", gen, ix.vectors.t.rows, m.Chunks)
	}
	// Read-only: a shared lock, so serve, chat and ask can all have the
	// same generation open (a writable open takes an exclusive lock).
	ix.keyword, err = bleve.OpenUsing(filepath.Join(gen, keywordDir), map[string]interface{}{"read_only": true})
	if err != nil {
		ix.vectors.close()
		return nil, fmt.Errorf("keyword index in %s is damaged (%v): run healthbot ingest to rebuild it", gen, err)
	}
	if ix.chars.count, ix.chars.docs, err = charFrequencies(ix.keyword); err != nil {
		ix.keyword.Close()
		ix.vectors.close()
		return nil, err
	}
	return ix, nil
}

// ReadManifest describes the live index in dir without opening it.
func ReadManifest(dir string) (Manifest, error) {
	gen, err := currentGeneration(dir)
	if err != nil {
		return Manifest{}, err
	}
	data, err := os.ReadFile(filepath.Join(gen, manifestFile))
	if err != nil {
		return Manifest{}, fmt.Errorf("index in %s is incomplete: %w", dir, err)
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return Manifest{}, fmt.Errorf("index in %s is damaged: %w", dir, err)
	}
	return m, nil
}

// UpToDate reports whether the live index in dir was built by emb, with
// the current format and encryption setting, and holds chunks chunks: then
// an ingest that changed no file need not rebuild it.
func UpToDate(dir string, emb Embedder, encrypted bool, chunks int) bool {
	m, err := ReadManifest(dir)
	return err == nil && m.Format == formatVersion && m.Embedder == emb.Name() && m.Dim == emb.Dim() && m.Encrypted == encrypted && m.Chunks == chunks
}

// Manifest describes the opened index.
func (ix *Index) Manifest() Manifest { return ix.manifest }

// Close releases the keyword index and the vectors; searches running on
// the vectors finish first.
func (ix *Index) Close() error {
	var err error
	ix.closeOnce.Do(func() {
		ix.kwMu.Lock()
		ix.kwClosed = true
		ix.kwMu.Unlock()
		if ix.keyword != nil {
			err = ix.keyword.Close()
		}
		if ix.vectors != nil {
			err = errors.Join(err, ix.vectors.close())
		}
	})
	return err
}

// collectionName names the collection of a year's chunks.
func collectionName(year int) string { return collectionPrefix + strconv.Itoa(year) }

// encryptionKey turns a passphrase into the 32-byte key chromem-go's AES-GCM
// export wants; "" means no encryption.
func encryptionKey(passphrase string) string {
	if passphrase == "" {
		return ""
	}
	sum := sha256.Sum256([]byte("healthbot-index:" + passphrase))
	return string(sum[:])
}

// errEmptyQuery is returned for a question with nothing to search.
var errEmptyQuery = errors.New("empty question")

// embedQuery embeds one question.
func (ix *Index) embedQuery(ctx context.Context, text string) ([]float32, error) {
	vs, err := ix.embedder.Embed(ctx, []string{text})
	if err != nil {
		return nil, fmt.Errorf("embed question: %w", err)
	}
	if len(vs) != 1 || len(vs[0]) != ix.manifest.Dim {
		return nil, fmt.Errorf("embed question: got %d vectors", len(vs))
	}
	return vs[0], nil
}

// DefaultFocus is the weight of focus (see focus.go): 0.5 gave the best
// recall@1 on the development sets (0, 0.5, 1, 2 and 4 measured; 1 and more
// lowered recall@1 of eval_dev2).
const DefaultFocus = 0.5
