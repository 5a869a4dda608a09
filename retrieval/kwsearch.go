package retrieval

import (
	"context"
	"encoding/binary"
	"errors"
	"math"
	"math/bits"
	"slices"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	index "github.com/blevesearch/bleve_index_api"
)

// The keyword queries (a disjunction of a question's bigrams, filter terms
// in a conjunction with it, files left out) are scored here term at a
// time instead of by bleve's searchers: each term's postings are read once
// and added into per-document sums, where bleve merges all the terms'
// postings document by document through a heap, and the conjunction with
// the filter terms advances every one of them in step. The scores are
// bleve's BM25 scores (the same term scores, the same sum per conjunction
// and sum times matched/total per disjunction) but for the query norm,
// a factor common to every document of a query: rankings are the same.
// A query of another shape is left to bleve (errKwShape).

// errKwShape says a query holds a part the term-at-a-time scorer does not
// score as bleve does.
var errKwShape = errors.New("query shape not scored term at a time")

// kwDocs are documents matched by a query, by internal number ascending,
// with their scores.
type kwDocs struct {
	docs   []uint64
	scores []float64
	idf    float64 // of a term's postings: its query weight is boost times idf
}

// kwHit is a matched document with its score.
type kwHit struct {
	doc   uint64
	score float64
}

// kwScorer scores queries over one reader of the keyword index.
type kwScorer struct {
	ctx      context.Context
	mapping  mapping.IndexMapping // the analyzers of match queries
	r        index.IndexReader    // the postings; nil when mem holds them
	mem      *memPostings         // postings of candidates found elsewhere (wvrescore.go)
	docTotal uint64
	avgLen   map[string]float64
	cache    *kwTermCache
	scratch  *kwScratch
	memo     map[query.Query]kwDocs // results of the parts met before
	// sumSq adds up the squared query weights of the terms scored outside
	// a must-not clause, from which bleve's query norm is computed; skip
	// counts the must-not clauses being scored.
	sumSq float64
	skip  int
	pre   index.TermFieldDoc
}

// kwTermCache keeps the postings of filter terms (type, year, kind, org,
// file): every search repeats them and a generation never changes.
type kwTermCache struct {
	mu    sync.Mutex
	terms map[string]kwDocs
}

// cachedFields are the fields whose terms' postings are kept.
var cachedFields = map[string]bool{fieldType: true, fieldYear: true, fieldKind: true, fieldOrg: true, fieldFile: true}

// kwScratch is the per-search space a disjunction adds into.
type kwScratch struct {
	sum  []float64
	n    []uint32
	bits []uint64
}

// searchTermAtATime returns the n best documents of each of qs, best
// first, equal scores by internal number (bleve's order), then those tied
// with the last of them (withBoundaryTies), and the reader they were found
// with, for their ids; the caller closes it and cuts the ties by id. A part the
// queries share (the same query value) is scored once.
func searchTermAtATime(ctx context.Context, ix bleve.Index, cache *kwTermCache, qs []query.Query, n int) ([][]kwHit, index.IndexReader, error) {
	adv, err := ix.Advanced()
	if err != nil {
		return nil, nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, nil, err
	}
	sc := scratches.Get().(*kwScratch)
	defer scratches.Put(sc)
	s := &kwScorer{ctx: ctx, mapping: ix.Mapping(), r: r, avgLen: map[string]float64{}, cache: cache, scratch: sc, memo: map[query.Query]kwDocs{}}
	if s.docTotal, err = r.DocCount(); err != nil {
		r.Close()
		return nil, nil, err
	}
	out := make([][]kwHit, len(qs))
	for i, q := range qs {
		s.sumSq = 0
		res, err := s.eval(q)
		if err != nil {
			r.Close()
			return nil, nil, err
		}
		out[i] = topKw(res, n)
		if len(qs) == 1 {
			// Scores as bleve gives them. (Parts shared with an earlier
			// query are not weighed again: with several queries the
			// scores lack the norm, which ranks nothing differently.)
			norm := s.queryNorm()
			for j := range out[i] {
				out[i][j].score *= norm
			}
		}
	}
	return out, r, nil
}

