package retrieval

import (
	"context"
	"math"
	"slices"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// TestTermAtATimeRanksAsBleve checks that the keyword search scored term
// at a time ranks the chunks as bleve's own searchers do, for every
// question of the eval set, with and without its years and kind, with
// files left out, and over an index updated in place (deleted documents).
func TestTermAtATimeRanksAsBleve(t *testing.T) {
	t.Parallel()
	cases, err := LoadEvalSet("testdata/eval.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix, dir := buildSamples(t, BuildOptions{})
	check := func(t *testing.T, ix *Index, hidden []string) {
		now := time.Date(2024, 6, 1, 0, 0, 0, 0, time.Local)
		for _, c := range cases {
			f := understand.Filters(c.Question, now)
			norm := SearchText(c.Question)
			passes := []corpus.Filters{{Org: f.Org, File: f.File}, {Org: f.Org, File: f.File, Years: f.Years, Kind: f.Kind}}
			both, err := ix.searchKeywordPasses(norm, passes, hidden, 50)
			if err != nil {
				t.Fatal(err)
			}
			for i, filters := range passes {
				mine := both[i]
				q := withoutFiles(bleve.NewConjunctionQuery(filterQuery(docChunk, filters), textQuery(norm, ix.chars.rare)), hidden)
				want, err := ix.searchKeywordBleve(q, 50)
				if err != nil {
					t.Fatal(err)
				}
				sameRanking(t, c.Question, mine, want)
			}
		}
	}
	check(t, ix, nil)
	docs := sampleDocs(t)
	check(t, ix, []string{docs[0].File, docs[1].File})

	// An update in place: one document gone (deleted in the copied
	// keyword index), the rest kept.
	ix.Close()
	if _, err := Build(context.Background(), dir, docs[1:], localEmbedder(t, DefaultLocalDim), BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	ix2, err := Open(dir, localEmbedder(t, DefaultLocalDim), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix2.Close()
	check(t, ix2, nil)
}

// sameRanking fails unless got and want hold the same chunks in the same
// order, but for chunks of equal scores (bleve's query norm, a factor
// common to all of a query's scores, is left out of got's).
func sameRanking(t *testing.T, question string, got, want []keywordHit) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d hits, bleve %d", question, len(got), len(want))
		return
	}
	if len(got) == 0 {
		return
	}
	ratio := want[0].Score / got[0].Score
	for i := range got {
		g, w := got[i].Score*ratio, want[i].Score
		if math.Abs(g-w) > 1e-9*math.Abs(w) {
			t.Errorf("%s: hit %d scores %g (scaled), bleve %g", question, i+1, g, w)
			return
		}
		if got[i].ID != want[i].ID && (i+1 >= len(got) || math.Abs(got[i].Score-got[i+1].Score) > 1e-9*got[i].Score) && (i == 0 || math.Abs(got[i].Score-got[i-1].Score) > 1e-9*got[i].Score) {
			t.Errorf("%s: hit %d is %s, bleve %s", question, i+1, got[i].ID, want[i].ID)
			return
		}
		if got[i].Year != want[i].Year {
			t.Errorf("%s: hit %s year %d, bleve %d", question, got[i].ID, got[i].Year, want[i].Year)
		}
	}
}

// TestFigureSearchScoresAsBleve checks that figure look-ups scored term at
// a time find the figures bleve finds, with bleve's scores.
func TestFigureSearchScoresAsBleve(t *testing.T) {
	cases, err := LoadEvalSet("testdata/eval.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix, _ := buildSamples(t, BuildOptions{})
	compared := 0
	for _, c := range cases {
		norm := corpus.Normalize(c.Question)
		label := bleve.NewMatchQuery(norm)
		label.SetField(fieldLabel)
		label.Analyzer = "cjk"
		label.SetBoost(3)
		q := withoutFiles(bleve.NewConjunctionQuery(filterQuery(docFigure, corpus.Filters{}), bleve.NewDisjunctionQuery(label, matchQuery(fieldText, norm))), []string{sampleDocs(t)[0].File})
		got, err := ix.figureRecords(context.Background(), q, 40)
		if err != nil {
			t.Fatal(err)
		}
		// Bleve's 40 best and the ones after them: equal scores are cut
		// by id, not by bleve's internal order.
		req := bleve.NewSearchRequestOptions(q, 80, 0, false)
		req.Fields = []string{"record"}
		res, err := ix.keyword.Search(req)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != min(40, len(res.Hits)) {
			t.Fatalf("%s: %d figures, bleve %d", c.Question, len(got), len(res.Hits))
		}
		for i, h := range res.Hits[:len(got)] {
			if math.Abs(got[i].Score-h.Score) > 1e-9*h.Score {
				t.Fatalf("%s: figure %d scores %v, bleve %v", c.Question, i+1, got[i].Score, h.Score)
			}
			tied := slices.ContainsFunc(res.Hits, func(b *search.DocumentMatch) bool {
				rec, _ := b.Fields["record"].(string)
				return rec == string(got[i].record) && math.Abs(b.Score-got[i].Score) <= 1e-9*b.Score
			})
			if !tied {
				t.Fatalf("%s: figure %d is none of bleve's with its score", c.Question, i+1)
			}
			compared++
		}
	}
	if compared == 0 {
		t.Fatal("no figures found")
	}
}

// The n best of a term-at-a-time search keep, after them, the documents
// scored as the last of them (up to n more): which of those the internal
// numbers put first changes from one build to the next, so the caller
// cuts them by id.
func TestTopKwKeepsTheTiesAtTheCut(t *testing.T) {
	res := kwDocs{docs: []uint64{7, 3, 9, 1, 5, 2}, scores: []float64{3, 2, 2, 2, 2, 1}}
	got := topKw(res, 2)
	var docs []uint64
	for _, h := range got {
		docs = append(docs, h.doc)
	}
	if want := []uint64{7, 1, 3, 9}; !slices.Equal(docs, want) {
		t.Errorf("topKw = %v, want %v (the best, then the tied ones up to 2n)", docs, want)
	}
	if got := topKw(kwDocs{docs: []uint64{4, 8}, scores: []float64{2, 1}}, 3); len(got) != 2 {
		t.Errorf("fewer documents than asked: %v", got)
	}
}
