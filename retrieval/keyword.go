package retrieval

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/philippgille/chromem-go"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
	index "github.com/blevesearch/bleve_index_api"
)

// The keyword index holds two kinds of documents: chunks (their normalised
// text, title and section) and figures (their indicator label and sentence).
// Text fields use bleve's CJK analyzer, which indexes character bigrams the
// way Lucene's CJK analyzer does, scored with BM25.
const (
	docChunk  = "chunk"
	docFigure = "figure"

	fieldType  = "type"
	fieldText  = "text"
	fieldChars = "chars" // the same text as single characters, for one-character words (牙, 药, 罚)
	fieldLabel = "label"
	fieldYear  = "year"
	fieldKind  = "kind"
	fieldOrg   = "org"
	fieldPlace = "place" // vector metadata only: places rank, they never filter
	fieldFile  = "file"
)

// keywordMapping builds the index mapping. Fields are searched only, by
// name: none goes into the composite _all field, and none keeps term
// vectors or doc values (nothing sorts, facets or highlights), which
// would only cost time and space at ingest. Neither changes a score.
func keywordMapping() *mapping.IndexMappingImpl {
	lean := func(f *mapping.FieldMapping) *mapping.FieldMapping {
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	text := lean(bleve.NewTextFieldMapping())
	text.Analyzer = "cjk"
	text.Store = false
	keyword := lean(bleve.NewKeywordFieldMapping())
	keyword.Store = false
	storedKeyword := lean(bleve.NewKeywordFieldMapping()) // the year is read back to find a chunk's vectors
	stored := lean(bleve.NewTextFieldMapping())
	stored.Index = false
	stored.Store = true

	chars := lean(bleve.NewTextFieldMapping())
	chars.Analyzer = charsAnalyzer
	chars.Store = false

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldType, keyword)
	doc.AddFieldMappingsAt(fieldText, text)
	doc.AddFieldMappingsAt(fieldChars, chars)
	doc.AddFieldMappingsAt(fieldLabel, text)
	doc.AddFieldMappingsAt(fieldYear, storedKeyword)
	for _, f := range []string{fieldKind, fieldOrg, fieldFile} {
		doc.AddFieldMappingsAt(f, keyword)
	}
	// A figure's record is stored whole so figure look-ups need nothing else.
	doc.AddFieldMappingsAt("record", stored)

	m := bleve.NewIndexMapping()
	if err := m.AddCustomAnalyzer(charsAnalyzer, map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []string{cjk.WidthName, lowercase.Name},
	}); err != nil {
		panic(err) // static configuration: cannot fail
	}
	m.DefaultMapping = doc
	m.DefaultAnalyzer = "cjk"
	m.IndexDynamic, m.StoreDynamic, m.DocValuesDynamic = false, false, false
	m.ScoringModel = index.BM25Scoring
	return m
}

// keywordDoc is what is indexed for one chunk or figure.
type keywordDoc struct {
	Type   string `json:"type"`
	Text   string `json:"text,omitempty"`
	Chars  string `json:"chars,omitempty"`
	Label  string `json:"label,omitempty"`
	Year   string `json:"year"`
	Kind   string `json:"kind"`
	Org    string `json:"org,omitempty"`
	File   string `json:"file"`
	Record string `json:"record,omitempty"`
	// textTerms, when its text is Text, is the analysis of Text shared
	// with other documents (kwdoc.go).
	textTerms *kwShared
}

// filterQuery turns filters into bleve term queries on a document type.
func filterQuery(docType string, f corpus.Filters) query.Query {
	must := []query.Query{termQuery(fieldType, docType)}
	if len(f.Years) > 0 {
		var years []query.Query
		for _, y := range f.Years {
			years = append(years, termQuery(fieldYear, strconv.Itoa(y)))
		}
		must = append(must, bleve.NewDisjunctionQuery(years...))
	}
	if f.Kind != "" {
		must = append(must, termQuery(fieldKind, string(f.Kind)))
	}
	if f.Org != "" {
		must = append(must, termQuery(fieldOrg, f.Org))
	}
	if f.File != "" {
		must = append(must, termQuery(fieldFile, f.File))
	}
	return bleve.NewConjunctionQuery(must...)
}

func termQuery(field, value string) query.Query {
	q := bleve.NewTermQuery(value)
	q.SetField(field)
	return q
}

// charsAnalyzer splits text into single characters (the unicode tokenizer
// emits each Han character on its own).
const charsAnalyzer = "chars"

// textQuery matches the question's bigrams, boosted the phrase of a plan's
// part it names ("保障措施"), and, with less weight, its rare single
// characters: a one-character word (牙, 药, 罚) has no bigram, while
// matching the common characters one by one only costs time.
func textQuery(text string, rareChars func(string) bool) query.Query {
	bigrams := bleve.NewMatchQuery(text)
	bigrams.SetField(fieldText)
	bigrams.Analyzer = "cjk"
	var chars []string
	seen := map[rune]bool{}
	for _, r := range text {
		if !seen[r] && r >= 0x2E80 && rareChars(string(r)) {
			seen[r] = true
			chars = append(chars, string(r))
		}
	}
	parts := []query.Query{bigrams}
	// A part of a plan the question names ("保障措施") is what it asks for:
	// its words count more than the plan's name the passages all repeat.
	for _, w := range understand.StructureWords(text) {
		part := bleve.NewMatchQuery(w) // all its bigrams: the index keeps no positions
		part.SetField(fieldText)
		part.Analyzer = "cjk"
		part.SetOperator(query.MatchQueryOperatorAnd)
		part.SetBoost(structureBoost)
		parts = append(parts, part)
	}
	if len(chars) > 0 {
		single := bleve.NewMatchQuery(strings.Join(chars, " "))
		single.SetField(fieldChars)
		single.Analyzer = charsAnalyzer
		single.SetBoost(charsBoost)
		parts = append(parts, single)
	}
	if len(parts) == 1 {
		return bigrams
	}
	return bleve.NewDisjunctionQuery(parts...)
}