// topKw returns the n best of res, best first.
func topKw(res kwDocs, n int) []kwHit {
	// worse: a lower score, or an equal one of a later document.
	worse := func(a, b kwHit) bool {
		if a.score != b.score {
			return a.score < b.score
		}
		return a.doc > b.doc
	}
	var h []kwHit // a heap whose root is the worst kept
	for i, d := range res.docs {
		x := kwHit{d, res.scores[i]}
		if len(h) < n {
			h = append(h, x)
			for j := len(h) - 1; j > 0; {
				p := (j - 1) / 2
				if !worse(h[j], h[p]) {
					break
				}
				h[j], h[p] = h[p], h[j]
				j = p
			}
			continue
		}
		if n == 0 || !worse(h[0], x) {
			continue
		}
		h[0] = x
		for j := 0; ; {
			l, r, w := 2*j+1, 2*j+2, j
			if l < len(h) && worse(h[l], h[w]) {
				w = l
			}
			if r < len(h) && worse(h[r], h[w]) {
				w = r
			}
			if w == j {
				break
			}
			h[j], h[w] = h[w], h[j]
			j = w
		}
	}
	slices.SortFunc(h, func(a, b kwHit) int {
		switch {
		case worse(b, a):
			return -1
		case worse(a, b):
			return 1
		}
		return 0
	})
	return withBoundaryTies(h, res, n)
}

// withBoundaryTies adds to the n best hits h the other documents scored
// as the last of them, up to n more: which of them the internal numbers
// put first differs from one build of the same corpus to the next, so the
// caller cuts them by their ids.
func withBoundaryTies(h []kwHit, res kwDocs, n int) []kwHit {
	if n == 0 || len(h) < n {
		return h
	}
	last := h[len(h)-1]
	for i, d := range res.docs {
		if len(h) >= 2*n {
			break
		}
		if res.scores[i] == last.score && d > last.doc {
			h = append(h, kwHit{d, res.scores[i]})
		}
	}
	return h
}

// eval scores the documents q matches (once per query value).
func (s *kwScorer) eval(q query.Query) (kwDocs, error) {
	if d, ok := s.memo[q]; ok {
		return d, nil
	}
	d, err := s.evalOnce(q)
	if err == nil {
		s.memo[q] = d
	}
	return d, err
}

// evalOnce scores the documents q matches.
func (s *kwScorer) evalOnce(q query.Query) (kwDocs, error) {
	if err := s.ctx.Err(); err != nil {
		return kwDocs{}, err
	}
	switch q := q.(type) {
	case *query.TermQuery:
		return s.term(q.FieldVal, q.Term, q.BoostVal.Value())
	case *query.MatchQuery:
		return s.match(q)
	case *query.DisjunctionQuery:
		if q.Min > 1 {
			return kwDocs{}, errKwShape
		}
		kids := make([]kwDocs, len(q.Disjuncts))
		for i, c := range q.Disjuncts {
			var err error
			if kids[i], err = s.eval(c); err != nil {
				return kwDocs{}, err
			}
		}
		return s.or(kids), nil
	case *query.ConjunctionQuery:
		kids := make([]kwDocs, len(q.Conjuncts))
		for i, c := range q.Conjuncts {
			var err error
			if kids[i], err = s.eval(c); err != nil {
				return kwDocs{}, err
			}
		}
		return and(kids), nil
	case *query.BooleanQuery:
		if q.Should != nil || q.Filter != nil || q.Must == nil {
			return kwDocs{}, errKwShape
		}
		must, err := s.eval(q.Must)
		if err != nil || q.MustNot == nil {
			return must, err
		}
		s.skip++
		not, err := s.eval(q.MustNot)
		s.skip--
		if err != nil {
			return kwDocs{}, err
		}
		return without(must, not.docs), nil
	}
	return kwDocs{}, errKwShape
}

// match scores a match query as bleve does: a term query per token of its
// analysed text, all of them in a disjunction (or, with the AND operator,
// a conjunction), each with the match query's boost.
func (s *kwScorer) match(q *query.MatchQuery) (kwDocs, error) {
	if q.Fuzziness != 0 || q.Prefix != 0 {
		return kwDocs{}, errKwShape
	}
	name := q.Analyzer
	if name == "" {
		name = s.mapping.AnalyzerNameForPath(q.FieldVal)
	}
	a := s.mapping.AnalyzerNamed(name)
	if a == nil {
		return kwDocs{}, errKwShape
	}
	tokens := a.Analyze([]byte(q.Match))
	if len(tokens) == 0 {
		return kwDocs{}, nil // bleve's match-none searcher
	}
	if q.Operator != query.MatchQueryOperatorAnd && !cachedFields[q.FieldVal] {
		return s.orStream(len(tokens), func(add func(uint64, float64)) error {
			for _, t := range tokens {
				if _, err := s.eachPosting(q.FieldVal, string(t.Term), q.BoostVal.Value(), add); err != nil {
					return err
				}
			}
			return nil
		})
	}
	kids := make([]kwDocs, len(tokens))
	for i, t := range tokens {
		var err error
		if kids[i], err = s.term(q.FieldVal, string(t.Term), q.BoostVal.Value()); err != nil {
			return kwDocs{}, err
		}
	}
	if q.Operator == query.MatchQueryOperatorAnd {
		return and(kids), nil
	}
	return s.or(kids), nil
}

