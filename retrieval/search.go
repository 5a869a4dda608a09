package retrieval

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/philippgille/chromem-go"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// Search runs the query. Years, kind and place read from the question
// rank passages (see soft.go); when some passages match the year or place
// asked, only those are returned, and when none does the others are, with
// NoYear/NoPlace set and a note saying what was relaxed: an empty result
// is never returned while a relaxed one has passages.
func (ix *Index) Search(ctx context.Context, q corpus.Query) (corpus.SearchResult, error) {
	return searchSource(ctx, ix, ix.weights, q)
}

// source is where a search finds its candidates: the embedded index
// (Index) or a Weaviate collection (WeaviateIndex). What is done with them
// (fusion, soft filters, focus, diversification, notes) is this file's,
// the same for every source.
type source interface {
	// retrieve runs the retrievers mode asks for within each of passes,
	// leaving out what r may not read: n hits each, best first, in the
	// order of passes.
	retrieve(ctx context.Context, norm string, passes []corpus.Filters, r corpus.Readable, n int, mode corpus.Mode) ([]retrieved, error)
	// chunks returns the records of the chunks of ids (ids[i] of
	// years[i]) by id; one the source does not hold is left out.
	chunks(ctx context.Context, ids []string, years []int) (map[string]chromem.Document, error)
	// stats are the character statistics of the chunks (focus.go).
	stats() *charStats
}

// searchSource runs the query on a source with the fusion weights w (see
// Index.Search).
func searchSource(ctx context.Context, src source, w Weights, q corpus.Query) (corpus.SearchResult, error) {
	res := corpus.SearchResult{Query: q.Text, Filters: q.Filters, Hits: []corpus.Hit{}}
	if !hasContent(q.Text) {
		return res, errEmptyQuery
	}
	norm := SearchText(q.Text)
	res.SearchText = norm
	if q.K <= 0 {
		q.K = 10
	}
	hits, err := rank(ctx, src, w, norm, q.Filters, q.K, q.Mode)
	if err != nil {
		return res, err
	}
	var notes []string
	strong := relevant(hits)
	// A passage of the place asked whose report states no year may be of
	// the year asked (a task list with no date): no year is said missing.
	undated := q.Filters.Place != "" && slices.ContainsFunc(strong, func(h scoredHit) bool { return h.year == matchUnknown && h.place.matches() })
	if len(q.Filters.Years) > 0 && !anyMatch(strong, func(h scoredHit) match { return h.year }) && !undated && len(hits) > 0 {
		res.NoYear = true
		notes = append(notes, fmt.Sprintf("资料中没有找到%s的相关内容", yearsText(q.Filters.Years)))
	}
	if q.Filters.Place != "" && !anyMatch(strong, func(h scoredHit) match { return h.place }) && len(hits) > 0 {
		res.NoPlace = true
		notes = append(notes, fmt.Sprintf("资料中没有找到%s的相关内容", q.Filters.Place))
	}
	if k := q.Filters.Kind; k != "" && len(hits) > 0 && !slices.ContainsFunc(hits, func(h scoredHit) bool { return h.Kind == k && h.year != matchNo && h.year != matchUnknown }) {
		notes = append(notes, fmt.Sprintf("资料中没有%s%s类内容", yearsText(q.Filters.Years), kindText(k)))
	}
	if len(notes) > 0 {
		res.Note = strings.Join(notes, "；") + "，以下为其他相关内容。"
	}
	for _, h := range hits {
		res.Hits = append(res.Hits, h.Hit)
	}
	if len(hits) == 0 && len(q.Filters.Years) > 0 {
		res.NoYear = true
		res.Note = fmt.Sprintf("资料中没有找到%s的相关内容。", yearsText(q.Filters.Years))
	}
	return res, nil
}

