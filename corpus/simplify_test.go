package corpus

import (
	"math/bits"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSimplifySkipsOnlyWhatTheConverterKeeps checks the fast path: every
// line of the samples (Simplified and Traditional) comes out of Simplify
// exactly as the converter itself gives it.
func TestSimplifySkipsOnlyWhatTheConverterKeeps(t *testing.T) {
	Simplify("醫") // load
	changed := 0
	for _, w := range t2sRunes {
		changed += bits.OnesCount64(w)
	}
	if changed < 1000 {
		t.Fatalf("changed characters not found: %d", changed)
	}
	files, _ := filepath.Glob("samples/*.txt")
	if len(files) == 0 {
		t.Fatal("no samples")
	}
	skipped := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			want, err := t2sConv.Convert(line)
			if err != nil {
				t.Fatal(err)
			}
			if got := Simplify(line); got != want {
				t.Fatalf("%s: Simplify(%q) = %q, converter gives %q", f, line, got, want)
			}
			if !needsT2S(line) {
				skipped++
			}
		}
	}
	if skipped == 0 {
		t.Error("no line took the fast path")
	}
}

func BenchmarkSimplifySimplified(b *testing.B) {
	s := strings.Repeat("全年报告传染病病例8350例，家庭医生总签约率为50.2%。", 20)
	for b.Loop() {
		Simplify(s)
	}
}
