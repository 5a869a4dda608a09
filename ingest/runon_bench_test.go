//go:build unix

package ingest

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/retrieval"
)

// runOnUnit is the unit of a run-on paragraph (scripts/harden15's): figures,
// years, a Traditional character and no sentence punctuation.
const runOnUnit = "2023年全县家庭医生签约率达到50.2%比2022年提高3.1个百分点新建村衛生室12个"

// runOnText is a title line and one paragraph of about n bytes of runOnUnit.
func runOnText(n int) string {
	var b strings.Builder
	b.Grow(n + len(runOnUnit) + 64)
	b.WriteString("南陵县卫生健康工作总结\n")
	for b.Len() < n {
		b.WriteString(runOnUnit)
	}
	b.WriteByte('\n')
	return b.String()
}

// BenchmarkIngestRunOn ingests, through the whole path (read, clean,
// outline, chunk, figures, embed, index), one .txt file holding one run-on
// paragraph of 1, 2, 4 and 8 MB (HEALTHBOT_BENCH_RUNON_MB sets the sizes,
// e.g. "1 2"), and reports the peak live heap and the seconds per MB:
// both must stay flat per MB, or bounded. For a memory profile:
//
//	go test ./ingest -run '^$' -bench IngestRunOn/1MB -benchtime 1x -memprofile mem.out
func BenchmarkIngestRunOn(b *testing.B) {
	sizes := []int{1, 2, 4, 8}
	if v := os.Getenv("HEALTHBOT_BENCH_RUNON_MB"); v != "" {
		sizes = nil
		for _, f := range strings.Fields(v) {
			if n, err := strconv.Atoi(f); err == nil && n > 0 {
				sizes = append(sizes, n)
			}
		}
	}
	emb, err := retrieval.NewLocalEmbedder(retrieval.DefaultLocalDim)
	if err != nil {
		b.Fatal(err)
	}
	for _, mb := range sizes {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			src := b.TempDir()
			writeFile(b, src, "runon.txt", runOnText(mb<<20))
			var peak uint64
			var sum Summary
			for b.Loop() {
				idx := b.TempDir()
				base := heapNow()
				stop := peakHeap()
				sum, _, err = Run(context.Background(), Options{CorpusDir: src, IndexDir: idx, Embedder: emb, Workers: 1})
				p := stop()
				if err != nil {
					b.Fatal(err)
				}
				peak = max(peak, p-min(p, base))
			}
			b.ReportMetric(float64(peak)/float64(1<<20), "peak-heap-MiB")
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N)/float64(mb), "s/MB")
			b.ReportMetric(float64(sum.Chunks), "chunks")
			b.ReportMetric(float64(sum.Figures), "figures")
			b.ReportMetric(float64(len(sum.Skipped)), "skipped")
		})
	}
}
