package retrieval

import (
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// The chunk file's normalised text is joined from the normalised section
// and chunk text: the same as normalising them together.
func TestJoinNormIsNormalizeOfTheWhole(t *testing.T) {
	norm := normCache{}
	n := 0
	for _, d := range sampleDocs(t) {
		for _, r := range d.Reports {
			for _, c := range r.Chunks {
				if got, want := joinNorm(norm.get(c.Section), c.Norm), corpus.Normalize(c.Section+"\n"+c.Text); got != want {
					t.Fatalf("chunk %s: %q, want %q", c.ID, got, want)
				}
				n++
			}
		}
	}
	for _, tc := range [][2]string{{"", "正文"}, {"标题", ""}, {"", ""}, {" 標題 ", " 醫療　衛生 "}} {
		if got, want := joinNorm(corpus.Normalize(tc[0]), corpus.Normalize(tc[1])), corpus.Normalize(tc[0]+"\n"+tc[1]); got != want {
			t.Errorf("%q + %q: %q, want %q", tc[0], tc[1], got, want)
		}
	}
	if n == 0 {
		t.Fatal("no chunks")
	}
}
