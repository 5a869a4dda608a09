package retrieval

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// Benchmarks over a synthetic corpus made from the samples: their chunks
// repeated with a varying place, year and batch number until the corpus
// holds n chunks. Sizes come from HEALTHBOT_BENCH_SIZES (default
// "1000,10000"; add 100000 on demand — it takes minutes).
//
//	go test ./retrieval -run '^$' -bench . -benchtime 1x
//	HEALTHBOT_BENCH_SIZES=100000 go test ./retrieval -run '^$' -bench . -benchtime 1x -timeout 60m

func benchSizes() []int {
	spec := os.Getenv("HEALTHBOT_BENCH_SIZES")
	if spec == "" {
		spec = "1000,10000"
	}
	var out []int
	for _, s := range strings.Split(spec, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && n > 0 {
			out = append(out, n)
		}
	}
	return out
}

var benchPlaces = []string{"南陵县", "西城区", "阜阳市", "繁昌区", "无为市", "芜湖县", "泾县", "宣州区", "郎溪县", "广德市"}

// syntheticDocs makes documents holding n chunks in total.
func syntheticDocs(tb testing.TB, n int) []*corpus.Document {
	var base []corpus.Chunk
	var baseFigs []corpus.Figure
	for _, d := range sampleDocs(tb) {
		for _, r := range d.Reports {
			if r.DuplicateOf == "" {
				base = append(base, r.Chunks...)
				baseFigs = append(baseFigs, r.Figures...)
			}
		}
	}
	var docs []*corpus.Document
	made := 0
	for batch := 0; made < n; batch++ {
		place := benchPlaces[batch%len(benchPlaces)]
		year := 2015 + batch%10
		rep := corpus.Report{
			ID: fmt.Sprintf("r%06d", batch), Title: fmt.Sprintf("%s%d年卫生健康工作总结（第%d批）", place, year, batch),
			File: fmt.Sprintf("synthetic/%06d.txt", batch), Year: year, Org: place, Period: corpus.PeriodYear, Ordinal: 1,
		}
		for i, c := range base {
			if made == n {
				break
			}
			c.ID = fmt.Sprintf("%06d-%04d", batch, i)
			c.Report = rep.ID
			c.Year = year
			suffix := fmt.Sprintf("（%s第%d批）", place, batch)
			c.Text += suffix
			c.Norm += suffix
			rep.Chunks = append(rep.Chunks, c)
			made++
		}
		if batch < 50 {
			for _, f := range baseFigs {
				f.Year = year
				f.Report = rep.ID
				rep.Figures = append(rep.Figures, f)
			}
		}
		docs = append(docs, &corpus.Document{File: rep.File, Reports: []corpus.Report{rep}})
	}
	return docs
}

// builtIndexes caches one built index folder per size for the whole run.
var builtIndexes = map[int]string{}

func builtIndex(b *testing.B, n int) string {
	if dir, ok := builtIndexes[n]; ok {
		return dir
	}
	dir, err := os.MkdirTemp("", "healthbot-bench-")
	if err != nil {
		b.Fatal(err)
	}
	if _, err := Build(context.Background(), dir, syntheticDocs(b, n), localEmbedder(b, DefaultLocalDim), BuildOptions{}); err != nil {
		b.Fatal(err)
	}
	builtIndexes[n] = dir
	return dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	for _, dir := range builtIndexes {
		os.RemoveAll(dir)
	}
	for _, dir := range sampleIndexes {
		os.RemoveAll(dir)
	}
	os.Exit(code)
}

// BenchmarkBuild measures ingest throughput with the local embedder:
// embedding, the vector file and the keyword index.
func BenchmarkBuild(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			docs := syntheticDocs(b, n)
			emb := localEmbedder(b, DefaultLocalDim)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				dir := b.TempDir()
				if _, err := Build(context.Background(), dir, docs, emb, BuildOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "chunks/s")
		})
	}
}

// BenchmarkOpen measures loading an index, and the heap it holds.
func BenchmarkOpen(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			dir := builtIndex(b, n)
			emb := localEmbedder(b, DefaultLocalDim)
			b.ResetTimer()
			var heap uint64
			for i := 0; i < b.N; i++ {
				runtime.GC()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				ix, err := Open(dir, emb, OpenOptions{})
				if err != nil {
					b.Fatal(err)
				}
				runtime.GC()
				var after runtime.MemStats
				runtime.ReadMemStats(&after)
				heap = after.HeapAlloc - min(before.HeapAlloc, after.HeapAlloc)
				ix.Close()
			}
			b.ReportMetric(float64(heap)/(1<<20), "MiB-heap")
		})
	}
}

// BenchmarkSearch measures hybrid search latency; p50 and p99 over the
// golden questions are reported.
func BenchmarkSearch(b *testing.B) {
	cases, err := LoadEvalSet("testdata/eval.yaml")
	if err != nil {
		b.Fatal(err)
	}
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.Local)
	for _, n := range benchSizes() {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			w := DefaultWeights()
			w.Vector = LocalVectorWeight
			ix, err := Open(builtIndex(b, n), localEmbedder(b, DefaultLocalDim), OpenOptions{Weights: w})
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			var lat []time.Duration
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, c := range cases {
					start := time.Now()
					if _, err := ix.Search(context.Background(), corpus.Query{Text: c.Question, Filters: understand.Filters(c.Question, now), K: 10}); err != nil {
						b.Fatal(err)
					}
					lat = append(lat, time.Since(start))
				}
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds())/1000, "p99-ms")
		})
	}
}
