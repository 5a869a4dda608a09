package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDebugDump(t *testing.T) {
	files, _ := filepath.Glob("samples/" + os.Getenv("F") + "*")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		doc := Parse(filepath.Base(f), string(b), Meta{}, Options{})
		for _, r := range doc.Reports {
			fmt.Printf("REPORT %q year=%d plan=%d org=%s period=%s kind=%s trad=%v span=%v\n", r.Title, r.Year, r.PlanYear, r.Org, r.Period, r.Kind, r.Traditional, r.Span)
			for _, s := range r.Sections {
				fmt.Printf("  %s[%d %s %d] %s | %q\n", strings.Repeat("  ", s.Level), s.Level, s.Kind, s.Year, s.PathString(), trunc(s.Heading))
			}
			if os.Getenv("C") != "" {
				for _, c := range r.Chunks {
					fmt.Printf("    CHUNK %s %s %d [%s] %d runes: %q\n", c.ID, c.Kind, c.Year, c.Section, len([]rune(c.Text)), trunc(c.Text))
				}
			}
		}
	}
}

func trunc(s string) string {
	r := []rune(s)
	if len(r) > 50 {
		return string(r[:50]) + "…"
	}
	return s
}

func TestDebugDedupe(t *testing.T) {
	b, _ := os.ReadFile("samples/003_452a34ef8c3d0ccb.txt")
	doc := Parse("003.txt", string(b), Meta{}, Options{})
	Dedupe([]*Document{&doc})
	for _, r := range doc.Reports {
		fmt.Println(r.Ref(), r.DuplicateOf, r.Duplicates)
	}
	for i := range doc.Reports {
		for j := i + 1; j < len(doc.Reports); j++ {
			a, _ := minhash(Normalize(doc.Text[doc.Reports[i].Span.Start:doc.Reports[i].Span.End]))
			c, _ := minhash(Normalize(doc.Text[doc.Reports[j].Span.Start:doc.Reports[j].Span.End]))
			if s := similarity(&a, &c); s > 0.05 {
				fmt.Println(i+1, j+1, s)
			}
		}
	}
}
