package retrieval

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	index "github.com/blevesearch/bleve_index_api"
)

// dumpKeyword reads the keyword index in dir: per field and term its
// document count and postings (external id, frequency, norm), sorted, and
// per document its stored fields; and the number of documents.
func dumpKeyword(t *testing.T, dir string) (map[string]string, uint64) {
	idx, err := bleve.OpenUsing(dir, map[string]interface{}{"read_only": true})
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	adv, _ := idx.Advanced()
	r, err := adv.Reader()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	n, _ := r.DocCount()
	out := map[string]string{}
	for _, field := range []string{fieldType, fieldText, fieldChars, fieldLabel, fieldYear, fieldKind, fieldOrg, fieldFile, "_all", "record"} {
		dict, err := r.FieldDict(field)
		if err != nil {
			t.Fatal(err)
		}
		for {
			e, err := dict.Next()
			if err != nil {
				t.Fatal(err)
			}
			if e == nil {
				break
			}
			tfr, err := r.TermFieldReader(context.Background(), []byte(e.Term), field, true, true, false)
			if err != nil {
				t.Fatal(err)
			}
			var ps []string
			for {
				d, err := tfr.Next(nil)
				if err != nil {
					t.Fatal(err)
				}
				if d == nil {
					break
				}
				id, _ := r.ExternalID(d.ID)
				ps = append(ps, fmt.Sprintf("%s:%d:%x", id, d.Freq, d.Norm))
			}
			tfr.Close()
			sort.Strings(ps)
			out[field+"\x00"+e.Term] = fmt.Sprintf("%d|%s", e.Count, strings.Join(ps, " "))
		}
		dict.Close()
	}
	// stored fields
	ids, _ := r.DocIDReaderAll()
	for {
		d, err := ids.Next()
		if err != nil || d == nil {
			break
		}
		id, _ := r.ExternalID(d)
		doc, err := r.Document(id)
		if err != nil {
			t.Fatal(err)
		}
		var s []string
		doc.VisitFields(func(f index.Field) {
			if f.Options().IsStored() {
				s = append(s, f.Name()+"="+string(f.Value()))
			}
		})
		out["stored\x00"+id] = strings.Join(s, "\x01")
	}
	ids.Close()
	return out, n
}

// TestKeywordIndexMatchesMapped builds the keyword index of the samples'
// chunks and figures as ingest does (documents built field by field, kwdoc.go)
// and as bleve builds it from the mapping, and compares them: every field's
// terms, their postings (document, frequency, norm) and the stored fields.
func TestKeywordIndexMatchesMapped(t *testing.T) {
	t.Parallel()
	chunks, figures := sampleIndexed(t)
	built := filepath.Join(t.TempDir(), "built")
	if _, err := newKeyword(context.Background(), built, keywordDocs(chunks, figures, normCache{})); err != nil {
		t.Fatal(err)
	}
	mapped := filepath.Join(t.TempDir(), "mapped")
	idx, err := bleve.New(filepath.Join(mapped, keywordDir), keywordMapping())
	if err != nil {
		t.Fatal(err)
	}
	b := idx.NewBatch()
	for d := range keywordDocs(chunks, figures, normCache{}) {
		if err := b.Index(d.id, d.doc); err != nil {
			t.Fatal(err)
		}
	}
	if err := idx.Batch(b); err != nil {
		t.Fatal(err)
	}
	if err := idx.Close(); err != nil {
		t.Fatal(err)
	}
	want, wn := dumpKeyword(t, filepath.Join(mapped, keywordDir))
	got, gn := dumpKeyword(t, filepath.Join(built, keywordDir))
	if gn != wn || len(got) != len(want) {
		t.Fatalf("%d documents and %d terms, want %d and %d", gn, len(got), wn, len(want))
	}
	for k, v := range want {
		if got[k] != v {
			t.Fatalf("%q: %.300s, want %.300s", k, got[k], v)
		}
	}
	if wn < 500 || len(want) < 5000 {
		t.Fatalf("only %d documents, %d terms", wn, len(want))
	}
}
