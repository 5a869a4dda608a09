package retrieval

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/philippgille/chromem-go"

	"github.com/healthbot/healthbot/corpus"
)

// Search runs the query. A year filter that matches nothing gives no hits
// and a note saying so: it never silently answers from another year. A
// kind (plan/summary) read from the question is relaxed, with a note, when
// nothing of that kind matches.
func (ix *Index) Search(ctx context.Context, q corpus.Query) (corpus.SearchResult, error) {
	res := corpus.SearchResult{Query: q.Text, Filters: q.Filters, Hits: []corpus.Hit{}}
	if !hasContent(q.Text) {
		return res, errEmptyQuery
	}
	norm := SearchText(q.Text)
	res.SearchText = norm
	if q.K <= 0 {
		q.K = 10
	}
	hits, err := ix.search(ctx, norm, q.Filters, q.K, q.Mode)
	if err != nil {
		return res, err
	}
	if len(hits) == 0 && q.Filters.Kind != "" {
		relaxed := q.Filters
		relaxed.Kind = ""
		if hits, err = ix.search(ctx, norm, relaxed, q.K, q.Mode); err != nil {
			return res, err
		}
		if len(hits) > 0 {
			res.Note = fmt.Sprintf("资料中没有%s%s类内容，以下为相关的其他内容。", yearsText(q.Filters.Years), kindText(q.Filters.Kind))
		}
	}
	if len(hits) == 0 && len(q.Filters.Years) > 0 {
		res.Note = fmt.Sprintf("资料中没有找到%s的相关内容。", yearsText(q.Filters.Years))
	}
	res.Hits = hits
	return res, nil
}

// hasContent reports whether text has any letter or digit to search for.
func hasContent(text string) bool {
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func yearsText(years []int) string {
	var parts []string
	for _, y := range years {
		parts = append(parts, strconv.Itoa(y)+"年")
	}
	return strings.Join(parts, "、")
}

func kindText(k corpus.Kind) string {
	if k == corpus.KindPlan {
		return "工作计划"
	}
	return "工作总结"
}

// search runs the retrievers with fixed filters and fuses their rankings.
func (ix *Index) search(ctx context.Context, norm string, f corpus.Filters, k int, mode corpus.Mode) ([]corpus.Hit, error) {
	n := max(ix.weights.Candidates, k)
	var vec []chromem.Result
	var kw []keywordHit
	var err error
	if mode != corpus.KeywordOnly {
		if vec, err = ix.searchVectors(ctx, norm, f, n); err != nil {
			return nil, err
		}
	}
	if mode != corpus.VectorOnly {
		if kw, err = ix.searchKeyword(norm, f, n); err != nil {
			return nil, err
		}
	}
	type fused struct {
		id    string
		score float64
		vRank int
		kRank int
		year  int // from the keyword index, to find a chunk's vectors
		doc   *chromem.Result
	}
	byID := map[string]*fused{}
	var order []*fused
	get := func(id string) *fused {
		if x, ok := byID[id]; ok {
			return x
		}
		x := &fused{id: id}
		byID[id] = x
		order = append(order, x)
		return x
	}
	for i := range vec {
		x := get(vec[i].ID)
		x.vRank = i + 1
		x.doc = &vec[i]
		x.score += ix.weights.Vector / (ix.weights.RRFK + float64(i+1))
	}
	for i, h := range kw {
		x := get(h.ID)
		x.kRank = i + 1
		x.year = h.Year
		x.score += ix.weights.Keyword / (ix.weights.RRFK + float64(i+1))
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].score > order[j].score })

	// Diversify: at most MaxPerReport hits from one report before the
	// others have had their turn; the rest keep their order after.
	perReport := map[string]int{}
	var picked, deferred []*fused
	for _, x := range order {
		if x.doc == nil {
			d, err := ix.chunkByID(ctx, x.id, x.year)
			if err != nil {
				continue // indexed by keyword only: cannot happen in one generation, skip
			}
			x.doc = &chromem.Result{ID: d.ID, Metadata: d.Metadata, Content: d.Content}
		}
		rep := x.doc.Metadata["report"]
		if ix.weights.MaxPerReport > 0 && perReport[rep] >= ix.weights.MaxPerReport {
			deferred = append(deferred, x)
			continue
		}
		perReport[rep]++
		picked = append(picked, x)
	}
	picked = append(picked, deferred...)
	if len(picked) > k {
		picked = picked[:k]
	}
	hits := make([]corpus.Hit, 0, len(picked))
	for i, x := range picked {
		m := x.doc.Metadata
		year, _ := strconv.Atoi(m[fieldYear])
		h := corpus.Hit{
			Rank: i + 1, Score: x.score, ChunkID: x.id, Title: m["title"], File: m[fieldFile], Ref: m["ref"],
			Year: year, Kind: corpus.Kind(m[fieldKind]), Org: m[fieldOrg], Section: m["section"], Text: x.doc.Content,
			VectorRank: x.vRank, KeywordRank: x.kRank,
		}
		if d := m["duplicates"]; d != "" {
			h.Duplicates = strings.Split(d, "\n")
		}
		hits = append(hits, h)
	}
	return hits, nil
}

// searchVectors returns the n nearest chunks within the filters: the
// collections of the years asked about (all when none), filtered by exact
// metadata equality, merged by similarity.
func (ix *Index) searchVectors(ctx context.Context, norm string, f corpus.Filters, n int) ([]chromem.Result, error) {
	var cols []*chromem.Collection
	if len(f.Years) == 0 {
		for _, c := range ix.years {
			cols = append(cols, c)
		}
	} else {
		for _, y := range f.Years {
			if c, ok := ix.years[y]; ok {
				cols = append(cols, c)
			}
		}
	}
	if len(cols) == 0 {
		return nil, nil
	}
	qv, err := ix.embedQuery(ctx, norm)
	if err != nil {
		return nil, err
	}
	where := map[string]string{}
	if f.Kind != "" {
		where[fieldKind] = string(f.Kind)
	}
	if f.Org != "" {
		where[fieldOrg] = f.Org
	}
	if f.File != "" {
		where[fieldFile] = f.File
	}
	if len(where) == 0 {
		where = nil
	}
	var all []chromem.Result
	for _, c := range cols {
		// chromem-go refuses nResults beyond the collection size.
		if k := min(n, c.Count()); k > 0 {
			rs, err := c.QueryEmbedding(ctx, qv, k, where, nil)
			if err != nil {
				return nil, fmt.Errorf("vector search: %w", err)
			}
			all = append(all, rs...)
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Similarity != all[j].Similarity {
			return all[i].Similarity > all[j].Similarity
		}
		return all[i].ID < all[j].ID
	})
	if len(all) > n {
		all = all[:n]
	}
	return all, nil
}

// chunkByID fetches a chunk found by the keyword index from its year's
// collection.
func (ix *Index) chunkByID(ctx context.Context, id string, year int) (chromem.Document, error) {
	c, ok := ix.years[year]
	if !ok {
		return chromem.Document{}, fmt.Errorf("chunk %s: no vectors of %d", id, year)
	}
	return c.GetByID(ctx, id)
}
