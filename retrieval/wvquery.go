package retrieval

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/philippgille/chromem-go"
	"github.com/weaviate/weaviate-go-client/v5/weaviate"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/filters"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/graphql"
	"github.com/weaviate/weaviate/entities/models"

	"github.com/healthbot/healthbot/corpus"
)

// The queries of an opened collection (wvGeneration is a source of
// search.go). Each reads the tenants of the access folders its asker may
// read (wvReadable), at most wvParallel requests at a time, and merges
// them: vector hits by similarity, keyword candidates by the embedded
// index's scores (rescore), which do not depend on the tenant a candidate
// came from.

// wvParallel bounds the requests of one search running at once.
const wvParallel = 8

// eachTenant runs f for every tenant, at most wvParallel at a time, and
// returns their errors joined.
func eachTenant(tenants []string, f func(i int, tenant string) error) error {
	errs := make([]error, len(tenants))
	sem := make(chan struct{}, wvParallel)
	var wg sync.WaitGroup
	for i, t := range tenants {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			errs[i] = f(i, t)
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

// retrieve runs the vector and keyword searches of each pass in each
// tenant r may read, all at once.
func (g *wvGeneration) retrieve(ctx context.Context, norm string, passes []corpus.Filters, r corpus.Readable, n int, mode corpus.Mode) ([]retrieved, error) {
	hidden := hiddenFolders(g.rec.Access, r)
	tenants := wvReadable(g.rec.Access, r)
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
			wg.Go(func() { out[i].vec, errs[2*i] = g.nearVector(ctx, tenants, qv, where, n) })
		}
		if kwq != "" {
			wg.Go(func() { out[i].kw, errs[2*i+1] = g.bm25Chunks(ctx, tenants, norm, kwq, f, where, n) })
		}
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// chunkFields are the fields a chunk is read with.
var chunkFields = []graphql.Field{{Name: wvID}, {Name: wvYear}, {Name: wvRecord}}

// nearVector returns the n chunks of the tenants nearest to v within
// where, best first, equal similarities by id.
func (g *wvGeneration) nearVector(ctx context.Context, tenants []string, v []float32, where *filters.WhereBuilder, n int) ([]chromem.Result, error) {
	found := make([][]chromem.Result, len(tenants))
	err := eachTenant(tenants, func(i int, tenant string) error {
		rows, err := g.get(ctx, tenant, func(b *graphql.GetBuilder) *graphql.GetBuilder {
			return b.WithNearVector((&graphql.NearVectorArgumentBuilder{}).WithVector(v)).WithWhere(where).WithLimit(n).
				WithFields(slices.Concat(chunkFields, []graphql.Field{{Name: "_additional", Fields: []graphql.Field{{Name: "distance"}}}})...)
		})
		if err != nil {
			return err
		}
		for _, row := range rows {
			d, err := chunkFromObject(row)
			if err != nil {
				return err
			}
			add, _ := row["_additional"].(map[string]any)
			dist, _ := add["distance"].(float64)
			found[i] = append(found[i], chromem.Result{ID: d.ID, Metadata: d.Metadata, Content: d.Content, Similarity: float32(1 - dist)})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("vector search: %w", err)
	}
	var out []chromem.Result
	for _, f := range found {
		out = append(out, f...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Similarity != out[j].Similarity {
			return out[i].Similarity > out[j].Similarity
		}
		return out[i].ID < out[j].ID
	})
	return out[:min(n, len(out))], nil
}

// bm25Chunks returns the n chunks that best match the search text norm
// within the filters f (where, with the access folders hidden), best
// first, with their records: Weaviate finds candidates in each tenant for
// its keyword query q (chunkQuery), and the embedded index's query
// (textQuery within filterQuery) ranks them all (rescore).
func (g *wvGeneration) bm25Chunks(ctx context.Context, tenants []string, norm, q string, f corpus.Filters, where *filters.WhereBuilder, n int) ([]keywordHit, error) {
	rows, err := g.bm25(ctx, tenants, q, where, wvPoolFactor*n, slices.Concat(chunkFields, []graphql.Field{{Name: wvKeyword}}))
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

// bm25 runs a keyword query (terms separated by spaces) on wvKeyword in
// each tenant and returns the rows of all, n at most from each.
func (g *wvGeneration) bm25(ctx context.Context, tenants []string, q string, where *filters.WhereBuilder, n int, fields []graphql.Field) ([]map[string]any, error) {
	found := make([][]map[string]any, len(tenants))
	err := eachTenant(tenants, func(i int, tenant string) error {
		var err error
		found[i], err = g.get(ctx, tenant, func(b *graphql.GetBuilder) *graphql.GetBuilder {
			return b.WithBM25((&graphql.BM25ArgumentBuilder{}).WithQuery(q).WithProperties(wvKeyword)).WithWhere(where).WithLimit(n).
				// A slice of its own: fields is shared by the tenants' requests.
				WithFields(slices.Concat(fields, []graphql.Field{{Name: "_additional", Fields: []graphql.Field{{Name: "score"}}}})...)
		})
		return err
	})
	var rows []map[string]any
	for _, f := range found {
		rows = append(rows, f...)
	}
	return rows, err
}

// chunks reads the records of the chunks of ids, from every tenant (a
// paragraph's neighbours are in its file's).
func (g *wvGeneration) chunks(ctx context.Context, ids []string, _ []int) (map[string]chromem.Document, error) {
	var mu sync.Mutex
	out := make(map[string]chromem.Document, len(ids))
	err := eachTenant(wvTenants(g.rec.Access), func(_ int, tenant string) error {
		rows, err := g.get(ctx, tenant, func(b *graphql.GetBuilder) *graphql.GetBuilder {
			return b.WithWhere(wvByKeys(wvDocChunk, ids)).WithLimit(len(ids)).WithFields(chunkFields...)
		})
		if err != nil {
			return err
		}
		mu.Lock()
		defer mu.Unlock()
		for _, row := range rows {
			d, err := chunkFromObject(row)
			if err != nil {
				return err
			}
			out[d.ID] = d
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read chunks: %w", err)
	}
	return out, nil
}

// stats are the collection's character statistics.
func (g *wvGeneration) stats() *charStats { return &g.chars }

// figures returns the limit figures best matching norm within open, in
// the tenants r may read and leaving out the access folders r may not:
// Weaviate finds candidates, the embedded index's query ranks and scores
// them all (rescore).
func (g *wvGeneration) figures(ctx context.Context, norm string, open corpus.Filters, r corpus.Readable, limit int) ([]foundFigure, error) {
	q := figureQuery(norm)
	if q == "" {
		return nil, nil
	}
	where := wvWhere(wvDocFigure, open, hiddenFolders(g.rec.Access, r))
	rows, err := g.bm25(ctx, wvReadable(g.rec.Access, r), q, where, wvPoolFactor*limit, []graphql.Field{{Name: wvRecord}, {Name: wvKeyword}})
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

// get runs a Get query on a tenant of the collection and returns its rows.
func (g *wvGeneration) get(ctx context.Context, tenant string, build func(*graphql.GetBuilder) *graphql.GetBuilder) ([]map[string]any, error) {
	var rows []map[string]any
	err := g.w.do(ctx, func(c *weaviate.Client) error {
		resp, err := build(c.GraphQL().Get().WithClassName(g.class).WithTenant(tenant).WithConsistencyLevel(wvReadConsistency)).Do(ctx)
		if err != nil {
			return err
		}
		if err := gqlError(resp); err != nil {
			if g.gone(err) {
				return fmt.Errorf("%w: %s", errCollectionGone, g.class)
			}
			return err
		}
		rows, err = gqlRows(resp, "Get", g.class)
		return err
	})
	return rows, err
}

// gone reports whether a query's error says its collection no longer
// exists: dropped before the query was parsed ("Cannot query field"), or
// while it ran, on the node asked or on another holding a shard (seen on
// a cluster when a publish dropped the old collection).
func (g *wvGeneration) gone(err error) bool {
	msg := err.Error()
	if strings.Contains(msg, "Cannot query field") {
		return true
	}
	return (strings.Contains(msg, "not found") || strings.Contains(msg, "does not exist")) && strings.Contains(strings.ToLower(msg), strings.ToLower(g.class))
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

// readGeneration reads the records of a collection (in the public
// tenant): its generation record and its binary records by name
// (wvBlobIDF, wvBlobStats).
func (w *Weaviate) readGeneration(ctx context.Context, class string) (wvGenRecord, map[string][]byte, error) {
	g := &wvGeneration{w: w, class: class}
	var rec wvGenRecord
	rows, err := g.get(ctx, wvPublicTenant, func(b *graphql.GetBuilder) *graphql.GetBuilder {
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
	rows, err = g.get(ctx, wvPublicTenant, func(b *graphql.GetBuilder) *graphql.GetBuilder {
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
		var data bytes.Buffer
		for i := range n {
			p, ok := parts[blobKey(name, i)]
			if !ok {
				return rec, nil, fmt.Errorf("weaviate collection %s: %s missing", class, blobKey(name, i))
			}
			data.Write(p)
		}
		blobs[name] = data.Bytes()
	}
	return rec, blobs, nil
}
