package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hugeParagraph is one paragraph of about n bytes: sentences with years,
// figures and a few Traditional characters, and no line break.
func hugeParagraph(n int) string {
	const sentence = "2023年全县家庭医生签约率达到50.2%，比2022年提高3.1个百分点，新建村衛生室12个；"
	var b strings.Builder
	b.Grow(n + len(sentence))
	b.WriteString("南陵县卫生健康工作总结\n")
	for b.Len() < n {
		b.WriteString(sentence)
	}
	return b.String()
}

// BenchmarkParseHugeParagraph parses one paragraph of 1, 2, 4 and 8 MB: the
// time per byte must stay flat (linear work per file).
func BenchmarkParseHugeParagraph(b *testing.B) {
	for _, mb := range []int{1, 2, 4, 8} {
		text := hugeParagraph(mb << 20)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Parse("huge.txt", text, Meta{}, Options{})
			}
		})
	}
}

// BenchmarkParseRunOn is BenchmarkParseHugeParagraph on text with no
// punctuation at all: one sentence of 1, 2, 4 and 8 MB.
func BenchmarkParseRunOn(b *testing.B) {
	for _, mb := range []int{1, 2, 4, 8} {
		text := strings.Repeat("2023年全县家庭医生签约率达到50.2%比2022年提高3.1个百分点新建村衛生室12个", (mb<<20)/100)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Parse("runon.txt", text, Meta{}, Options{})
			}
		})
	}
}

// BenchmarkSimplifyHuge converts one Traditional paragraph of 1, 2 and 4 MB.
func BenchmarkSimplifyHuge(b *testing.B) {
	for _, mb := range []int{1, 2, 4} {
		text := strings.Repeat("二〇二三年全縣家庭醫生簽約率達到百分之五十，衛生室建設繼續推進", (mb<<20)/90)
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Simplify(text)
			}
		})
	}
}

// BenchmarkParseSamples parses the sample reports (Simplified and
// Traditional): the parsing half of ingest throughput.
func BenchmarkParseSamples(b *testing.B) {
	files, _ := filepath.Glob("samples/*.txt")
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	b.SetBytes(int64(size))
	chunks := 0
	for b.Loop() {
		for i, t := range texts {
			d := Parse(filepath.Base(files[i]), t, Meta{}, Options{})
			for _, r := range d.Reports {
				chunks += len(r.Chunks)
			}
		}
	}
	b.ReportMetric(float64(chunks)/b.Elapsed().Seconds(), "chunks/s")
}
