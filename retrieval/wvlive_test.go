package retrieval

import (
	"context"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/weaviatetest"
)

// The tests of this file run against a real Weaviate server (package
// weaviatetest) and skip without one; scripts/weaviatetest builds the
// server and runs them.

// liveWeaviate starts a node and connects to it.
func liveWeaviate(t *testing.T) (*weaviatetest.Node, *Weaviate) {
	t.Helper()
	node := weaviatetest.Start(t)
	w, err := NewWeaviate(WeaviateConfig{URLs: []string{node.URL}})
	if err != nil {
		t.Fatal(err)
	}
	return node, w
}

// TestWeaviateLiveRecall publishes the samples to a real Weaviate and
// measures both backends on the golden sets: recall within 0.02 of the
// embedded index's in every mode (measured: equal).
func TestWeaviateLiveRecall(t *testing.T) {
	_, w := liveWeaviate(t)
	ix, dir := buildSamples(t, BuildOptions{})
	emb := localEmbedder(t, DefaultLocalDim)
	ctx := context.Background()
	if _, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{}); err != nil {
		t.Fatal(err)
	}
	wv := DefaultWeights()
	wv.Vector = LocalVectorWeight
	wi, err := OpenWeaviate(ctx, w, emb, WeaviateOpenOptions{Weights: wv})
	if err != nil {
		t.Fatal(err)
	}
	defer wi.Close()
	checkRecall(t, ix, wi, []string{"testdata/eval.yaml", "testdata/eval_holdout.yaml", "testdata/eval_dev2.yaml"})
}

// checkRecall measures both backends on the golden sets: recall within
// 0.02 of the embedded index's in every mode, the same absent questions
// answered, and the same figures first for figure look-ups. It logs a
// line per set and mode ("recall SET MODE …"), which
// scripts/test-cluster.sh reads, and returns the hybrid scores of the
// first set, embedded and on Weaviate.
func checkRecall(t *testing.T, ix *Index, wi *WeaviateIndex, sets []string) (embedded, weaviate EvalScores) {
	t.Helper()
	ctx := context.Background()
	modes := []corpus.Mode{corpus.VectorOnly, corpus.KeywordOnly, corpus.Hybrid}
	for _, set := range sets {
		cases, err := LoadEvalSet(set)
		if err != nil {
			t.Fatal(err)
		}
		now := mustDate(t, "2024-06-01")
		want, err := ix.Evaluate(ctx, cases, modes, now)
		if err != nil {
			t.Fatal(err)
		}
		got, err := wi.Evaluate(ctx, cases, modes, now)
		if err != nil {
			t.Fatal(err)
		}
		for i := range modes {
			e, v := want[i], got[i]
			t.Logf("recall %s %-7s @1/5/10 embedded %.3f %.3f %.3f, weaviate %.3f %.3f %.3f", set, e.Mode, e.Recall1, e.Recall5, e.Recall10, v.Recall1, v.Recall5, v.Recall10)
			if set == sets[0] && e.Mode == corpus.Hybrid {
				embedded, weaviate = e, v
			}
			for _, d := range []float64{e.Recall1 - v.Recall1, e.Recall5 - v.Recall5, e.Recall10 - v.Recall10, e.MRR - v.MRR} {
				if math.Abs(d) > 0.02 {
					t.Errorf("%s %s: recall differs by %.3f: embedded %+v, weaviate %+v", set, e.Mode, d, e, v)
				}
			}
			if e.AbsentOK != v.AbsentOK {
				t.Errorf("%s %s: absent questions answered %d embedded, %d weaviate", set, e.Mode, e.AbsentOK, v.AbsentOK)
			}
		}
	}
	// Figures: the same look-ups, the same figures first.
	for _, q := range []string{"家庭医生签约率", "传染病病例", "参合率", "总投资"} {
		a, err := ix.SearchFigures(ctx, q, corpus.Filters{}, 5)
		if err != nil {
			t.Fatal(err)
		}
		b, err := wi.SearchFigures(ctx, q, corpus.Filters{}, 5)
		if err != nil {
			t.Fatal(err)
		}
		if len(a) != len(b) {
			t.Fatalf("%s: %d figures embedded, %d weaviate", q, len(a), len(b))
		}
		for i := range a {
			if a[i].Figure.Sentence != b[i].Figure.Sentence || a[i].Figure.Value != b[i].Figure.Value || math.Abs(a[i].Score-b[i].Score) > 1e-6*a[i].Score {
				t.Errorf("%s #%d: embedded %s %v (%.4f), weaviate %s %v (%.4f)", q, i+1, a[i].Figure.Label, a[i].Figure.Value, a[i].Score, b[i].Figure.Label, b[i].Figure.Value, b[i].Score)
			}
		}
	}
	return embedded, weaviate
}

