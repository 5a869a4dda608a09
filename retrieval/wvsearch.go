package retrieval

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/philippgille/chromem-go"
	"github.com/weaviate/weaviate-go-client/v5/weaviate"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/filters"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/graphql"
	"github.com/weaviate/weaviate/entities/models"

	"github.com/healthbot/healthbot/corpus"
)

// WeaviateIndex searches the live collection of a Weaviate cluster: the
// collection the alias names when it was opened, or last reloaded. Its
// searches rank what Weaviate finds with the embedded index's code
// (search.go, figures.go). When the alias moves (an ingest published) it
// switches to the new collection: at Reload, every ReloadInterval, and at
// once when a search finds its collection dropped. It is safe for
// concurrent use.
type WeaviateIndex struct {
	w       *Weaviate
	emb     Embedder // as configured; each generation's has its IDF
	weights Weights
	log     *slog.Logger

	mu   sync.RWMutex
	live *wvGeneration

	reload    sync.Mutex // one Reload at a time
	stop      chan struct{}
	done      chan struct{}
	closeOnce sync.Once
}

// wvGeneration is an opened collection: its name and records.
type wvGeneration struct {
	w     *Weaviate
	class string
	rec   wvGenRecord
	emb   Embedder
	chars charStats
	terms *termStats // of the keyword index, for rescore
}

// WeaviateOpenOptions say how to open a WeaviateIndex.
type WeaviateOpenOptions struct {
	Weights Weights
	// ReloadInterval is how often to look for a collection newly published
	// under the alias; 0 looks only at Reload and when a search finds its
	// collection gone.
	ReloadInterval time.Duration
	Logger         *slog.Logger
}

// OpenWeaviate opens the collection the alias names for searching with
// emb. No alias yet is ErrNoIndex; a collection built by another embedder
// is refused with an error that says to re-ingest.
func OpenWeaviate(ctx context.Context, w *Weaviate, emb Embedder, opts WeaviateOpenOptions) (*WeaviateIndex, error) {
	wi := &WeaviateIndex{w: w, emb: emb, weights: opts.Weights, log: opts.Logger, stop: make(chan struct{}), done: make(chan struct{})}
	if wi.weights == (Weights{}) {
		wi.weights = DefaultWeights()
	}
	if wi.log == nil {
		wi.log = slog.New(slog.DiscardHandler)
	}
	g, err := wi.open(ctx)
	if err != nil {
		return nil, err
	}
	wi.live = g
	if opts.ReloadInterval <= 0 {
		close(wi.done)
		return wi, nil
	}
	go func() {
		defer close(wi.done)
		t := time.NewTicker(opts.ReloadInterval)
		defer t.Stop()
		for {
			select {
			case <-wi.stop:
				return
			case <-t.C:
				rctx, cancel := context.WithTimeout(context.Background(), opts.ReloadInterval+w.cfg.Timeout)
				wi.Reload(rctx)
				cancel()
			}
		}
	}()
	return wi, nil
}

// open opens the collection the alias names now.
func (wi *WeaviateIndex) open(ctx context.Context) (*wvGeneration, error) {
	class, err := wi.w.aliasTarget(ctx)
	if err != nil {
		return nil, err
	}
	if class == "" {
		return nil, fmt.Errorf("weaviate alias %s: %w", wi.w.Alias(), ErrNoIndex)
	}
	rec, blobs, err := wi.w.readGeneration(ctx, class)
	if err != nil {
		return nil, err
	}
	m := rec.Manifest
	if m.Embedder != wi.emb.Name() || m.Dim != wi.emb.Dim() {
		return nil, fmt.Errorf("weaviate collection %s was built with embedder %s (%d dimensions) but %s (%d dimensions) is configured: run healthbot ingest to rebuild it", class, m.Embedder, m.Dim, wi.emb.Name(), wi.emb.Dim())
	}
	g := &wvGeneration{w: wi.w, class: class, rec: rec, emb: wi.emb, chars: charStats{count: rec.Chars, docs: rec.Docs}}
	if g.terms, err = decodeTermStats(blobs[wvBlobStats]); err != nil {
		return nil, fmt.Errorf("weaviate collection %s: %w: run healthbot ingest to publish it again", class, err)
	}
	if local, ok := wi.emb.(*LocalEmbedder); ok {
		data, ok := blobs[wvBlobIDF]
		if !ok {
			return nil, fmt.Errorf("weaviate collection %s lacks the local embedder's statistics: run healthbot ingest to rebuild it", class)
		}
		idf, err := ReadIDF(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("weaviate collection %s: %w", class, err)
		}
		g.emb = local.WithIDF(idf)
	}
	return g, nil
}

