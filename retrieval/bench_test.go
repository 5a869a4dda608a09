package retrieval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/weaviatetest"
	"github.com/healthbot/healthbot/understand"
)

// Benchmarks over a synthetic corpus made from the samples: their chunks
// repeated with a varying place, year and batch number until the corpus
// holds n chunks. Sizes come from HEALTHBOT_BENCH_SIZES (default
// "1000,10000"; add 100000 on demand — it takes minutes).
//
//	go test ./retrieval -run '^$' -bench . -benchtime 1x
//	HEALTHBOT_BENCH_SIZES=100000 go test ./retrieval -run '^$' -bench . -benchtime 1x -timeout 60m
//
// HEALTHBOT_BENCH_INDEX_DIR keeps the built indexes there for later runs
// and for timing the CLI on them (see builtIndex and scripts/bench.sh).
//
// Latencies are best read as multiples of the floor (BenchmarkFloor, and
// the floor-ms each search sub-benchmark measures beside its own figures):
// on a shared machine the ratios of one run are what can be compared.

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

// keptIndexes are folders of HEALTHBOT_BENCH_INDEX_DIR, kept after the run.
var keptIndexes = map[string]bool{}

// builtIndex returns the folder of an index of the synthetic corpus of n
// chunks, built once per run. With HEALTHBOT_BENCH_INDEX_DIR set it is
// DIR/n, kept after the run and reused by later runs while it is of this
// format and size (so the CLI can be timed on it: healthbot ask --index
// DIR/100000 …).
func builtIndex(b *testing.B, n int) string {
	if dir, ok := builtIndexes[n]; ok {
		return dir
	}
	var dir string
	if keep := os.Getenv("HEALTHBOT_BENCH_INDEX_DIR"); keep != "" {
		dir = filepath.Join(keep, strconv.Itoa(n))
		if UpToDate(dir, localEmbedder(b, DefaultLocalDim), false, n) {
			builtIndexes[n] = dir
			keptIndexes[dir] = true
			return dir
		}
		if err := os.RemoveAll(dir); err != nil {
			b.Fatal(err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.Fatal(err)
		}
		keptIndexes[dir] = true
	} else {
		var err error
		if dir, err = os.MkdirTemp("", "healthbot-bench-"); err != nil {
			b.Fatal(err)
		}
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
		if !keptIndexes[dir] {
			os.RemoveAll(dir)
		}
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

// BenchmarkOpen measures loading an index, and the heap it holds; on
// Linux also the resident set of the process after opening it and after
// asking every golden question once (MiB-rss-open, MiB-rss-searched): the
// closest measure of what serve holds that a benchmark can take.
func BenchmarkOpen(b *testing.B) {
	cases, err := LoadEvalSet("testdata/eval.yaml")
	if err != nil {
		b.Fatal(err)
	}
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.Local)
	for _, n := range benchSizes() {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			dir := builtIndex(b, n)
			emb := localEmbedder(b, DefaultLocalDim)
			b.ResetTimer()
			var heap uint64
			var rssOpen, rssSearched float64
			for i := 0; i < b.N; i++ {
				runtime.GC()
				var before runtime.MemStats
				runtime.ReadMemStats(&before)
				ix, err := Open(dir, emb, OpenOptions{})
				if err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				runtime.GC()
				var after runtime.MemStats
				runtime.ReadMemStats(&after)
				heap = after.HeapAlloc - min(before.HeapAlloc, after.HeapAlloc)
				rssOpen = residentMiB()
				for _, c := range cases {
					if _, err := ix.Search(context.Background(), corpus.Query{Text: c.Question, Filters: understand.Filters(c.Question, now), K: 10}); err != nil {
						b.Fatal(err)
					}
				}
				rssSearched = residentMiB()
				ix.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(heap)/(1<<20), "MiB-heap")
			if rssOpen > 0 {
				b.ReportMetric(rssOpen, "MiB-rss-open")
				b.ReportMetric(rssSearched, "MiB-rss-searched")
			}
		})
	}
}

// residentMiB is the process's resident set (VmRSS) in MiB; 0 where
// /proc/self/status cannot be read.
func residentMiB() float64 { return weaviatetest.ProcessResidentMiB(os.Getpid()) }

