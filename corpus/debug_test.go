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
