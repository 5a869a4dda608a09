package retrieval

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/healthbot/healthbot/corpus"
)

// foundFigure is a figure document found and its stored record.
type foundFigure struct {
	record []byte
	Score  float64
}

// figureRecords returns the n best figure documents of q with their
// records, scored term at a time (kwsearch.go) or, for a query of another
// shape, by bleve.
func (ix *Index) figureRecords(ctx context.Context, q query.Query, n int) ([]foundFigure, error) {
	ix.kwMu.RLock()
	defer ix.kwMu.RUnlock()
	if ix.kwClosed {
		return nil, bleve.ErrorIndexClosed
	}
	found, r, err := searchTermAtATime(ctx, ix.keyword, &ix.kwCache, []query.Query{q}, n)
	if errors.Is(err, errKwShape) {
		req := bleve.NewSearchRequestOptions(q, n, 0, false)
		req.Fields = []string{"record"}
		res, err := ix.keyword.SearchInContext(ctx, req)
		if err != nil {
			return nil, err
		}
		out := make([]foundFigure, 0, len(res.Hits))
		for _, h := range res.Hits {
			raw, _ := h.Fields["record"].(string)
			out = append(out, foundFigure{record: []byte(raw), Score: h.Score})
		}
		return out, nil
	}
	if err != nil {
		return nil, err
	}
	defer r.Close()
	hits := found[0]
	ids := make([]string, len(hits))
	for i, h := range hits {
		if ids[i], err = r.ExternalID(internalID(h.doc)); err != nil {
			return nil, err
		}
	}
	order := make([]int, len(hits))
	for i := range order {
		order[i] = i
	}
	// Equal scores by id, whatever the build's internal numbering, then
	// the ties at the cut left out.
	slices.SortStableFunc(order, func(a, b int) int {
		if hits[a].score != hits[b].score {
			return cmp.Compare(hits[b].score, hits[a].score)
		}
		return strings.Compare(ids[a], ids[b])
	})
	if len(order) > n {
		order = order[:n]
	}
	out := make([]foundFigure, 0, len(order))
	for _, k := range order {
		h, id := hits[k], ids[k]
		doc, err := r.Document(id)
		if err != nil {
			return nil, err
		}
		var rec []byte
		doc.VisitFields(func(f index.Field) {
			if f.Name() == "record" {
				rec = f.Value()
			}
		})
		out = append(out, foundFigure{record: rec, Score: h.score})
	}
	return out, nil
}

// figureCandidates is how many figures are read per look-up before the
// year and place rank them: enough that the asked place's figure is there
// when other places' outscore it on wording.
const figureCandidates = 400

// SearchFigures finds figures whose indicator label (and, with less weight,
// sentence) matches text; n at most. Org and File filter; years, kind and
// place rank (as in Search) and are reported on each hit as YearMatch and
// PlaceMatch, so the caller decides what to do with figures of another
// year or place.
func (ix *Index) SearchFigures(ctx context.Context, text string, f corpus.Filters, n int) ([]corpus.FigureHit, error) {
	return searchFigures(ctx, text, f, n, func(norm string, open corpus.Filters, limit int) ([]foundFigure, error) {
		// Figures the asker may not read are left out before they are ranked.
		return ix.figureRecords(ctx, withoutFiles(figureKeywordQuery(norm, open), ix.hiddenFiles(f.Access)), limit)
	})
}

// figureKeywordQuery matches figures within the exact filters open by
// their label and, with less weight, their sentence.
func figureKeywordQuery(norm string, open corpus.Filters) query.Query {
	label := bleve.NewMatchQuery(norm)
	label.SetField(fieldLabel)
	label.Analyzer = "cjk"
	label.SetBoost(labelBoost)
	sentence := matchQuery(fieldText, norm)
	return bleve.NewConjunctionQuery(filterQuery(docFigure, open), bleve.NewDisjunctionQuery(label, sentence))
}

// labelBoost weighs a figure's label against its sentence.
const labelBoost = 3

// searchFigures is SearchFigures over the figure look-up of a source:
// find returns the best limit figures matching the normalised text within
// the exact filters open (Org, File), leaving out what f.Access may not
// read. The year, kind and place then rank them, the same for every source.
func searchFigures(ctx context.Context, text string, f corpus.Filters, n int, find func(norm string, open corpus.Filters, limit int) ([]foundFigure, error)) ([]corpus.FigureHit, error) {
	if !hasContent(text) {
		return nil, errEmptyQuery
	}
	norm := corpus.Normalize(text)
	if n <= 0 {
		n = 10
	}
	found, err := find(norm, corpus.Filters{Org: f.Org, File: f.File}, max(n, figureCandidates))
	if err != nil {
		return nil, fmt.Errorf("figure search: %w", err)
	}
	soft := newSoftFilters(f)
	out := make([]corpus.FigureHit, 0, len(found))
	for _, h := range found {
		var rec figureRecord
		if err := json.Unmarshal(h.record, &rec); err != nil {
			continue
		}
		sent := corpus.Normalize(rec.Sentence)
		// A figure's own year decides (its sentence may name a baseline
		// year too); the sentence only when the figure's year is unknown.
		yearText := sent
		if rec.Figure.Year != 0 {
			yearText = ""
		}
		ym := soft.yearMatch(rec.Figure.Year, yearText)
		place := rec.ReportPlace
		if rec.Figure.Place != "" {
			place = rec.Figure.Place
		}
		pm := soft.placeMatch(place, func() string { return corpus.Normalize(rec.Title) + "\n" + sent })
		out = append(out, corpus.FigureHit{
			Score: h.Score * soft.weight(ym, pm, rec.Figure.Kind), Figure: rec.Figure, Title: rec.Title, File: rec.File, Ref: rec.Ref,
			Org: rec.Org, Place: place, Duplicates: rec.Duplicates, YearMatch: ym == matchYes, PlaceMatch: pm.matches(),
		})
	}
	// The asked place's figures first, then the asked year's, each by
	// score: a figure is a fact of one place and year, never a near miss.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].PlaceMatch != out[j].PlaceMatch {
			return out[i].PlaceMatch
		}
		if out[i].YearMatch != out[j].YearMatch {
			return out[i].YearMatch
		}
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		// Equal scores in one order whatever the build's numbering.
		if out[i].Ref != out[j].Ref {
			return out[i].Ref < out[j].Ref
		}
		return out[i].Figure.Span.Start < out[j].Figure.Span.Start
	})
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// figureText is what a figure is found by besides its label: its sentence
// and the programme its paragraph opens with (corpus.Figure.Lead).
func figureText(f corpus.Figure) string {
	return strings.TrimSpace(f.Sentence + "\n" + f.Lead)
}