// anyMatch reports whether some hit matches a filter.
func anyMatch(hits []scoredHit, by func(scoredHit) match) bool {
	for _, h := range hits {
		if by(h).matches() {
			return true
		}
	}
	return false
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

// scoredHit is a hit with how it matched the soft filters.
type scoredHit struct {
	corpus.Hit
	report      string  // id of the report the passage belongs to
	next        string  // id of the chunk that continues the passage's last paragraph
	prev        string  // id of the chunk whose last paragraph the passage's first continues
	relevance   float64 // fused score before the soft filters weigh it
	year, place match
}

// rank runs the retrievers of src and fuses their rankings with the
// weights w. Org and File filter; years and kind are searched both with
// and without their filter, so that matching passages are among the
// candidates, and with the place they weight the fused score. Hits that
// contradict an explicit year or place are dropped when others match it.
func rank(ctx context.Context, src source, w Weights, norm string, f corpus.Filters, k int, mode corpus.Mode) ([]scoredHit, error) {
	n := max(w.Candidates, k)
	open := corpus.Filters{Org: f.Org, File: f.File}
	narrow := corpus.Filters{Org: f.Org, File: f.File, Years: f.Years, Kind: f.Kind}
	narrowed := len(f.Years) > 0 || f.Kind != ""
	vecRank := map[string]int{}
	kwRank := map[string]int{}
	docs := map[string]*chromem.Document{}
	years := map[string]int{}
	var order []string
	note := func(id string) {
		if _, ok := docs[id]; !ok {
			docs[id] = nil
			order = append(order, id)
		}
	}
	better := func(ranks map[string]int, id string, r int) {
		if old, ok := ranks[id]; !ok || r < old {
			ranks[id] = r
		}
	}
	passes := []corpus.Filters{open}
	if narrowed {
		passes = append(passes, narrow)
	}
	// Passages the asker may not read are left out by both retrievers,
	// before anything is ranked.
	found, err := src.retrieve(ctx, norm, passes, f.Access, n, mode)
	if err != nil {
		return nil, err
	}
	for _, p := range found {
		for i := range p.vec {
			v := &p.vec[i]
			note(v.ID)
			docs[v.ID] = &chromem.Document{ID: v.ID, Metadata: v.Metadata, Content: v.Content}
			better(vecRank, p.vec[i].ID, i+1)
		}
		for i, h := range p.kw {
			note(h.ID)
			years[h.ID] = h.Year
			if h.doc != nil && docs[h.ID] == nil {
				docs[h.ID] = h.doc
			}
			better(kwRank, h.ID, i+1)
		}
	}
	// The records of chunks found by the keyword index alone, at once.
	var missing []string
	var missingYears []int
	for _, id := range order {
		if docs[id] == nil {
			missing = append(missing, id)
			missingYears = append(missingYears, years[id])
		}
	}
	if len(missing) > 0 {
		got, err := src.chunks(ctx, missing, missingYears)
		if err != nil {
			return nil, err
		}
		for id, d := range got {
			docs[id] = &d
		}
	}
	soft := newSoftFilters(f)
	// A question naming a part of a plan (保障措施) asks for that part,
	// not for one fact: the part's passages hold its heading, not the
	// question's other words, so focus is not measured.
	var qb map[string]float64
	if len(understand.StructureWords(norm)) == 0 {
		qb = src.stats().queryBigrams(norm)
	}
	var all []scoredHit
	for _, id := range order {
		doc := docs[id]
		if doc == nil {
			continue // indexed by keyword only: cannot happen in one generation, skip
		}
		m := doc.Metadata
		score := 0.0
		if r, ok := vecRank[id]; ok {
			score += w.Vector / (w.RRFK + float64(r))
		}
		if r, ok := kwRank[id]; ok {
			score += w.Keyword / (w.RRFK + float64(r))
		}
		year, _ := strconv.Atoi(m[fieldYear])
		text := m["section"] + "\n" + doc.Content
		// Normalised by Build, once (see fieldNorm).
		normText, ok := m[fieldNorm]
		if !ok {
			normText = corpus.Normalize(text)
		}
		h := scoredHit{
			Hit: corpus.Hit{
				ChunkID: id, Title: m["title"], File: m[fieldFile], Ref: m["ref"], Source: m["source"], Published: m["published"], DocNumber: m["docnumber"],
				Year: year, Kind: corpus.Kind(m[fieldKind]), Org: m[fieldOrg], Place: m[fieldPlace], Section: m["section"], Text: doc.Content,
				VectorRank: vecRank[id], KeywordRank: kwRank[id], Suspect: m[fieldSuspect] != "",
			},
			report:    m["report"],
			next:      m[fieldNext],
			prev:      m[fieldPrev],
			relevance: score,
			year:      soft.yearMatch(year, normText),
			place:     soft.placeMatch(m[fieldPlace], func() string { return corpus.Normalize(m["title"] + "\n" + text) }),
		}
		h.Score = score * soft.weight(h.year, h.place, h.Kind) * (1 + w.Focus*focus(qb, normText))
		if d := m["duplicates"]; d != "" {
			h.Duplicates = strings.Split(d, "\n")
		}
		all = append(all, h)
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Score != all[j].Score {
			return all[i].Score > all[j].Score
		}
		return all[i].ChunkID < all[j].ChunkID
	})
	all = keepMatching(all)

	// Diversify: at most MaxPerReport hits from one report before the
	// others have had their turn; the rest keep their order after.
	perReport := map[string]int{}
	var picked, deferred []scoredHit
	for _, h := range all {
		if w.MaxPerReport > 0 && perReport[h.report] >= w.MaxPerReport {
			deferred = append(deferred, h)
			continue
		}
		perReport[h.report]++
		picked = append(picked, h)
	}
	picked = append(picked, deferred...)
	if len(picked) > k {
		picked = picked[:k]
	}
	if err := continueParagraphs(ctx, src, picked); err != nil {
		return nil, err
	}
	for i := range picked {
		picked[i].Rank = i + 1
	}
	return picked, nil
}

