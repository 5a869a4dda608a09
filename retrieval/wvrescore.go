package retrieval

import (
	"bytes"
	"context"
	"encoding/gob"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// Weaviate's BM25 is not bleve's (it counts a term's occurrences where
// bleve takes their root, has no coordination factor, weighs the idf once
// where bleve's query weight weighs it twice, keeps one length for all the
// terms of a document), so it only finds the candidates: a keyword search
// asks it for wvPoolFactor times the hits wanted, and the candidates are
// then scored by the embedded index's own scorer (kwsearch.go) over their
// terms, with the term statistics of the whole index the generation was
// published from. The scores, and so the rankings, are the embedded
// index's wherever its best hits are among the candidates.

// wvPoolFactor is how many candidates per hit wanted a keyword search
// takes from Weaviate. Measured with healthbot eval on the three
// retrieval sets: recall and MRR are the embedded index's from 1 on; 2
// leaves a margin for the ranks below the top ten that fusion reads.
const wvPoolFactor = 2

// termStats are the keyword index's statistics that its scores read: for
// each field, how many documents hold each term and how many terms all
// documents hold together, and how many documents there are.
type termStats struct {
	DF    map[string]map[string]uint64 // field -> term -> documents holding it
	Card  map[string]int               // field -> terms in all documents
	Total uint64                       // documents
}

// statsFields are the fields whose statistics are kept.
var statsFields = []string{fieldText, fieldChars, fieldLabel, fieldType, fieldYear, fieldKind, fieldOrg, fieldFile}

func (t *termStats) df(field, term string) uint64 { return t.DF[field][term] }

func (t *termStats) cardinality(field string) int { return t.Card[field] }

// readTermStats reads the statistics of the keyword index of ix.
func (ix *Index) readTermStats() (*termStats, error) {
	ix.kwMu.RLock()
	defer ix.kwMu.RUnlock()
	if ix.kwClosed {
		return nil, bleve.ErrorIndexClosed
	}
	st := &termStats{DF: map[string]map[string]uint64{}, Card: map[string]int{}}
	var err error
	if st.Total, err = ix.keyword.DocCount(); err != nil {
		return nil, err
	}
	adv, err := ix.keyword.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	bm, _ := r.(index.BM25Reader)
	for _, f := range statsFields {
		dict, err := ix.keyword.FieldDict(f)
		if err != nil {
			return nil, fmt.Errorf("read term statistics: %w", err)
		}
		m := map[string]uint64{}
		for {
			e, err := dict.Next()
			if err != nil {
				dict.Close()
				return nil, fmt.Errorf("read term statistics: %w", err)
			}
			if e == nil {
				break
			}
			m[e.Term] = e.Count
		}
		dict.Close()
		st.DF[f] = m
		if bm != nil {
			if st.Card[f], err = bm.FieldCardinality(f); err != nil {
				return nil, err
			}
		}
	}
	return st, nil
}

// encode and decodeTermStats store the statistics in a generation record.
func (t *termStats) encode() ([]byte, error) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(t); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func decodeTermStats(data []byte) (*termStats, error) {
	var t termStats
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&t); err != nil {
		return nil, fmt.Errorf("term statistics: %w", err)
	}
	return &t, nil
}

// memDoc is a candidate's fields as the keyword index holds them: each
// field's terms with their counts, and its norm.
type memDoc map[string]memField

type memField struct {
	freq map[string]uint64
	norm float64 // bleve's: one over the root of the field's length, in float32
}

// addKeyword sets a keyword field of d to value (one term), as keywordDoc
// indexes it: an empty value is not indexed.
func (d memDoc) addKeyword(field, value string) {
	if value != "" {
		d[field] = memField{freq: map[string]uint64{value: 1}, norm: 1}
	}
}