// term scores the documents holding term in field by BM25, as bleve's
// term scorer does, times the term's query weight without the norm
// (boost times idf).
func (s *kwScorer) term(field, term string, boost float64) (kwDocs, error) {
	key := field + "\x00" + term
	if cachedFields[field] && s.cache != nil {
		s.cache.mu.Lock()
		d, ok := s.cache.terms[key]
		s.cache.mu.Unlock()
		if ok {
			s.weigh(boost * d.idf)
			return scaled(d, boost), nil
		}
	}
	d, err := s.postings(field, term)
	if err != nil {
		return kwDocs{}, err
	}
	s.weigh(boost * d.idf)
	if cachedFields[field] && s.cache != nil {
		s.cache.mu.Lock()
		if s.cache.terms == nil {
			s.cache.terms = map[string]kwDocs{}
		}
		s.cache.terms[key] = d
		s.cache.mu.Unlock()
	}
	return scaled(d, boost), nil
}

// scaled returns d with its scores times boost (d itself when boost is 1).
func scaled(d kwDocs, boost float64) kwDocs {
	if boost == 1 {
		return d
	}
	out := kwDocs{docs: d.docs, scores: make([]float64, len(d.scores)), idf: d.idf}
	for i, x := range d.scores {
		out.scores[i] = x * boost
	}
	return out
}

// postings reads the postings of term in field, scored with boost 1.
func (s *kwScorer) postings(field, term string) (kwDocs, error) {
	var out kwDocs
	s.skip++ // weighed by the caller
	idf, err := s.eachPosting(field, term, 1, func(d uint64, score float64) {
		out.docs = append(out.docs, d)
		out.scores = append(out.scores, score)
	})
	s.skip--
	out.idf = idf
	return out, err
}

// weigh adds a term's query weight to the query norm's sum.
func (s *kwScorer) weigh(w float64) {
	if s.skip == 0 {
		s.sumSq += w * w
	}
}

// queryNorm is bleve's norm of the query scored last: one over the root
// of the sum of its terms' squared weights.
func (s *kwScorer) queryNorm() float64 {
	if s.sumSq == 0 {
		return 1
	}
	return 1 / math.Sqrt(s.sumSq)
}

// eachPosting calls add with each document holding term in field, in
// ascending order, and its score times boost; it returns the term's idf.
func (s *kwScorer) eachPosting(field, term string, boost float64, add func(doc uint64, score float64)) (float64, error) {
	avg, err := s.avgFieldLength(field)
	if err != nil {
		return 0, err
	}
	if s.mem != nil {
		idf := bm25IDF(s.docTotal, s.mem.stats.df(field, term), avg)
		weight := idf * boost
		s.weigh(weight)
		s.mem.each(field, term, func(d uint64, freq uint64, norm float64) {
			add(d, bm25Score(idf, freq, norm, avg)*weight)
		})
		return idf, nil
	}
	tfr, err := s.r.TermFieldReader(s.ctx, []byte(term), field, true, true, false)
	if err != nil {
		return 0, err
	}
	defer tfr.Close()
	idf := bm25IDF(s.docTotal, tfr.Count(), avg)
	weight := idf * boost
	s.weigh(weight)
	for {
		d, err := tfr.Next(&s.pre)
		if err != nil {
			return 0, err
		}
		if d == nil {
			return idf, nil
		}
		if len(d.ID) != 8 {
			return 0, errKwShape
		}
		add(binary.BigEndian.Uint64(d.ID), bm25Score(idf, d.Freq, d.Norm, avg)*weight)
		s.pre.ID = d.ID[:0]
	}
}

// bm25IDF is bleve's idf of a term count of whose docTotal documents hold
// it, with BM25 (avg, the field's average length, > 0) or, for a field
// without lengths, tf-idf.
func bm25IDF(docTotal, count uint64, avg float64) float64 {
	if avg > 0 {
		return math.Log(1 + (float64(docTotal)-float64(count)+0.5)/(float64(count)+0.5))
	}
	return 1 + math.Log(float64(docTotal)/float64(count+1))
}

// bm25Score is bleve's score of a document holding a term freq times in a
// field whose norm is norm (one over the root of its length, as bleve
// stores it).
func bm25Score(idf float64, freq uint64, norm, avg float64) float64 {
	var tf float64
	if freq < scorer.MaxSqrtCache {
		tf = scorer.SqrtCache[int(freq)]
	} else {
		tf = math.Sqrt(float64(freq))
	}
	if avg > 0 {
		fieldLength := 1 / (norm * norm)
		return idf * (tf * search.BM25_k1) / (tf + search.BM25_k1*(1-search.BM25_b+(search.BM25_b*fieldLength/avg)))
	}
	return tf * norm * idf
}

