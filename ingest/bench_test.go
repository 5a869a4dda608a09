package ingest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/retrieval"
)

// BenchmarkIngest measures an incremental ingest (one file of n changed)
// against a cold one (every file read, embedded and indexed) of the same
// synthetic corpus, with the local embedder, and reports both and their
// ratio from the same run, and the CPU time of each (user and system, of
// every thread: less swayed than wall time by other work on a shared
// machine). n comes from HEALTHBOT_BENCH_FILES (default 20; 2000 on
// demand, which takes minutes):
//
//	HEALTHBOT_BENCH_FILES=2000 go test ./ingest -run '^$' -bench Ingest -benchtime 1x -timeout 60m
func BenchmarkIngest(b *testing.B) {
	n := 20
	if v, err := strconv.Atoi(os.Getenv("HEALTHBOT_BENCH_FILES")); err == nil && v > 0 {
		n = v
	}
	src := b.TempDir()
	pool := sentencePool(b)
	for i := range n {
		writeFile(b, src, fmt.Sprintf("%05d.txt", i), syntheticReport(pool, i, 0))
	}
	emb, err := retrieval.NewLocalEmbedder(retrieval.DefaultLocalDim)
	if err != nil {
		b.Fatal(err)
	}
	run := func(idx string) Summary {
		sum, err := Run(context.Background(), Options{CorpusDir: src, IndexDir: idx, Embedder: emb})
		if err != nil {
			b.Fatal(err)
		}
		return sum
	}
	b.Run(strconv.Itoa(n), func(b *testing.B) {
		var cold, warm, coldCPU, warmCPU time.Duration
		var sum Summary
		for i := 0; i < b.N; i++ {
			idx := b.TempDir()
			start, cpu := time.Now(), processCPU()
			sum = run(idx)
			cold += time.Since(start)
			coldCPU += processCPU() - cpu

			// One file of n changed: a new version of its text, later.
			name := fmt.Sprintf("%05d.txt", i%n)
			writeFile(b, src, name, syntheticReport(pool, i%n, i+1))
			later := time.Now().Add(time.Duration(i+2) * time.Second)
			os.Chtimes(filepath.Join(src, name), later, later)
			start, cpu = time.Now(), processCPU()
			s := run(idx)
			warm += time.Since(start)
			warmCPU += processCPU() - cpu
			if s.Read != 1 {
				b.Fatalf("incremental ingest read %d files", s.Read)
			}
		}
		b.ReportMetric(float64(sum.Chunks), "chunks")
		b.ReportMetric(cold.Seconds()/float64(b.N), "cold-s")
		b.ReportMetric(warm.Seconds()/float64(b.N), "incremental-s")
		b.ReportMetric(warm.Seconds()/cold.Seconds(), "ratio")
		b.ReportMetric(coldCPU.Seconds()/float64(b.N), "cold-cpu-s")
		b.ReportMetric(warmCPU.Seconds()/float64(b.N), "incremental-cpu-s")
		b.ReportMetric(float64(sum.Chunks)*float64(b.N)/cold.Seconds(), "cold-chunks/s")
	})
}

// sentencePool returns the sentences of the sample reports.
func sentencePool(b testing.TB) []string {
	files, _ := filepath.Glob("../corpus/samples/*.txt")
	var pool []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, s := range strings.Split(string(data), "。") {
			if s = strings.TrimSpace(s); len([]rune(s)) >= 10 {
				pool = append(pool, s+"。")
			}
		}
	}
	if len(pool) == 0 {
		b.Fatal("no sample sentences")
	}
	return pool
}

// syntheticReport is report i (version v) of a synthetic corpus: a
// title, headings and paragraphs of sample sentences drawn at random, so
// that no two reports are near-duplicates.
func syntheticReport(pool []string, i, v int) string {
	r := rand.New(rand.NewPCG(uint64(i), uint64(v)))
	places := []string{"南陵县", "西城区", "阜阳市", "繁昌区", "无为市", "芜湖县", "泾县", "宣州区", "郎溪县", "广德市"}
	place, year := places[i%len(places)], 2015+i%10
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s%d年卫生健康工作总结（第%d号）\n", place, year, i)
	for h, head := range []string{"一、主要工作", "二、存在问题", "三、下一步计划"} {
		sb.WriteString(head + "\n")
		for p := range 8 + 2*h {
			fmt.Fprintf(&sb, "（%d）", p+1)
			for range 3 + r.IntN(4) {
				sb.WriteString(pool[r.IntN(len(pool))])
			}
			fmt.Fprintf(&sb, "全年完成%d项，覆盖%d人。\n", r.IntN(1000), r.IntN(100000))
		}
	}
	return sb.String()
}