// TestWeaviateLiveAccessFolders publishes samples half of which are in an
// access folder (a tenant of their own) and checks that each reader gets
// the embedded index's passages, in its order: the folder's files only
// for those who may read it.
func TestWeaviateLiveAccessFolders(t *testing.T) {
	_, w := liveWeaviate(t)
	emb := localEmbedder(t, DefaultLocalDim)
	dir := t.TempDir()
	docs := sampleDocs(t)
	files := map[string]string{}
	for i, d := range docs {
		if i%2 == 0 {
			files[d.File] = "南陵县卫健委"
		}
	}
	ctx := context.Background()
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{Access: Access{Folders: []string{"南陵县卫健委"}, Files: files}}); err != nil {
		t.Fatal(err)
	}
	if _, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{}); err != nil {
		t.Fatal(err)
	}
	ix, wi := openBoth(t, ctx, dir, w, emb)
	readers := []corpus.Readable{{}, {Folders: []string{"南陵县卫健委"}}, {All: true}}
	for _, q := range evalQuestions(t, "eval.yaml")[:30] {
		for _, r := range readers {
			query := corpus.Query{Text: q, K: 8, Filters: corpus.Filters{Access: r}}
			a, err := ix.Search(ctx, query)
			if err != nil {
				t.Fatal(err)
			}
			b, err := wi.Search(ctx, query)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.EqualFunc(a.Hits, b.Hits, func(x, y corpus.Hit) bool { return x.ChunkID == y.ChunkID }) {
				t.Errorf("%s, reader %+v: embedded %v, weaviate %v", q, r, hitIDs(a.Hits), hitIDs(b.Hits))
			}
			for _, h := range b.Hits {
				if !r.Allows(files[h.File]) {
					t.Fatalf("%s: reader %+v got %s of folder %q", q, r, h.File, files[h.File])
				}
			}
		}
	}
}

func hitIDs(hits []corpus.Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.ChunkID
	}
	return out
}

// BenchmarkWeaviateSearch measures hybrid search latency over the golden
// questions on the samples, embedded and on a real Weaviate node (p50 and
// p99 of each), and the publish: go test ./retrieval -run '^$' -bench
// WeaviateSearch -benchtime 1x (with HEALTHBOT_WEAVIATE_BIN set).
func BenchmarkWeaviateSearch(b *testing.B) {
	node := weaviatetest.Start(b)
	w, err := NewWeaviate(WeaviateConfig{URLs: []string{node.URL}})
	if err != nil {
		b.Fatal(err)
	}
	emb := localEmbedder(b, DefaultLocalDim)
	dir := b.TempDir()
	ctx := context.Background()
	if _, err := Build(ctx, dir, sampleDocs(b), emb, BuildOptions{}); err != nil {
		b.Fatal(err)
	}
	st, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("published %d objects in %s (%.0f objects/s)", st.Objects, st.Elapsed.Round(time.Millisecond), float64(st.Objects)/st.Elapsed.Seconds())
	ix, wi := openBoth(b, ctx, dir, w, emb)
	questions := evalQuestions(b, "eval.yaml")
	for _, s := range []struct {
		name string
		s    Searcher
	}{{"embedded", ix}, {"weaviate", wi}} {
		b.Run(s.name, func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				for _, q := range questions {
					start := time.Now()
					if _, err := s.s.Search(ctx, corpus.Query{Text: q, K: 10}); err != nil {
						b.Fatal(err)
					}
					lat = append(lat, time.Since(start))
				}
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}

// openBoth opens the embedded index in dir and the live Weaviate
// collection published from it, both with the local embedder's weights;
// they are closed when the test ends.
func openBoth(tb testing.TB, ctx context.Context, dir string, w *Weaviate, emb Embedder) (*Index, *WeaviateIndex) {
	tb.Helper()
	wts := DefaultWeights()
	wts.Vector = LocalVectorWeight
	ix, err := Open(dir, emb, OpenOptions{Weights: wts})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	wi, err := OpenWeaviate(ctx, w, emb, WeaviateOpenOptions{Weights: wts})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { wi.Close() })
	return ix, wi
}
