package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// metaWant is one line of testdata/devdocs/meta.yaml: what the first
// report of a real document must say about itself.
type metaWant struct {
	File      string   `yaml:"file"`
	Title     []string `yaml:"title"`  // any of these
	Issuer    []string `yaml:"issuer"` // any of these, 卫健委 read as 卫生健康委员会
	Place     string   `yaml:"place"`
	Year      int      `yaml:"year"`
	DocNumber string   `yaml:"doc_number"`
	Holdout   bool     `yaml:"holdout"`
}

// normalizeIssuer reads the short forms of a bureau's name as the long one.
func normalizeIssuer(s string) string {
	s = strings.ReplaceAll(s, "卫生健康委员会", "卫健委")
	s = strings.ReplaceAll(s, "卫生健康委", "卫健委")
	return s
}

func oneOf(got string, want []string, norm func(string) string) bool {
	for _, w := range want {
		if norm(got) == norm(w) {
			return true
		}
	}
	return false
}

// TestDevdocsMeta checks titles, issuing bodies, places, years and document
// numbers of the real documents in ../shared/devdocs against
// testdata/devdocs/meta.yaml, scoring the development and held-out
// documents separately (-v shows the scores). The held-out documents were
// checked once, after tuning (all right); they are checked on every run
// since, so a change that breaks them fails: fix it without reading their
// text.
func TestDevdocsMeta(t *testing.T) {
	t.Parallel()
	const dir = "../../shared/devdocs"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("../shared/devdocs is absent")
	}
	data, err := os.ReadFile("../testdata/devdocs/meta.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var wants []metaWant
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&wants); err != nil {
		t.Fatal(err)
	}
	type score struct{ n, title, issuer, place, year, number int }
	var dev, held score
	same := func(s string) string { return s }
	for _, w := range wants {
		doc, err := ReadFile(context.Background(), filepath.Join(dir, w.File), w.File, ReadOptions{})
		if err != nil {
			t.Errorf("%s: %v", w.File, err)
			continue
		}
		if len(doc.Reports) == 0 {
			t.Errorf("%s: no report", w.File)
			continue
		}
		r := doc.Reports[0]
		sc := &dev
		if w.Holdout {
			sc = &held
		}
		sc.n++
		var miss []string
		if oneOf(r.Title, w.Title, same) {
			sc.title++
		} else {
			miss = append(miss, "title "+r.Title)
		}
		if oneOf(r.Issuer, w.Issuer, normalizeIssuer) {
			sc.issuer++
		} else {
			miss = append(miss, "issuer "+r.Issuer)
		}
		if r.Place == w.Place {
			sc.place++
		} else {
			miss = append(miss, "place "+r.Place+" (want "+w.Place+")")
		}
		if r.Year == w.Year {
			sc.year++
		} else {
			miss = append(miss, "year "+itoaYear(r.Year))
		}
		if r.DocNumber == w.DocNumber {
			sc.number++
		} else {
			miss = append(miss, "doc number "+r.DocNumber)
		}
		if len(miss) > 0 {
			t.Errorf("%s: %s", w.File, strings.Join(miss, "; "))
		}
	}
	t.Logf("dev (%d docs): titles %d, issuers %d, places %d, years %d, doc numbers %d", dev.n, dev.title, dev.issuer, dev.place, dev.year, dev.number)
	t.Logf("held out (%d docs): titles %d, issuers %d, places %d, years %d, doc numbers %d", held.n, held.title, held.issuer, held.place, held.year, held.number)
}
