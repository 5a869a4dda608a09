package retrieval

import (
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/document"
)

// TestKeywordDocumentMatchesMapping checks that the keyword documents of
// the samples' chunks and figures, built field by field, are those the
// index mapping makes: the same fields in the same order, with the same
// options, values, and analysed lengths and terms.
func TestKeywordDocumentMatchesMapping(t *testing.T) {
	chunks, figures := sampleIndexed(t)
	m := keywordMapping()
	n, shared := 0, 0
	for d := range keywordDocs(chunks, figures, normCache{}) {
		want := document.NewDocument(d.id)
		if err := m.MapDocument(want, d.doc); err != nil {
			t.Fatal(err)
		}
		got := keywordDocument(d.id, &d.doc)
		if d.doc.textTerms != nil {
			shared++
		}
		if len(got.Fields) != len(want.Fields) {
			t.Fatalf("%s: %d fields, want %d", d.id, len(got.Fields), len(want.Fields))
		}
		for i, w := range want.Fields {
			g := got.Fields[i]
			if w.Options().IsIndexed() {
				w.Analyze()
				g.Analyze()
			}
			if g.Name() != w.Name() || !reflect.DeepEqual(g.ArrayPositions(), w.ArrayPositions()) || g.Options() != w.Options() ||
				string(g.Value()) != string(w.Value()) || g.NumPlainTextBytes() != w.NumPlainTextBytes() || g.EncodedFieldType() != w.EncodedFieldType() {
				t.Fatalf("%s: field %d is %s %v %v %q, want %s %v %v %q", d.id, i, g.Name(), g.ArrayPositions(), g.Options(), g.Value(), w.Name(), w.ArrayPositions(), w.Options(), w.Value())
			}
			if diff := sameTerms(kwTerms{g.AnalyzedLength(), g.AnalyzedTokenFrequencies()}, kwTerms{w.AnalyzedLength(), w.AnalyzedTokenFrequencies()}); diff != "" {
				t.Fatalf("%s: field %s: %s", d.id, w.Name(), diff)
			}
		}
		if !reflect.DeepEqual(got.CompositeFields, want.CompositeFields) {
			t.Fatalf("%s: composite fields %+v, want %+v", d.id, got.CompositeFields, want.CompositeFields)
		}
		if !got.Indexed() {
			t.Fatalf("%s: not marked indexed", d.id)
		}
		n++
	}
	if n < 100 || shared == 0 {
		t.Fatalf("%d documents, %d with a shared sentence", n, shared)
	}
}

// sampleIndexed are the samples' chunks and figures as a build indexes them.
func sampleIndexed(t *testing.T) ([]indexedChunk, []indexedFigure) {
	t.Helper()
	var chunks []indexedChunk
	var figures []indexedFigure
	for _, d := range sampleDocs(t) {
		for ri := range d.Reports {
			r := &d.Reports[ri]
			for _, c := range r.Chunks {
				chunks = append(chunks, indexedChunk{Chunk: c, report: r})
			}
			for fi := range r.Figures {
				figures = append(figures, indexedFigure{Figure: &r.Figures[fi], report: r})
			}
		}
	}
	return chunks, figures
}
