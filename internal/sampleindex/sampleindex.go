// Package sampleindex builds, for tests, the search index of the bundled
// sample reports (plus extra files) once per test binary, and opens it for
// each test that asks.
package sampleindex

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/retrieval"
)

// Index is an index of the samples in samplesDir plus Extra (file name →
// text), built on first use.
type Index struct {
	SamplesDir string            // e.g. "../corpus/samples"
	Extra      map[string]string // more files to index beside the samples

	once sync.Once
	dir  string
	err  error
}

// Open builds the index on first use and opens it with the local
// embedder's weights; the index is closed when t ends.
func (o *Index) Open(t testing.TB) *retrieval.Index {
	t.Helper()
	emb, err := retrieval.NewLocalEmbedder(retrieval.DefaultLocalDim)
	if err != nil {
		t.Fatal(err)
	}
	o.once.Do(func() { o.dir, o.err = o.build(emb) })
	if o.err != nil {
		t.Fatal(o.err)
	}
	w := retrieval.DefaultWeights()
	w.Vector = retrieval.LocalVectorWeight
	ix, err := retrieval.Open(o.dir, emb, retrieval.OpenOptions{Weights: w})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// Remove deletes the built index, if any (call from TestMain).
func (o *Index) Remove() {
	if o.dir != "" {
		os.RemoveAll(o.dir)
	}
}

func (o *Index) build(emb retrieval.Embedder) (string, error) {
	dir, err := os.MkdirTemp("", "healthbot-test-index-")
	if err != nil {
		return "", err
	}
	files, _ := filepath.Glob(filepath.Join(o.SamplesDir, "*.txt"))
	var docs []*corpus.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return dir, err
		}
		d := corpus.Parse(filepath.Base(f), string(data), corpus.Meta{}, corpus.Options{})
		docs = append(docs, &d)
	}
	names := make([]string, 0, len(o.Extra))
	for name := range o.Extra {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		d := corpus.Parse(name, o.Extra[name], corpus.Meta{}, corpus.Options{})
		docs = append(docs, &d)
	}
	corpus.Dedupe(docs)
	_, err = retrieval.Build(context.Background(), dir, docs, emb, retrieval.BuildOptions{})
	return dir, err
}
