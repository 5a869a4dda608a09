package retrieval

import (
	"context"
	"encoding/json"
	"math"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// TestRescoreIsBleve checks the heart of the Weaviate backend's keyword
// ranking: the embedded index's scorer, run over candidates' terms as a
// Weaviate object stores them (chunkTerms, figureTerms) and the term
// statistics a generation publishes, gives every candidate bleve's score,
// in bleve's order, for every other question of the golden set and both
// filter passes, and for figure look-ups.
func TestRescoreIsBleve(t *testing.T) {
	ix, _ := buildSamples(t, BuildOptions{})
	stats, err := ix.readTermStats()
	if err != nil {
		t.Fatal(err)
	}
	// Through the encoding a generation record stores them in.
	data, err := stats.encode()
	if err != nil {
		t.Fatal(err)
	}
	if stats, err = decodeTermStats(data); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	now := mustDate(t, "2024-06-01")
	checked := 0
	// A document's terms are the same in every question: analysed once.
	terms := map[string]string{}
	for _, set := range []string{"eval.yaml"} {
		for i, question := range evalQuestions(t, set) {
			if i%2 == 1 {
				continue // every other question: enough kinds, half the time under -race
			}
			norm := SearchText(question)
			if !hasContent(norm) {
				continue
			}
			f := understand.Filters(question, now)
			for _, pass := range []corpus.Filters{{}, {Years: f.Years, Kind: f.Kind}} {
				q := bleve.NewConjunctionQuery(filterQuery(docChunk, pass), textQuery(norm, ix.chars.rare))
				want := bleveScores(t, ix, q, 50)
				if len(want) == 0 {
					continue
				}
				wq := queryTerms(chunkQuery(norm, ix.chars.rare))
				docs := make([]memDoc, len(want))
				for i, w := range want {
					d, err := ix.chunkByID(ctx, w.id, w.year)
					if err != nil {
						t.Fatal(err)
					}
					kw, ok := terms[w.id]
					if !ok {
						kw = chunkTerms(d.Metadata["title"], d.Metadata[fieldNorm])
						terms[w.id] = kw
					}
					docs[i] = chunkMemDoc(kw, d.Metadata, wq)
				}
				got, err := rescore(ctx, q, stats, docs, len(docs))
				if err != nil {
					t.Fatal(err)
				}
				compareScores(t, question, want, got)
				checked++
			}
			// Figures: the embedded look-up's query over its candidates.
			fnorm := corpus.Normalize(question)
			fq := figureKeywordQuery(fnorm, corpus.Filters{})
			found, err := ix.figureRecords(ctx, fq, 40)
			if err != nil {
				t.Fatal(err)
			}
			if len(found) == 0 {
				continue
			}
			want := make([]scoredID, len(found))
			docs := make([]memDoc, len(found))
			wq := queryTerms(figureQuery(fnorm))
			for i, h := range found {
				var rec figureRecord
				if err := json.Unmarshal(h.record, &rec); err != nil {
					t.Fatal(err)
				}
				want[i] = scoredID{id: string(h.record), score: h.Score}
				kw, ok := terms[string(h.record)]
				if !ok {
					kw = figureTerms(rec.Figure.Label, figureText(rec.Figure))
					terms[string(h.record)] = kw
				}
				docs[i] = figureMemDoc(kw, rec, wq)
			}
			got, err := rescore(ctx, fq, stats, docs, len(docs))
			if err != nil {
				t.Fatal(err)
			}
			compareScores(t, "figures: "+question, want, got)
			checked++
		}
	}
	if checked < 80 {
		t.Fatalf("only %d rankings compared", checked)
	}
}

// scoredID is a document bleve found and its score.
type scoredID struct {
	id    string
	year  int
	score float64
}

// bleveScores runs q on the embedded keyword index (as one query: with
// bleve's query norm) and returns its n best chunks.
func bleveScores(t *testing.T, ix *Index, q query.Query, n int) []scoredID {
	t.Helper()
	found, r, err := searchTermAtATime(context.Background(), ix.keyword, &ix.kwCache, []query.Query{q}, n)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	out := make([]scoredID, len(found[0]))
	for i, h := range found[0] {
		id, err := r.ExternalID(internalID(h.doc))
		if err != nil {
			t.Fatal(err)
		}
		year, _ := ix.vectors.yearOf(id)
		out[i] = scoredID{id: id, year: year, score: h.score}
	}
	return out
}

// compareScores fails unless got ranks the candidates (numbered in want's
// order) as want does, with want's scores.
func compareScores(t *testing.T, what string, want []scoredID, got []kwHit) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d of %d candidates scored", what, len(got), len(want))
		return
	}
	for i, g := range got {
		w := want[i]
		if math.Abs(want[g.doc].score-g.score) > 1e-9*math.Max(1, math.Abs(w.score)) || math.Abs(w.score-g.score) > 1e-9*math.Max(1, math.Abs(w.score)) {
			t.Errorf("%s: rank %d: candidate %d scored %.12g, bleve ranks %q there with %.12g", what, i+1, g.doc, g.score, w.id, w.score)
			return
		}
	}
}
