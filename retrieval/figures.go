package retrieval

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/blevesearch/bleve/v2"

	"github.com/healthbot/healthbot/corpus"
)

// SearchFigures finds figures whose indicator label (and, with less weight,
// sentence) matches text, within the filters; n at most.
func (ix *Index) SearchFigures(ctx context.Context, text string, f corpus.Filters, n int) ([]corpus.FigureHit, error) {
	if !hasContent(text) {
		return nil, errEmptyQuery
	}
	norm := corpus.Normalize(text)
	if n <= 0 {
		n = 10
	}
	label := bleve.NewMatchQuery(norm)
	label.SetField(fieldLabel)
	label.Analyzer = "cjk"
	label.SetBoost(3)
	sentence := matchQuery(fieldText, norm)
	q := bleve.NewConjunctionQuery(filterQuery(docFigure, f), bleve.NewDisjunctionQuery(label, sentence))
	req := bleve.NewSearchRequestOptions(q, n, 0, false)
	req.Fields = []string{"record"}
	res, err := ix.keyword.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("figure search: %w", err)
	}
	out := make([]corpus.FigureHit, 0, len(res.Hits))
	for _, h := range res.Hits {
		raw, _ := h.Fields["record"].(string)
		var rec figureRecord
		if err := json.Unmarshal([]byte(raw), &rec); err != nil {
			continue
		}
		out = append(out, corpus.FigureHit{Score: h.Score, Figure: rec.Figure, Title: rec.Title, File: rec.File, Ref: rec.Ref, Org: rec.Org, Duplicates: rec.Duplicates})
	}
	return out, nil
}