// retrieved is what the two retrievers found within one set of filters.
type retrieved struct {
	vec []chromem.Result // with their records
	kw  []keywordHit     // with their records when the source returns them
}

// retrieve runs the embedded retrievers (Index is a source).
func (ix *Index) retrieve(ctx context.Context, norm string, passes []corpus.Filters, r corpus.Readable, n int, mode corpus.Mode) ([]retrieved, error) {
	return ix.searchBoth(ctx, norm, passes, ix.hiddenFiles(r), n, mode)
}

// chunks reads the records of ids from the chunk file.
func (ix *Index) chunks(ctx context.Context, ids []string, years []int) (map[string]chromem.Document, error) {
	out := make(map[string]chromem.Document, len(ids))
	for i, id := range ids {
		if d, err := ix.chunkByID(ctx, id, years[i]); err == nil {
			out[id] = d
		}
	}
	return out, nil
}

// stats are the character statistics of the keyword index.
func (ix *Index) stats() *charStats { return &ix.chars }

// searchBoth runs the retrievers the mode asks for within each set of
// filters, all at once (they share nothing but the read-only index), and
// returns their results in the order of passes.
func (ix *Index) searchBoth(ctx context.Context, norm string, passes []corpus.Filters, hidden []string, n int, mode corpus.Mode) ([]retrieved, error) {
	out := make([]retrieved, len(passes))
	errs := make([]error, len(passes)+1)
	var wg sync.WaitGroup
	if mode != corpus.KeywordOnly {
		for i, f := range passes {
			wg.Go(func() { out[i].vec, errs[i] = ix.searchVectors(ctx, norm, f, hidden, n) })
		}
	}
	if mode != corpus.VectorOnly {
		wg.Go(func() {
			kw, err := ix.searchKeywordPasses(norm, passes, hidden, n)
			for i := range kw {
				out[i].kw = kw[i]
			}
			errs[len(passes)] = err
		})
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// keepMatching drops the hits that contradict an asked year or place when
// some relevant hit matches it: a question about 2024 or about 四川 is not
// answered from another year's or province's passage while one of its own
// exists. A matching hit far down the fused ranking (found only by a weak
// retriever) does not count: it would drop every passage on the topic.
func keepMatching(hits []scoredHit) []scoredHit {
	for _, by := range []func(scoredHit) match{
		func(h scoredHit) match { return h.place },
		func(h scoredHit) match { return h.year },
	} {
		if !anyMatch(relevant(hits), by) {
			continue
		}
		kept := hits[:0:0]
		for _, h := range hits {
			if by(h) != matchNo {
				kept = append(kept, h)
			}
		}
		hits = kept
	}
	return hits
}

// relevant returns the hits whose fused score is at least relevantShare of
// the best one.
func relevant(hits []scoredHit) []scoredHit {
	best := 0.0
	for _, h := range hits {
		best = max(best, h.relevance)
	}
	var out []scoredHit
	for _, h := range hits {
		if h.relevance >= best*relevantShare {
			out = append(out, h)
		}
	}
	return out
}

// relevantShare is the share of the best fused score a hit needs for its
// year or place to decide what keepMatching keeps.
const relevantShare = 1.0 / 3

// searchVectors returns the n nearest chunks within the filters (the years
// asked about, all when none; exact kind, org and file), best first, equal
// similarities by id, with their text and metadata.
func (ix *Index) searchVectors(ctx context.Context, norm string, f corpus.Filters, hidden []string, n int) ([]chromem.Result, error) {
	qv, err := ix.embedQuery(ctx, norm)
	if err != nil {
		return nil, err
	}
	found := ix.searchVec(qv, vecFilter{years: f.Years, kind: string(f.Kind), org: f.Org, file: f.File, hidden: hidden}, n)
	out := make([]chromem.Result, 0, len(found))
	for _, v := range found {
		d, err := ix.chunkByID(ctx, v.id, v.year)
		if err != nil {
			return nil, fmt.Errorf("vector search: %w", err)
		}
		out = append(out, chromem.Result{ID: d.ID, Metadata: d.Metadata, Content: d.Content, Similarity: v.score})
	}
	return out, nil
}

// chunkByID fetches a chunk of a year by its id.
func (ix *Index) chunkByID(_ context.Context, id string, year int) (chromem.Document, error) {
	return ix.vectors.chunk(id, year)
}