// structureBoost weighs the phrase of a plan's part named in a question.
const structureBoost = 2

// maxCharShare: characters in more than this share of chunks are too
// common to be matched one by one.
const maxCharShare = 0.05

// charFrequencies reads how many chunks contain each character.
func charFrequencies(idx bleve.Index) (map[string]uint64, uint64, error) {
	dict, err := idx.FieldDict(fieldChars)
	if err != nil {
		return nil, 0, fmt.Errorf("read character frequencies: %w", err)
	}
	defer dict.Close()
	freq := map[string]uint64{}
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, 0, fmt.Errorf("read character frequencies: %w", err)
		}
		if e == nil {
			break
		}
		freq[e.Term] = e.Count
	}
	n, err := idx.DocCount()
	if err != nil {
		return nil, 0, err
	}
	return freq, n, nil
}

// charsBoost weighs single-character matches against bigram matches.
const charsBoost = 0.3

// matchQuery searches a text field for the bigrams of text, scored by BM25.
func matchQuery(field, text string) query.Query {
	q := bleve.NewMatchQuery(text)
	q.SetField(field)
	q.Analyzer = "cjk"
	return q
}

// keywordHit is one ranked document from the keyword index.
type keywordHit struct {
	ID    string
	Score float64
	Year  int
	doc   *chromem.Document // the chunk's record, when the source returned it
}

// searchKeywordPasses runs a BM25 match of the chunks' text within each
// of passes, scored term at a time (kwsearch.go); the question's text is
// matched once for all of them.
func (ix *Index) searchKeywordPasses(text string, passes []corpus.Filters, hidden []string, n int) ([][]keywordHit, error) {
	if text == "" || n <= 0 {
		return make([][]keywordHit, len(passes)), nil
	}
	match := textQuery(text, ix.chars.rare)
	qs := make([]query.Query, len(passes))
	for i, f := range passes {
		qs[i] = withoutFiles(bleve.NewConjunctionQuery(filterQuery(docChunk, f), match), hidden)
	}
	ix.kwMu.RLock()
	defer ix.kwMu.RUnlock()
	if ix.kwClosed {
		return nil, fmt.Errorf("keyword search: %w", bleve.ErrorIndexClosed)
	}
	found, r, err := searchTermAtATime(context.Background(), ix.keyword, &ix.kwCache, qs, n)
	if errors.Is(err, errKwShape) {
		out := make([][]keywordHit, len(qs))
		for i, q := range qs {
			if out[i], err = ix.searchKeywordBleve(q, n); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("keyword search: %w", err)
	}
	defer r.Close()
	out := make([][]keywordHit, len(found))
	for i, hs := range found {
		out[i] = make([]keywordHit, 0, len(hs))
		for _, h := range hs {
			id, err := r.ExternalID(internalID(h.doc))
			if err != nil {
				return nil, fmt.Errorf("keyword search: %w", err)
			}
			year, _ := ix.vectors.yearOf(id)
			out[i] = append(out[i], keywordHit{ID: id, Score: h.score, Year: year})
		}
		sortKeywordHits(out[i])
		if len(out[i]) > n {
			out[i] = out[i][:n] // the ties at the cut, by id
		}
	}
	return out, nil
}

// sortKeywordHits orders hits best first, equal scores by id: not by the
// index's internal numbering, which differs from one build of the same
// corpus to the next.
func sortKeywordHits(hits []keywordHit) {
	slices.SortStableFunc(hits, func(a, b keywordHit) int {
		if a.Score != b.Score {
			return cmp.Compare(b.Score, a.Score)
		}
		return strings.Compare(a.ID, b.ID)
	})
}

// searchKeywordBleve runs q by bleve's own searchers.
// Twice as many are asked for, and the ties at the cut left out by id, as
// in searchTermAtATime.
func (ix *Index) searchKeywordBleve(q query.Query, n int) ([]keywordHit, error) {
	req := bleve.NewSearchRequestOptions(q, 2*n, 0, false)
	req.Fields = []string{fieldYear}
	res, err := ix.keyword.Search(req)
	if err != nil {
		return nil, fmt.Errorf("keyword search: %w", err)
	}
	hits := make([]keywordHit, 0, len(res.Hits))
	for _, h := range res.Hits {
		year, _ := h.Fields[fieldYear].(string)
		y, _ := strconv.Atoi(year)
		hits = append(hits, keywordHit{ID: h.ID, Score: h.Score, Year: y})
	}
	sortKeywordHits(hits)
	if len(hits) > n {
		hits = hits[:n]
	}
	return hits, nil
}
