package corpus

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenReport is the part of a parsed report kept in golden files: the
// structure, each chunk's start, and every figure.
type goldenReport struct {
	Title       string         `json:"title"`
	Ordinal     int            `json:"ordinal"`
	Year        int            `json:"year"`
	PlanYear    int            `json:"plan_year"`
	Org         string         `json:"org"`
	Place       string         `json:"place,omitempty"`
	Issuer      string         `json:"issuer,omitempty"`
	DocNumber   string         `json:"doc_number,omitempty"`
	Period      string         `json:"period"`
	Kind        Kind           `json:"kind"`
	Traditional bool           `json:"traditional"`
	Duplicates  []string       `json:"duplicates,omitempty"`
	DuplicateOf string         `json:"duplicate_of,omitempty"`
	Sections    []string       `json:"sections"`
	Chunks      []string       `json:"chunks"`
	Figures     []goldenFigure `json:"figures"`
}

type goldenFigure struct {
	Label     string `json:"label"`
	Value     string `json:"value"`
	Unit      string `json:"unit"`
	Qualifier string `json:"qualifier,omitempty"`
	Year      int    `json:"year"`
	Kind      Kind   `json:"kind"`
	Section   string `json:"section"`
	Place     string `json:"place,omitempty"`
}

func golden(doc Document) []goldenReport {
	var out []goldenReport
	for _, r := range doc.Reports {
		g := goldenReport{
			Title: r.Title, Ordinal: r.Ordinal, Year: r.Year, PlanYear: r.PlanYear, Org: r.Org,
			Place: r.Place, Issuer: r.Issuer, DocNumber: r.DocNumber,
			Period: r.Period, Kind: r.Kind, Traditional: r.Traditional,
			Duplicates: r.Duplicates, DuplicateOf: r.DuplicateOf,
		}
		for _, s := range r.Sections[1:] {
			g.Sections = append(g.Sections, string(s.Kind)+" "+itoaYear(s.Year)+" "+s.PathString())
		}
		for _, c := range r.Chunks {
			g.Chunks = append(g.Chunks, c.ID+" "+string(c.Kind)+" "+itoaYear(c.Year)+" ["+c.Section+"] "+prefixRunes(c.Text, 24))
		}
		for _, f := range r.Figures {
			v := f.Raw
			if f.Missing {
				v = "(blank)"
			}
			g.Figures = append(g.Figures, goldenFigure{f.Label, v, f.Unit, f.Qualifier, f.Year, f.Kind, f.Section, f.Place})
		}
		out = append(out, g)
	}
	return out
}

func itoaYear(y int) string {
	if y == 0 {
		return "----"
	}
	b, _ := json.Marshal(y)
	return string(b)
}

func prefixRunes(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", "⏎")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

var (
	samplesOnce sync.Once
	samplesDocs map[string]*Document
	samplesErr  error
)

// parseSamples parses every bundled sample as ingest would, with
// near-duplicates marked across them. The result is shared: do not modify.
func parseSamples(t *testing.T) map[string]*Document {
	t.Helper()
	samplesOnce.Do(func() {
		files, err := filepath.Glob("samples/*.txt")
		if err != nil || len(files) == 0 {
			samplesErr = fmt.Errorf("no samples: %v", err)
			return
		}
		samplesDocs = map[string]*Document{}
		var all []*Document
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				samplesErr = err
				return
			}
			doc := Parse(filepath.Base(f), string(data), Meta{}, Options{})
			samplesDocs[filepath.Base(f)] = &doc
			all = append(all, &doc)
		}
		Dedupe(all)
	})
	if samplesErr != nil {
		t.Fatal(samplesErr)
	}
	return samplesDocs
}

// TestGolden compares the parsed structure of every sample with
// testdata/golden/NAME.json; run with -update to accept a change.
func TestGolden(t *testing.T) {
	for name, doc := range parseSamples(t) {
		t.Run(name, func(t *testing.T) {
			got, err := json.MarshalIndent(golden(*doc), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join("testdata", "golden", strings.TrimSuffix(name, ".txt")+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./corpus -run TestGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("parsed structure differs from %s; if the change is intended, run go test ./corpus -run TestGolden -update and review the diff", path)
				diffLines(t, string(want), string(got))
			}
		})
	}
}

// diffLines reports the first few differing lines.
func diffLines(t *testing.T, want, got string) {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	shown := 0
	for i := 0; i < max(len(wl), len(gl)) && shown < 10; i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			t.Logf("line %d:\n- %s\n+ %s", i+1, w, g)
			shown++
		}
	}
}
