//go:build unix

package ingest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/retrieval"
)

// BenchmarkIngestRunOn ingests, through the whole path (read, clean,
// outline, chunk, figures, embed, index), one .txt file holding one run-on
// paragraph of 1, 2, 4 and 8 MB (HEALTHBOT_BENCH_RUNON_MB sets the sizes,
// e.g. "1 2"; HEALTHBOT_BENCH_RUNON_FILE names a file to ingest instead),
// and reports the peak live heap and the seconds per MB: both must stay
// flat per MB, or bounded. For a memory profile:
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
	type input struct {
		name string
		text func() string
	}
	var inputs []input
	for _, mb := range sizes {
		inputs = append(inputs, input{fmt.Sprintf("%dMB", mb), func() string { return runOnText(mb << 20) }})
	}
	if f := os.Getenv("HEALTHBOT_BENCH_RUNON_FILE"); f != "" {
		// Any file instead (a hostile one of scripts/harden15.sh).
		inputs = []input{{filepath.Base(f), func() string {
			data, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			return string(data)
		}}}
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			src := b.TempDir()
			text := in.text()
			writeFile(b, src, "runon.txt", text)
			mb := float64(len(text)) / (1 << 20)
			var peak uint64
			var sum Summary
			for b.Loop() {
				idx := b.TempDir()
				base := heapNow()
				stop := peakHeap()
				sum, err = Run(context.Background(), Options{CorpusDir: src, IndexDir: idx, Embedder: emb, Workers: 1})
				p := stop()
				if err != nil {
					b.Fatal(err)
				}
				peak = max(peak, p-min(p, base))
			}
			b.ReportMetric(float64(peak)/float64(1<<20), "peak-heap-MiB")
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N)/mb, "s/MB")
			b.ReportMetric(float64(sum.Chunks), "chunks")
			b.ReportMetric(float64(sum.Figures), "figures")
			b.ReportMetric(float64(len(sum.Skipped)), "skipped")
		})
	}
}
