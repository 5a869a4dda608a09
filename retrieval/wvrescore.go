package retrieval

import (
	"bytes"
	"context"
	"encoding/gob"
	"fmt"
	"math"
	"strconv"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/healthbot/healthbot/corpus"
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
// takes from Weaviate.
const wvPoolFactor = 4

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

// addTokens sets field of d to the analysed tokens.
func (d memDoc) addTokens(field string, tokens analysis.TokenStream) {
	f := memField{freq: make(map[string]uint64, len(tokens))}
	for _, t := range tokens {
		f.freq[string(t.Term)]++
	}
	if len(tokens) > 0 {
		f.norm = float64(float32(1 / math.Sqrt(float64(len(tokens)))))
	}
	d[field] = f
}

// addKeyword sets a keyword field of d to value (one term), as keywordDoc
// indexes it: an empty value is not indexed.
func (d memDoc) addKeyword(field, value string) {
	if value != "" {
		d[field] = memField{freq: map[string]uint64{value: 1}, norm: 1}
	}
}

// chunkMemDoc is the keyword document of a chunk of metadata meta (as
// keywordDocs makes it).
func chunkMemDoc(meta map[string]string) memDoc {
	a := wvAnalyzers()
	text := corpus.Normalize(meta["title"]) + "\n" + meta[fieldNorm]
	doc := memDoc{}
	doc.addTokens(fieldText, a[0].Analyze([]byte(text)))
	doc.addTokens(fieldChars, a[1].Analyze([]byte(text)))
	doc.addKeyword(fieldType, docChunk)
	doc.addKeyword(fieldYear, meta[fieldYear])
	doc.addKeyword(fieldKind, meta[fieldKind])
	doc.addKeyword(fieldOrg, meta[fieldOrg])
	doc.addKeyword(fieldFile, meta[fieldFile])
	return doc
}

// figureMemDoc is the keyword document of a figure's record.
func figureMemDoc(rec figureRecord) memDoc {
	a := wvAnalyzers()
	doc := memDoc{}
	doc.addTokens(fieldLabel, a[0].Analyze([]byte(corpus.Normalize(rec.Figure.Label))))
	doc.addTokens(fieldText, a[0].Analyze([]byte(corpus.Normalize(rec.Figure.Sentence))))
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