// addTerms sets the text fields of d from a document's wvKeyword terms:
// plain terms are plain's, prefixed ones (wvCharPrefix, wvLabelPrefix) the
// field of their prefix. Only the terms of want (the query's, as written
// in its Weaviate query: the others score nothing) are counted; every term
// counts in its field's length.
func (d memDoc) addTerms(kw, plain string, want map[string]bool) {
	lens := map[string]int{}
	for len(kw) > 0 {
		end := strings.IndexByte(kw, ' ')
		if end < 0 {
			end = len(kw)
		}
		tok := kw[:end]
		kw = kw[min(end+1, len(kw)):]
		if tok == "" {
			continue
		}
		field, term := plain, tok
		switch {
		case strings.HasPrefix(tok, wvCharPrefix):
			field, term = fieldChars, tok[len(wvCharPrefix):]
		case strings.HasPrefix(tok, wvLabelPrefix):
			field, term = fieldLabel, tok[len(wvLabelPrefix):]
		}
		lens[field]++
		if want[tok] {
			f, ok := d[field]
			if !ok {
				f = memField{freq: map[string]uint64{}}
				d[field] = f
			}
			f.freq[term]++
		}
	}
	for field, n := range lens {
		f, ok := d[field]
		if !ok {
			f = memField{}
		}
		f.norm = float64(float32(1 / math.Sqrt(float64(n))))
		d[field] = f
	}
}

// queryTerms are the terms of a Weaviate keyword query.
func queryTerms(q string) map[string]bool {
	out := map[string]bool{}
	for _, t := range strings.Fields(q) {
		out[t] = true
	}
	return out
}

// chunkMemDoc is the keyword document of a chunk (as keywordDocs makes it)
// from its wvKeyword terms and metadata, counting the terms of want.
func chunkMemDoc(kw string, meta map[string]string, want map[string]bool) memDoc {
	doc := memDoc{}
	doc.addTerms(kw, fieldText, want)
	doc.addKeyword(fieldType, docChunk)
	doc.addKeyword(fieldYear, meta[fieldYear])
	doc.addKeyword(fieldKind, meta[fieldKind])
	doc.addKeyword(fieldOrg, meta[fieldOrg])
	doc.addKeyword(fieldFile, meta[fieldFile])
	return doc
}

// figureMemDoc is the keyword document of a figure from its wvKeyword
// terms and record, counting the terms of want.
func figureMemDoc(kw string, rec figureRecord, want map[string]bool) memDoc {
	doc := memDoc{}
	doc.addTerms(kw, fieldText, want)
	doc.addKeyword(fieldType, docFigure)
	doc.addKeyword(fieldYear, strconv.Itoa(rec.Figure.Year))
	doc.addKeyword(fieldKind, string(rec.Figure.Kind))
	doc.addKeyword(fieldOrg, rec.Org)
	doc.addKeyword(fieldFile, rec.File)
	return doc
}

// memPostings are the postings of a few candidate documents (numbered by
// their place in docs), scored with the whole index's statistics.
type memPostings struct {
	stats *termStats
	docs  []memDoc
}

// each calls f with each candidate holding term in field, in order.
func (m *memPostings) each(field, term string, f func(doc uint64, freq uint64, norm float64)) {
	for i, d := range m.docs {
		if fl, ok := d[field]; ok {
			if n := fl.freq[term]; n > 0 {
				f(uint64(i), n, fl.norm)
			}
		}
	}
}

// wvMapping is the keyword index's mapping, for its analyzers.
var wvMapping = sync.OnceValue(func() mapping.IndexMapping { return keywordMapping() })

// rescore scores the candidate documents docs by the keyword query q as
// the embedded index would, and returns the n best, best first (equal
// scores in candidate order).
func rescore(ctx context.Context, q query.Query, stats *termStats, docs []memDoc, n int) ([]kwHit, error) {
	sc := scratches.Get().(*kwScratch)
	defer scratches.Put(sc)
	s := &kwScorer{ctx: ctx, mapping: wvMapping(), mem: &memPostings{stats: stats, docs: docs}, docTotal: stats.Total,
		avgLen: map[string]float64{}, scratch: sc, memo: map[query.Query]kwDocs{}}
	res, err := s.eval(q)
	if err != nil {
		return nil, err
	}
	hits := topKw(res, n)
	norm := s.queryNorm()
	for i := range hits {
		hits[i].score *= norm
	}
	return hits, nil
}
