//go:build integration

package retrieval

import (
	"context"
	"runtime"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/weaviatetest"
	"github.com/healthbot/healthbot/understand"
)

// BenchmarkWeaviateCluster compares the embedded index with a 3-node
// Weaviate cluster (replication factor 2) on the synthetic corpus of
// bench_test.go (HEALTHBOT_BENCH_SIZES, default 100000 here): the publish
// (objects per second), hybrid search p50/p99 over the golden questions on
// both, and the resident memory of each node and of this process.
//
//	HEALTHBOT_WEAVIATE_BIN=… go test -tags integration ./retrieval -run '^$' -bench WeaviateCluster -benchtime 1x -timeout 90m
func BenchmarkWeaviateCluster(b *testing.B) {
	sizes := benchSizes()
	if len(sizes) == 2 && sizes[0] == 1000 && sizes[1] == 10000 { // the default of the embedded benchmarks
		sizes = []int{100000}
	}
	cases, err := LoadEvalSet("testdata/eval.yaml")
	if err != nil {
		b.Fatal(err)
	}
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.Local)
	for _, n := range sizes {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			c := weaviatetest.StartCluster(b, 3)
			w, err := NewWeaviate(WeaviateConfig{URLs: c.URLs(), Replicas: 2})
			if err != nil {
				b.Fatal(err)
			}
			emb := localEmbedder(b, DefaultLocalDim)
			start := time.Now()
			dir := builtIndex(b, n)
			b.Logf("embedded index of %d chunks built in %s", n, time.Since(start).Round(time.Second))
			ctx := context.Background()
			st, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{BatchSize: 500})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(float64(st.Objects)/st.Elapsed.Seconds(), "publish-objects/s")
			b.Logf("published %d objects in %s (%.0f objects/s, %d batches written again)", st.Objects, st.Elapsed.Round(time.Second), float64(st.Objects)/st.Elapsed.Seconds(), st.Rewrites)
			runtime.GC()
			before := residentMiB()
			ix, wi := openBoth(b, ctx, dir, w, emb)
			for _, s := range []struct {
				name string
				s    Searcher
			}{{"embedded", ix}, {"weaviate", wi}} {
				var lat []time.Duration
				for range 2 { // the first round warms caches up
					lat = lat[:0]
					for _, q := range cases {
						t0 := time.Now()
						if _, err := s.s.Search(ctx, corpus.Query{Text: q.Question, Filters: understand.Filters(q.Question, now), K: 10}); err != nil {
							b.Fatal(err)
						}
						lat = append(lat, time.Since(t0))
					}
				}
				slices.Sort(lat)
				p50, p99 := lat[len(lat)/2], lat[len(lat)*99/100]
				b.ReportMetric(float64(p50.Microseconds())/1000, s.name+"-p50-ms")
				b.ReportMetric(float64(p99.Microseconds())/1000, s.name+"-p99-ms")
				b.Logf("%s: hybrid search p50 %s, p99 %s over %d questions", s.name, p50.Round(100*time.Microsecond), p99.Round(100*time.Microsecond), len(lat))
			}
			b.Logf("this process (embedded index open, Weaviate client with its term statistics): %.0f MiB resident (%.0f before opening both)", residentMiB(), before)
			for _, nd := range c.Nodes {
				b.Logf("%s: %.0f MiB resident", nd.Name, nd.ResidentMiB())
				b.ReportMetric(nd.ResidentMiB(), nd.Name+"-MiB")
			}
		})
	}
}