// Reload switches to the collection the alias names if it is not the one
// in use, and reports whether it switched. A collection that cannot be
// opened is logged and the old one kept.
func (wi *WeaviateIndex) Reload(ctx context.Context) bool {
	wi.reload.Lock()
	defer wi.reload.Unlock()
	class, err := wi.w.aliasTarget(ctx)
	cur := wi.current()
	if err != nil || class == "" || cur == nil || class == cur.class {
		return false
	}
	g, err := wi.open(ctx)
	if err != nil {
		wi.log.Error("new weaviate collection cannot be opened; still answering from the previous one", "collection", class, keyErr, err)
		return false
	}
	wi.mu.Lock()
	if wi.live != nil {
		wi.live = g
	}
	wi.mu.Unlock()
	wi.log.Info("new search index in use", "collection", g.class, keyGeneration, g.rec.Generation, keyChunks, g.rec.Manifest.Chunks)
	return true
}

// current is the collection in use; nil after Close.
func (wi *WeaviateIndex) current() *wvGeneration {
	wi.mu.RLock()
	defer wi.mu.RUnlock()
	return wi.live
}

// Close stops looking for new collections; searches after Close fail with
// ErrSearcherClosed.
func (wi *WeaviateIndex) Close() error {
	wi.closeOnce.Do(func() {
		close(wi.stop)
		<-wi.done
		wi.mu.Lock()
		wi.live = nil
		wi.mu.Unlock()
	})
	return nil
}

// Manifest describes the collection in use.
func (wi *WeaviateIndex) Manifest() (Manifest, error) {
	g := wi.current()
	if g == nil {
		return Manifest{}, ErrSearcherClosed
	}
	return g.rec.Manifest, nil
}

// Access returns the access record of the collection in use.
func (wi *WeaviateIndex) Access() Access {
	if g := wi.current(); g != nil {
		return g.rec.Access
	}
	return Access{}
}

// Collection is the name of the collection in use.
func (wi *WeaviateIndex) Collection() string {
	if g := wi.current(); g != nil {
		return g.class
	}
	return ""
}

// Search runs the query as Index.Search does.
func (wi *WeaviateIndex) Search(ctx context.Context, q corpus.Query) (corpus.SearchResult, error) {
	var res corpus.SearchResult
	err := wi.retrying(ctx, func(g *wvGeneration) error {
		var err error
		res, err = searchSource(ctx, g, wi.weights, q)
		return err
	})
	return res, err
}

// SearchFigures looks figures up as Index.SearchFigures does.
func (wi *WeaviateIndex) SearchFigures(ctx context.Context, text string, f corpus.Filters, n int) ([]corpus.FigureHit, error) {
	var out []corpus.FigureHit
	err := wi.retrying(ctx, func(g *wvGeneration) error {
		var err error
		out, err = searchFigures(ctx, text, f, n, func(norm string, open corpus.Filters, limit int) ([]foundFigure, error) {
			return g.figures(ctx, norm, open, f.Access, limit)
		})
		return err
	})
	return out, err
}

// Evaluate runs every case in each mode (see Index.Evaluate).
func (wi *WeaviateIndex) Evaluate(ctx context.Context, cases []EvalCase, modes []corpus.Mode, now time.Time) ([]EvalScores, error) {
	return Evaluate(ctx, wi, cases, modes, now)
}

// retrying runs f on the collection in use and, when that collection was
// dropped meanwhile (an ingest published another and removed it), once
// more on the one the alias names now.
func (wi *WeaviateIndex) retrying(ctx context.Context, f func(g *wvGeneration) error) error {
	g := wi.current()
	if g == nil {
		return ErrSearcherClosed
	}
	err := f(g)
	if !errors.Is(err, errCollectionGone) {
		return err
	}
	if !wi.Reload(ctx) {
		return err
	}
	return f(wi.current())
}

