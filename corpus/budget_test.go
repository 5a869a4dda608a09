package corpus

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// runOn is a paragraph of about n bytes with no sentence end, a figure
// every 33 bytes: the densest text a file gives the figure extractor.
func runOn(n int) string {
	const unit = "2023年全县家庭医生签约率达到50.2%比2022年提高3.1个百分点新建村衛生室12个"
	return "南陵县卫生健康工作总结\n" + strings.Repeat(unit, n/len(unit)+1)
}

// A parse past its memory budget stops and says so; within it, the same
// text is read whole.
func TestParseBoundedStopsPastBudget(t *testing.T) {
	text := runOn(20 << 10) // two pieces for the figure extractor
	doc, err := ParseBounded("runon.txt", text, Meta{}, Options{}, 1<<20)
	reason, skip := IsSkip(err)
	if !skip || !strings.Contains(reason, "corpus.file_memory_mb") || !strings.Contains(reason, "1 MiB") {
		t.Fatalf("over its budget: err %v, want a skip naming corpus.file_memory_mb", err)
	}
	if len(doc.Reports) != 0 {
		t.Errorf("a skipped parse returned %d reports", len(doc.Reports))
	}
	t.Log(reason)
	doc, err = ParseBounded("runon.txt", text, Meta{}, Options{}, DefaultMaxMemory)
	if err != nil {
		t.Fatalf("within the default budget: %v", err)
	}
	figures := 0
	for _, r := range doc.Reports {
		figures += len(r.Figures)
	}
	if want := 3 * len(text) / 100; figures < want*9/10 {
		t.Errorf("%d figures, want about %d (three a unit)", figures, want)
	}
}

// Real reports are far under the default budget: the largest sample
// counts under 16 MiB.
func TestSamplesWithinBudget(t *testing.T) {
	files, _ := filepath.Glob("samples/*.txt")
	var largest []byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) > len(largest) {
			largest = data
		}
	}
	if len(largest) < 32<<10 {
		t.Fatalf("the largest sample is %d bytes", len(largest))
	}
	if _, err := ParseBounded("largest.txt", string(largest), Meta{}, Options{}, 16<<20); err != nil {
		t.Error(err)
	}
}

// Each distinct word counts once: numbered points ("1.", "2.", …) are a
// new term each, the same sentence repeated is not.
func TestBudgetCountsDistinctTerms(t *testing.T) {
	var numbered strings.Builder
	for i := range 5000 {
		numbered.WriteString(strconv.Itoa(i) + ".\n")
	}
	repeated := strings.Repeat("全年家庭医生签约率达到50.2%。\n", 1000)
	for _, c := range []struct {
		text     string
		min, max int
	}{
		{numbered.String(), 5000, 5000},
		{repeated, 11, 11}, // ten pairs of characters and 50.2
	} {
		b := &budget{limit: 1 << 40}
		b.chargeTerms(Normalize(c.text))
		if n := len(b.terms); n < c.min || n > c.max {
			t.Errorf("%d distinct terms in %q…, want %d–%d", n, c.text[:12], c.min, c.max)
		}
	}
}
