// Package accessindex builds, for tests, the index of testdata/access
// (public/ and personnel/) under an access policy, as ingest does, and
// opens it with the local embedder's weights.
package accessindex

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/healthbot/healthbot/access"
	"github.com/healthbot/healthbot/ingest"
	"github.com/healthbot/healthbot/retrieval"
)

// Open ingests root/testdata/access under p into a temporary folder and
// opens it; root is the repository's root as seen from the test's package
// (".."). The index is closed when t ends.
func Open(t testing.TB, root string, p *access.Policy) *retrieval.Index {
	t.Helper()
	emb, err := retrieval.NewLocalEmbedder(retrieval.DefaultLocalDim)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := ingest.Run(context.Background(), ingest.Options{CorpusDir: filepath.Join(root, "testdata", "access"), IndexDir: dir, Embedder: emb, Access: p}); err != nil {
		t.Fatal(err)
	}
	w := retrieval.DefaultWeights()
	w.Vector = retrieval.LocalVectorWeight
	ix, err := retrieval.Open(dir, emb, retrieval.OpenOptions{Weights: w})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}