// errCollectionGone says a search's collection no longer exists.
var errCollectionGone = errors.New("weaviate collection dropped")

// retrieve runs the vector and keyword searches of each pass, all at once.
func (g *wvGeneration) retrieve(ctx context.Context, norm string, passes []corpus.Filters, r corpus.Readable, n int, mode corpus.Mode) ([]retrieved, error) {
	hidden := hiddenFolders(g.rec.Access, r)
	out := make([]retrieved, len(passes))
	var qv []float32
	if mode != corpus.KeywordOnly {
		vs, err := g.emb.Embed(ctx, []string{norm})
		if err != nil {
			return nil, fmt.Errorf("embed question: %w", err)
		}
		if len(vs) != 1 || len(vs[0]) != g.rec.Manifest.Dim {
			return nil, fmt.Errorf("embed question: got %d vectors", len(vs))
		}
		qv = vs[0]
	}
	kwq := ""
	if mode != corpus.VectorOnly {
		kwq = chunkQuery(norm, g.chars.rare)
	}
	errs := make([]error, 2*len(passes))
	var wg sync.WaitGroup
	for i, f := range passes {
		where := wvWhere(wvDocChunk, f, hidden)
		if qv != nil {
			wg.Go(func() { out[i].vec, errs[2*i] = g.nearVector(ctx, qv, where, n) })
		}
		if kwq != "" {
			wg.Go(func() { out[i].kw, errs[2*i+1] = g.bm25Chunks(ctx, norm, kwq, f, where, n) })
		}
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// chunkFields are the fields a chunk is read with.
var chunkFields = []graphql.Field{{Name: wvID}, {Name: wvYear}, {Name: wvRecord}}

// nearVector returns the n chunks nearest to v within where, best first.
func (g *wvGeneration) nearVector(ctx context.Context, v []float32, where *filters.WhereBuilder, n int) ([]chromem.Result, error) {
	rows, err := g.get(ctx, func(b *graphql.GetBuilder) *graphql.GetBuilder {
		return b.WithNearVector((&graphql.NearVectorArgumentBuilder{}).WithVector(v)).WithWhere(where).WithLimit(n).
			WithFields(append(chunkFields, graphql.Field{Name: "_additional", Fields: []graphql.Field{{Name: "distance"}}})...)
	})
	if err != nil {
		return nil, fmt.Errorf("vector search: %w", err)
	}
	out := make([]chromem.Result, 0, len(rows))
	for _, row := range rows {
		d, err := chunkFromObject(row)
		if err != nil {
			return nil, err
		}
		add, _ := row["_additional"].(map[string]any)
		dist, _ := add["distance"].(float64)
		out = append(out, chromem.Result{ID: d.ID, Metadata: d.Metadata, Content: d.Content, Similarity: float32(1 - dist)})
	}
	return out, nil
}

// bm25Chunks returns the n chunks that best match the search text norm
// within the filters f (where, with the access folders hidden), best
// first, with their records: Weaviate finds candidates for its keyword
// query q (chunkQuery), and the embedded index's query (textQuery within
// filterQuery) ranks them (rescore).
func (g *wvGeneration) bm25Chunks(ctx context.Context, norm, q string, f corpus.Filters, where *filters.WhereBuilder, n int) ([]keywordHit, error) {
	rows, err := g.bm25(ctx, q, where, wvPoolFactor*n, append(chunkFields, graphql.Field{Name: wvKeyword}))
	if err != nil {
		return nil, fmt.Errorf("keyword search: %w", err)
	}
	want := queryTerms(q)
	cands := make([]chromem.Document, 0, len(rows))
	docs := make([]memDoc, 0, len(rows))
	for _, row := range rows {
		d, err := chunkFromObject(row)
		if err != nil {
			return nil, err
		}
		kw, _ := row[wvKeyword].(string)
		cands = append(cands, d)
		docs = append(docs, chunkMemDoc(kw, d.Metadata, want))
	}
	ranked, err := rescore(ctx, bleve.NewConjunctionQuery(filterQuery(docChunk, f), textQuery(norm, g.chars.rare)), g.terms, docs, n)
	if err != nil {
		return nil, fmt.Errorf("keyword search: %w", err)
	}
	out := make([]keywordHit, 0, len(ranked))
	for _, h := range ranked {
		d := cands[h.doc]
		year, _ := strconv.Atoi(d.Metadata[fieldYear])
		out = append(out, keywordHit{ID: d.ID, Score: h.score, Year: year, doc: &d})
	}
	return out, nil
}

// bm25 runs a keyword query (terms separated by spaces) on wvKeyword.
func (g *wvGeneration) bm25(ctx context.Context, q string, where *filters.WhereBuilder, n int, fields []graphql.Field) ([]map[string]any, error) {
	return g.get(ctx, func(b *graphql.GetBuilder) *graphql.GetBuilder {
		return b.WithBM25((&graphql.BM25ArgumentBuilder{}).WithQuery(q).WithProperties(wvKeyword)).WithWhere(where).WithLimit(n).
			WithFields(append(fields, graphql.Field{Name: "_additional", Fields: []graphql.Field{{Name: "score"}}})...)
	})
}

// rowScore is the BM25 score of a row (a string in Weaviate's answer).
func rowScore(row map[string]any) float64 {
	add, _ := row["_additional"].(map[string]any)
	switch s := add["score"].(type) {
	case string:
		f, _ := strconv.ParseFloat(s, 64)
		return f
	case float64:
		return s
	}
	return 0
}

// chunks reads the records of the chunks of ids.
func (g *wvGeneration) chunks(ctx context.Context, ids []string, _ []int) (map[string]chromem.Document, error) {
	out := make(map[string]chromem.Document, len(ids))
	rows, err := g.get(ctx, func(b *graphql.GetBuilder) *graphql.GetBuilder {
		return b.WithWhere(wvByKeys(wvDocChunk, ids)).WithLimit(len(ids)).WithFields(chunkFields...)
	})
	if err != nil {
		return nil, fmt.Errorf("read chunks: %w", err)
	}
	for _, row := range rows {
		d, err := chunkFromObject(row)
		if err != nil {
			return nil, err
		}
		out[d.ID] = d
	}
	return out, nil
}

// stats are the collection's character statistics.
func (g *wvGeneration) stats() *charStats { return &g.chars }

// figures returns the limit figures best matching norm within open,
// leaving out the access folders r may not read: Weaviate finds
// candidates, the embedded index's query ranks and scores them (rescore).
func (g *wvGeneration) figures(ctx context.Context, norm string, open corpus.Filters, r corpus.Readable, limit int) ([]foundFigure, error) {
	q := figureQuery(norm)
	if q == "" {
		return nil, nil
	}
	rows, err := g.bm25(ctx, q, wvWhere(wvDocFigure, open, hiddenFolders(g.rec.Access, r)), wvPoolFactor*limit, []graphql.Field{{Name: wvRecord}, {Name: wvKeyword}})
	if err != nil {
		return nil, err
	}
	want := queryTerms(q)
	records := make([][]byte, 0, len(rows))
	docs := make([]memDoc, 0, len(rows))
	for _, row := range rows {
		raw, _ := row[wvRecord].(string)
		var rec figureRecord
		if err := json.Unmarshal([]byte(raw), &rec); err != nil {
			continue
		}
		kw, _ := row[wvKeyword].(string)
		records = append(records, []byte(raw))
		docs = append(docs, figureMemDoc(kw, rec, want))
	}
	ranked, err := rescore(ctx, figureKeywordQuery(norm, open), g.terms, docs, limit)
	if err != nil {
		return nil, err
	}
	out := make([]foundFigure, 0, len(ranked))
	for _, h := range ranked {
		out = append(out, foundFigure{record: records[h.doc], Score: h.score})
	}
	return out, nil
}

// get runs a Get query on the collection and returns its rows.
func (g *wvGeneration) get(ctx context.Context, build func(*graphql.GetBuilder) *graphql.GetBuilder) ([]map[string]any, error) {
	var rows []map[string]any
	err := g.w.do(ctx, func(c *weaviate.Client) error {
		resp, err := build(c.GraphQL().Get().WithClassName(g.class).WithTenant(wvTenant)).Do(ctx)
		if err != nil {
			return err
		}
		if err := gqlError(resp); err != nil {
			if strings.Contains(err.Error(), "Cannot query field") {
				return fmt.Errorf("%w: %s", errCollectionGone, g.class)
			}
			return err
		}
		rows, err = gqlRows(resp, "Get", g.class)
		return err
	})
	return rows, err
}

// gqlError is the first error of a GraphQL answer.
func gqlError(resp *models.GraphQLResponse) error {
	if resp == nil {
		return errors.New("weaviate: empty GraphQL answer")
	}
	if len(resp.Errors) > 0 && resp.Errors[0] != nil {
		return fmt.Errorf("weaviate: %s", resp.Errors[0].Message)
	}
	return nil
}

// gqlRows are the rows of a GraphQL answer under op (Get, Aggregate) and
// class.
func gqlRows(resp *models.GraphQLResponse, op, class string) ([]map[string]any, error) {
	byClass, _ := resp.Data[op].(map[string]any)
	list, ok := byClass[class].([]any)
	if !ok {
		if v, present := byClass[class]; present && v == nil {
			return nil, nil
		}
		return nil, fmt.Errorf("weaviate: the answer holds no %s of %s", op, class)
	}
	rows := make([]map[string]any, 0, len(list))
	for _, x := range list {
		if m, ok := x.(map[string]any); ok {
			rows = append(rows, m)
		}
	}
	return rows, nil
}

// readGeneration reads the records of a collection: its generation record
// and its binary records by name (wvBlobIDF, wvBlobStats).
func (w *Weaviate) readGeneration(ctx context.Context, class string) (wvGenRecord, map[string][]byte, error) {
	g := &wvGeneration{w: w, class: class}
	var rec wvGenRecord
	rows, err := g.get(ctx, func(b *graphql.GetBuilder) *graphql.GetBuilder {
		return b.WithWhere(wvByKeys(wvDocGen, []string{wvGenKey})).WithLimit(1).WithFields(graphql.Field{Name: wvRecord})
	})
	if err != nil {
		return rec, nil, fmt.Errorf("weaviate collection %s: read its records: %w", class, err)
	}
	if len(rows) != 1 {
		return rec, nil, fmt.Errorf("weaviate collection %s is incomplete (no generation record): run healthbot ingest to publish again", class)
	}
	raw, _ := rows[0][wvRecord].(string)
	if err := json.Unmarshal([]byte(raw), &rec); err != nil {
		return rec, nil, fmt.Errorf("weaviate collection %s: generation record: %w", class, err)
	}
	var keys []string
	for name, n := range rec.Parts {
		for i := range n {
			keys = append(keys, blobKey(name, i))
		}
	}
	blobs := map[string][]byte{}
	if len(keys) == 0 {
		return rec, blobs, nil
	}
	rows, err = g.get(ctx, func(b *graphql.GetBuilder) *graphql.GetBuilder {
		return b.WithWhere(wvByKeys(wvDocGen, keys)).WithLimit(len(keys)).WithFields(graphql.Field{Name: wvID}, graphql.Field{Name: wvBlob})
	})
	if err != nil {
		return rec, nil, fmt.Errorf("weaviate collection %s: read its statistics: %w", class, err)
	}
	parts := map[string][]byte{}
	for _, row := range rows {
		key, _ := row[wvID].(string)
		b64, _ := row[wvBlob].(string)
		if parts[key], err = base64.StdEncoding.DecodeString(b64); err != nil {
			return rec, nil, fmt.Errorf("weaviate collection %s: %s: %w", class, key, err)
		}
	}
	for name, n := range rec.Parts {
		var data []byte
		for i := range n {
			p, ok := parts[blobKey(name, i)]
			if !ok {
				return rec, nil, fmt.Errorf("weaviate collection %s: %s missing", class, blobKey(name, i))
			}
			data = append(data, p...)
		}
		blobs[name] = data
	}
	return rec, blobs, nil
}