// BenchmarkSearch measures hybrid search latency; p50 and p99 over the
// golden questions are reported, and as multiples of the floor (see
// BenchmarkFloor) measured in the same sub-benchmark. path=table is the
// index's search, path=chromem the same with the vectors scanned by
// chromem-go, as before the vector table.
func BenchmarkSearch(b *testing.B) {
	benchSearch(b, func(ix *Index, c EvalCase, now time.Time) error {
		_, err := ix.Search(context.Background(), corpus.Query{Text: c.Question, Filters: understand.Filters(c.Question, now), K: 10})
		return err
	})
}

// BenchmarkVectorSearch measures the vector part of a search alone: the
// 50 nearest chunks to each golden question within its filters.
func BenchmarkVectorSearch(b *testing.B) {
	benchSearch(b, func(ix *Index, c EvalCase, now time.Time) error {
		f := understand.Filters(c.Question, now)
		_, err := ix.searchVectors(context.Background(), SearchText(c.Question), f, nil, 50)
		return err
	})
}

func benchSearch(b *testing.B, search func(*Index, EvalCase, time.Time) error) {
	cases, err := LoadEvalSet("testdata/eval.yaml")
	if err != nil {
		b.Fatal(err)
	}
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.Local)
	for _, n := range benchSizes() {
		for _, path := range []string{"table", "chromem"} {
			b.Run(strconv.Itoa(n)+"/path="+path, func(b *testing.B) {
				w := DefaultWeights()
				w.Vector = LocalVectorWeight
				ix, err := Open(builtIndex(b, n), localEmbedder(b, DefaultLocalDim), OpenOptions{Weights: w})
				if err != nil {
					b.Fatal(err)
				}
				defer ix.Close()
				if path == "chromem" {
					ex := newExhaustive(b, tableRows(ix.vectors.t))
					ix.searchVec = func(q []float32, f vecFilter, n int) []foundVector { return ex.chromemSearch(b, q, f, n) }
				}
				floor := floorTime(ix.vectors.t.cols)
				var lat []time.Duration
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					for _, c := range cases {
						start := time.Now()
						if err := search(ix, c, now); err != nil {
							b.Fatal(err)
						}
						lat = append(lat, time.Since(start))
					}
				}
				b.StopTimer()
				sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
				p50, p99 := lat[len(lat)/2], lat[len(lat)*99/100]
				b.ReportMetric(float64(p50.Microseconds())/1000, "p50-ms")
				b.ReportMetric(float64(p99.Microseconds())/1000, "p99-ms")
				b.ReportMetric(float64(floor.Microseconds())/1000, "floor-ms")
				b.ReportMetric(float64(p50)/float64(floor), "p50/floor")
				b.ReportMetric(float64(p99)/float64(floor), "p99/floor")
			})
		}
	}
}

// BenchmarkFloor sums the vector matrix of the index once per operation:
// the memory-bandwidth floor of any search that reads every vector.
func BenchmarkFloor(b *testing.B) {
	for _, n := range benchSizes() {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			ix, err := Open(builtIndex(b, n), localEmbedder(b, DefaultLocalDim), OpenOptions{})
			if err != nil {
				b.Fatal(err)
			}
			defer ix.Close()
			cols := ix.vectors.t.cols
			sumMatrix(cols) // fault the mapped pages in
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				sumMatrix(cols)
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "floor-ms")
		})
	}
}

// floorTime is the median time of summing m, over a few sums.
func floorTime(m []float32) time.Duration {
	sumMatrix(m)
	var ts []time.Duration
	for range 7 {
		start := time.Now()
		sumMatrix(m)
		ts = append(ts, time.Since(start))
	}
	slices.Sort(ts)
	return ts[len(ts)/2]
}

// floorSink keeps the sums from being optimised away.
var floorSink float32

// sumMatrix adds up m with eight accumulators, so that memory, not the
// latency of one chain of additions, bounds it.
func sumMatrix(m []float32) {
	var s [8]float32
	i := 0
	for ; i+8 <= len(m); i += 8 {
		v := m[i : i+8 : i+8]
		s[0] += v[0]
		s[1] += v[1]
		s[2] += v[2]
		s[3] += v[3]
		s[4] += v[4]
		s[5] += v[5]
		s[6] += v[6]
		s[7] += v[7]
	}
	for ; i < len(m); i++ {
		s[0] += m[i]
	}
	floorSink = s[0] + s[1] + s[2] + s[3] + s[4] + s[5] + s[6] + s[7]
}