// avgFieldLength is bleve's BM25 average length of field: its token count
// over all documents, divided by the number of documents, rounded up.
func (s *kwScorer) avgFieldLength(field string) (float64, error) {
	if v, ok := s.avgLen[field]; ok {
		return v, nil
	}
	var card int
	if s.mem != nil {
		card = s.mem.stats.cardinality(field)
	} else if bm, ok := s.r.(index.BM25Reader); ok {
		var err error
		if card, err = bm.FieldCardinality(field); err != nil {
			return 0, err
		}
	}
	v := 0.0
	if s.docTotal > 0 || card > 0 {
		v = math.Ceil(float64(card) / float64(s.docTotal))
	}
	s.avgLen[field] = v
	return v, nil
}

// or is a disjunction of kids: every document one of them matches, the
// sum of their scores times the share of them that match it.
func (s *kwScorer) or(kids []kwDocs) kwDocs {
	if len(kids) == 1 {
		return kids[0]
	}
	out, _ := s.orStream(len(kids), func(add func(uint64, float64)) error {
		for _, k := range kids {
			for i, d := range k.docs {
				add(d, k.scores[i])
			}
		}
		return nil
	})
	return out
}

// orStream is a disjunction of n parts whose matches feed gives to add:
// each document added, the sum of its scores times the share of the n
// parts that added it (each part adds a document once).
func (s *kwScorer) orStream(n int, feed func(add func(doc uint64, score float64)) error) (kwDocs, error) {
	sc := s.scratch
	lo, hi, total := ^uint64(0), uint64(0), 0
	err := feed(func(d uint64, score float64) {
		if int(d) >= len(sc.sum) {
			sc.grow(int(d) + 1)
		}
		if sc.n[d] == 0 {
			sc.bits[d/64] |= 1 << (d % 64)
			lo, hi = min(lo, d), max(hi, d)
			total++
		}
		sc.sum[d] += score
		sc.n[d]++
	})
	if total == 0 {
		return kwDocs{}, err
	}
	out := kwDocs{docs: make([]uint64, 0, total), scores: make([]float64, 0, total)}
	nk := float64(n)
	for w := lo / 64; w <= hi/64; w++ {
		for b := sc.bits[w]; b != 0; b &= b - 1 {
			d := w*64 + uint64(bits.TrailingZeros64(b))
			out.docs = append(out.docs, d)
			out.scores = append(out.scores, sc.sum[d]*(float64(sc.n[d])/nk))
			sc.sum[d], sc.n[d] = 0, 0
		}
		sc.bits[w] = 0
	}
	return out, err
}

// grow makes the scratch hold documents up to n-1.
func (sc *kwScratch) grow(n int) {
	n = max(n, 2*len(sc.sum))
	sc.sum = append(sc.sum, make([]float64, n-len(sc.sum))...)
	sc.n = append(sc.n, make([]uint32, n-len(sc.n))...)
	sc.bits = append(sc.bits, make([]uint64, (n+63)/64-len(sc.bits))...)
}

// scratches recycles the per-search scratch space.
var scratches = sync.Pool{New: func() any { return new(kwScratch) }}

// and is a conjunction of kids: the documents all of them match, the sum
// of their scores.
func and(kids []kwDocs) kwDocs {
	if len(kids) == 0 {
		return kwDocs{}
	}
	out := kids[0]
	for _, k := range kids[1:] {
		var next kwDocs
		i, j := 0, 0
		for i < len(out.docs) && j < len(k.docs) {
			switch a, b := out.docs[i], k.docs[j]; {
			case a < b:
				i++
			case a > b:
				j++
			default:
				next.docs = append(next.docs, a)
				next.scores = append(next.scores, out.scores[i]+k.scores[j])
				i++
				j++
			}
		}
		out = next
	}
	return out
}

// without returns the documents of d not in drop (ascending).
func without(d kwDocs, drop []uint64) kwDocs {
	if len(drop) == 0 {
		return d
	}
	var out kwDocs
	j := 0
	for i, x := range d.docs {
		for j < len(drop) && drop[j] < x {
			j++
		}
		if j < len(drop) && drop[j] == x {
			continue
		}
		out.docs = append(out.docs, x)
		out.scores = append(out.scores, d.scores[i])
	}
	return out
}

// internalID is the bleve internal id of document number d.
func internalID(d uint64) index.IndexInternalID {
	return binary.BigEndian.AppendUint64(nil, d)
}