// tableRows returns the rows of a table, vectors as stored.
func tableRows(t *vecTable) []vecRow {
	rows := make([]vecRow, t.rows)
	flat := make([]float32, t.rows*t.dim)
	for i := range rows {
		v := flat[i*t.dim : (i+1)*t.dim : (i+1)*t.dim]
		for d := range v {
			v[d] = t.cols[d*t.rows+i]
		}
		rows[i] = vecRow{id: t.id(i), year: int(t.years[i]), kind: t.strs[t.kinds[i]], org: t.strs[t.orgs[i]], file: t.strs[t.files[i]], vec: v}
	}
	return rows
}

// BenchmarkANNRecall measures the approximate search of dense vectors
// (ann.go) against the exact search over the same table: recall@10 (the
// share of the exact top 10 it returns), and p50 latencies of both and of
// the floor. Two sets of dense 1024-dimension vectors stand in for an API
// embedder's: "text", the synthetic corpus's chunks and the golden
// questions embedded by the local embedder and turned dense by an
// orthogonal transform (denseEmbedder, so that neighbours are those of
// real text), each question with and without its years; and "clustered",
// random unit vectors around n/100 random centres, with questions near
// some of them.
func BenchmarkANNRecall(b *testing.B) {
	cases, err := LoadEvalSet("testdata/eval.yaml")
	if err != nil {
		b.Fatal(err)
	}
	now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.Local)
	for _, n := range benchSizes() {
		for _, set := range []string{"text", "clustered"} {
			b.Run(strconv.Itoa(n)+"/"+set, func(b *testing.B) {
				const dim = DefaultLocalDim
				var rows []vecRow
				var qs [][]float32
				var filters []vecFilter
				if set == "clustered" {
					rows, qs = clusteredRows(n, dim, max(1, n/100), 100)
					filters = make([]vecFilter, len(qs))
				} else {
					var texts []string
					var chunks []corpus.Chunk
					for _, d := range syntheticDocs(b, n) {
						for _, r := range d.Reports {
							for _, c := range r.Chunks {
								chunks = append(chunks, c)
								texts = append(texts, c.Norm)
							}
						}
					}
					emb := newDenseEmbedder(b)
					emb.local = emb.local.WithIDF(NewIDF(texts))
					vs, err := emb.Embed(context.Background(), texts)
					if err != nil {
						b.Fatal(err)
					}
					for i, c := range chunks {
						rows = append(rows, vecRow{id: c.ID, year: c.Year, kind: string(c.Kind), org: "o", file: "f", vec: vs[i]})
					}
					for _, c := range cases {
						v, err := emb.Embed(context.Background(), []string{SearchText(c.Question)})
						if err != nil {
							b.Fatal(err)
						}
						qs = append(qs, v[0], v[0])
						filters = append(filters, vecFilter{}, vecFilter{years: understand.Filters(c.Question, now).Years})
					}
				}
				tab, a := annOver(b, dim, rows)
				floor := floorTime(tab.cols)
				var recall float64
				var annLat, exactLat []time.Duration
				b.ResetTimer()
				for i := 0; i < b.N; i++ {
					recall = 0
					for j, q := range qs {
						start := time.Now()
						want := tab.search(q, filters[j], 10)
						exactLat = append(exactLat, time.Since(start))
						start = time.Now()
						got := a.search(tab, storedVector(q), filters[j], 10)
						annLat = append(annLat, time.Since(start))
						recall += recallAt(got, want)
					}
					recall /= float64(len(qs))
				}
				b.StopTimer()
				// Recall with other numbers of candidates, for the record.
				for _, c := range []int{1000, 4000, 8000} {
					a.candidates = c
					r := 0.0
					for j, q := range qs {
						r += recallAt(a.search(tab, storedVector(q), filters[j], 10), tab.search(q, filters[j], 10))
					}
					b.ReportMetric(r/float64(len(qs)), "recall@10-c"+strconv.Itoa(c))
				}
				slices.Sort(annLat)
				slices.Sort(exactLat)
				b.ReportMetric(recall, "recall@10")
				b.ReportMetric(float64(annLat[len(annLat)/2].Microseconds())/1000, "ann-p50-ms")
				b.ReportMetric(float64(annLat[len(annLat)*99/100].Microseconds())/1000, "ann-p99-ms")
				b.ReportMetric(float64(exactLat[len(exactLat)/2].Microseconds())/1000, "exact-p50-ms")
				b.ReportMetric(float64(floor.Microseconds())/1000, "floor-ms")
				b.ReportMetric(float64(annLat[len(annLat)/2])/float64(floor), "ann-p50/floor")
			})
		}
	}
}
