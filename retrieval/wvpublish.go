package retrieval

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/weaviate/weaviate-go-client/v5/weaviate"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/alias"
	"github.com/weaviate/weaviate-go-client/v5/weaviate/graphql"
	"github.com/weaviate/weaviate/entities/models"
)

// A publish copies the live generation of the index folder into a new
// Weaviate collection and makes it live with the alias, in steps:
//
//  1. create the collection, named after the generation (a leftover of
//     the same name, from a publish that died, is dropped first);
//  2. write the chunks, figures and the generation's records, and check
//     that the collection holds all of them;
//  3. point the alias at it (one request, applied atomically by the
//     cluster: searches see the old collection or the new one);
//  4. drop the other collections of the alias's name, old generations and
//     leftovers of publishes that died.
//
// A publish that dies before step 3 leaves the alias on the old
// collection, which keeps answering; the next publish drops what it left.

// Points between the steps, where tests kill a publishing process.
const (
	stepCreated  = "created"  // the new collection exists, empty
	stepHalf     = "half"     // half of its objects are written
	stepFilled   = "filled"   // it holds every object; the alias is not switched
	stepSwitched = "switched" // the alias names it; the old ones are not dropped
)

// PublishOptions configure a publish.
type PublishOptions struct {
	// BatchSize is the number of objects per request (200 when 0).
	BatchSize int
	// Progress, when set, is called as objects are written.
	Progress func(done, total int)
	// atStep, when set, is called at each point between steps (tests).
	atStep func(step string)
}

// PublishStats tell what a publish did.
type PublishStats struct {
	Collection string        `json:"collection"` // the live collection
	Objects    int           `json:"objects"`    // objects written (0 when up to date)
	UpToDate   bool          `json:"up_to_date"` // the alias already named this generation
	Dropped    []string      `json:"dropped"`    // collections dropped
	Rewrites   int           `json:"rewrites"`   // batches written again (a replica was down)
	Elapsed    time.Duration `json:"elapsed_ns"`
}

// PublishWeaviate makes the live index of the folder dir (opened with emb
// and the encryption passphrase key) the live index of the cluster. When
// the alias already names a collection of that generation nothing is
// written; collections of the alias's name that it does not name are
// dropped either way.
func PublishWeaviate(ctx context.Context, dir string, emb Embedder, key string, w *Weaviate, opts PublishOptions) (PublishStats, error) {
	start := time.Now()
	var st PublishStats
	rewrites := w.rewrites.Load()
	ix, err := Open(dir, emb, OpenOptions{Key: key})
	if err != nil {
		return st, err
	}
	defer ix.Close()
	gen := filepath.Base(ix.gen)
	class := wvCollectionName(w.Alias(), gen)
	live, err := w.aliasTarget(ctx)
	if err != nil {
		return st, err
	}
	if live == class {
		if rec, _, err := w.readGeneration(ctx, live); err == nil && rec.Generation == gen && rec.Manifest.BuiltAt == ix.manifest.BuiltAt {
			st.Collection, st.UpToDate = live, true
			st.Dropped, err = w.dropOthers(ctx, live)
			st.Elapsed = time.Since(start)
			return st, err
		}
	}
	step := func(name string) {
		if opts.atStep != nil {
			opts.atStep(name)
		}
	}
	// 1. A new collection (never the live one: its name is another
	// generation's, or the live one was found incomplete above and the
	// alias is moved off it below only once the new one is whole).
	if live == class {
		class += "b"
	}
	if err := w.dropClass(ctx, class); err != nil {
		return st, err
	}
	if err := w.do(ctx, func(c *weaviate.Client) error {
		if err := c.Schema().ClassCreator().WithClass(wvClass(class, w.cfg.Replicas)).Do(ctx); err != nil {
			return err
		}
		var ts []models.Tenant
		for _, t := range wvTenants(ix.access) {
			ts = append(ts, models.Tenant{Name: t})
		}
		return c.Schema().TenantsCreator().WithClassName(class).WithTenants(ts...).Do(ctx)
	}); err != nil {
		return st, fmt.Errorf("weaviate: create collection %s: %w", class, err)
	}
	step(stepCreated)
	// 2. Its objects, then a count, then a look at every replica: a node
	// that was down long enough for the cluster to drop it from its
	// members was left out of the writes at ALL (Weaviate writes to the
	// replicas it knows alive) and, back, holds fewer objects; the
	// objects are then written again (they replace themselves), now that
	// it is back, at most wvRewriteRounds times.
	tenants := wvTenants(ix.access)
	var n int
	for round := 1; ; round++ {
		perTenant := map[string]int{}
		if n, err = w.writeGeneration(ctx, ix, class, gen, opts, step, perTenant); err != nil {
			return st, err
		}
		if err := w.settle(ctx, class, tenants); err != nil {
			return st, err
		}
		got := 0
		for _, t := range tenants {
			c, err := w.count(ctx, class, t)
			if err != nil {
				return st, err
			}
			got += c
		}
		if got != n {
			return st, fmt.Errorf("weaviate: collection %s holds %d objects after writing %d: not switched to", class, got, n)
		}
		short, err := w.shortReplicas(ctx, class, perTenant)
		if err != nil {
			return st, err
		}
		if len(short) == 0 {
			break
		}
		if round == wvRewriteRounds {
			return st, fmt.Errorf("weaviate: collection %s is not whole on every replica (%s) after writing it %d times: not switched to", class, strings.Join(short, "; "), round)
		}
		st.Rewrites++
		if err := w.sleep(ctx, wvRewriteWait); err != nil {
			return st, err
		}
	}
	step(stepFilled)
	// 3. The switch.
	if err := w.pointAlias(ctx, class, live != ""); err != nil {
		return st, err
	}
	step(stepSwitched)
	// 4. The rest.
	st.Collection, st.Objects = class, n
	st.Rewrites += int(w.rewrites.Load() - rewrites)
	st.Dropped, err = w.dropOthers(ctx, class)
	st.Elapsed = time.Since(start)
	return st, err
}

// wvCollectionName is the collection of generation gen under alias: the
// alias, an underscore and the generation's letters and digits.
func wvCollectionName(alias, gen string) string {
	return alias + "_" + strings.Map(func(r rune) rune {
		if r < 128 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return r
		}
		return -1
	}, gen)
}

// writeGeneration writes the objects of the opened index ix into class
// and returns how many it wrote.
// perTenant counts the objects written to each tenant.
func (w *Weaviate) writeGeneration(ctx context.Context, ix *Index, class, gen string, opts PublishOptions, step func(string), perTenant map[string]int) (int, error) {
	batch := opts.BatchSize
	if batch <= 0 {
		batch = 200
	}
	total := ix.manifest.Chunks + ix.manifest.Figures
	done := 0
	half := false
	var pending []*models.Object
	flush := func(force bool) error {
		if len(pending) == 0 || (!force && len(pending) < batch) {
			return nil
		}
		if err := w.writeObjects(ctx, pending); err != nil {
			return err
		}
		for _, o := range pending {
			perTenant[o.Tenant]++
		}
		done += len(pending)
		pending = pending[:0]
		if opts.Progress != nil {
			opts.Progress(min(done, total), total)
		}
		if !half && 2*done >= total {
			half = true
			step(stepHalf)
		}
		return nil
	}
	// Chunks, in the vector file's order.
	o := ix.vectors
	o.mu.RLock()
	t := o.t
	for lo := 0; lo < t.rows; lo += batch {
		hi := min(lo+batch, t.rows)
		vecs := t.rowVectors(lo, hi)
		for row := lo; row < hi; row++ {
			d, err := o.chunks.get(row)
			if err != nil {
				o.mu.RUnlock()
				return 0, err
			}
			obj, err := chunkObject(class, d, vecs[row-lo], ix.access.Files[d.Metadata[fieldFile]])
			if err != nil {
				o.mu.RUnlock()
				return 0, err
			}
			pending = append(pending, obj)
		}
		if err := flush(false); err != nil {
			o.mu.RUnlock()
			return 0, err
		}
	}
	o.mu.RUnlock()
	// Figures, from the keyword index, a page at a time.
	if err := ix.eachFigure(ctx, batch, func(key string, record []byte) error {
		obj, err := figureObject(class, key, record, ix.access.Files)
		if err != nil {
			return err
		}
		pending = append(pending, obj)
		return flush(false)
	}); err != nil {
		return 0, err
	}
	if err := flush(true); err != nil {
		return 0, err
	}
	// The generation's records, last: a collection holding them is whole.
	idf, err := os.ReadFile(filepath.Join(ix.gen, idfFile))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return 0, err
	}
	ts, err := ix.readTermStats()
	if err != nil {
		return 0, err
	}
	stats, err := ts.encode()
	if err != nil {
		return 0, err
	}
	rec := wvGenRecord{Generation: gen, Manifest: ix.manifest, Access: ix.access, Chars: ix.chars.count, Docs: ix.chars.docs, Objects: done}
	gobjs, err := genObjects(class, rec, map[string][]byte{wvBlobIDF: idf, wvBlobStats: stats}, wvPartBytes)
	if err != nil {
		return 0, err
	}
	if err := w.writeObjects(ctx, gobjs); err != nil {
		return 0, err
	}
	for _, o := range gobjs {
		perTenant[o.Tenant]++
	}
	return done + len(gobjs), nil
}

// wvPartBytes bounds the bytes of a binary record one object holds.
const wvPartBytes = 4 << 20

// settle makes the tenant of class inactive and active again: its shards
// are closed, which writes what is held in memory into segments on disk,
// and opened again. Weaviate 1.35's keyword search skips matching objects
// still held in memory (its block-max WAND passes over an in-memory
// posting list as one block whose bound is the term's idf, measured here:
// the best passage of a question missing from the top 50 until the
// memory was written out a minute later); searches of a settled
// collection read segments only.
func (w *Weaviate) settle(ctx context.Context, class string, tenants []string) error {
	for _, status := range []string{models.TenantActivityStatusINACTIVE, models.TenantActivityStatusACTIVE} {
		ts := make([]models.Tenant, len(tenants))
		for i, t := range tenants {
			ts[i] = models.Tenant{Name: t, ActivityStatus: status}
		}
		err := w.do(ctx, func(c *weaviate.Client) error {
			return c.Schema().TenantsUpdater().WithClassName(class).WithTenants(ts...).Do(ctx)
		})
		if err != nil {
			return fmt.Errorf("weaviate: make the tenants of %s %s: %w", class, strings.ToLower(status), err)
		}
	}
	return nil
}

// writeObjects writes objects (each naming its tenant) in one batch; any
// object refused fails it. While a replica of their shard cannot be
// written (its node is down or unreachable), the batch is written again,
// waiting 1 s, 2 s, 4 s … (at most 10 s) in between, up to
// WeaviateConfig.WriteRetry of waits in all: a node restarted meanwhile
// lets the publish go on. Writing again is safe: an object's id is its
// document's (wvUUID), so it replaces itself.
func (w *Weaviate) writeObjects(ctx context.Context, objs []*models.Object) error {
	wait, waited := time.Second, time.Duration(0)
	for {
		err := w.writeBatch(ctx, objs)
		if err == nil || !replicaDown(err) {
			return err
		}
		if waited+wait > w.cfg.WriteRetry {
			if w.cfg.WriteRetry > 0 {
				err = fmt.Errorf("%w (still after waiting %s)", err, waited)
			}
			return err
		}
		if err := w.sleep(ctx, wait); err != nil {
			return err
		}
		w.rewrites.Add(1)
		waited += wait
		wait = min(2*wait, 10*time.Second)
	}
}

// replicaDown reports whether a write failed because a replica could not
// be written (Weaviate's refusal of a write at ALL with a replica's node
// down, or too slow to answer the coordinator: seen under load as
// "…/replicas/indices/…: timeout awaiting response headers"), or because
// no node could be reached at all.
func replicaDown(err error) bool {
	msg := err.Error()
	for _, s := range []string{"cannot reach enough replicas", "cannot achieve consistency level", "/replicas/indices/", "timeout awaiting response headers"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return unreachable(err) && statusOf(err) == 0
}

// writeBatch writes objects in one batch request.
func (w *Weaviate) writeBatch(ctx context.Context, objs []*models.Object) error {
	return w.do(ctx, func(c *weaviate.Client) error {
		res, err := c.Batch().ObjectsBatcher().WithObjects(objs...).WithConsistencyLevel(wvWriteConsistency).Do(ctx)
		if err != nil {
			return fmt.Errorf("weaviate: write objects: %w", err)
		}
		for _, r := range res {
			if r.Result != nil && r.Result.Errors != nil && len(r.Result.Errors.Error) > 0 {
				return fmt.Errorf("weaviate: object %s refused: %s", r.ID, r.Result.Errors.Error[0].Message)
			}
		}
		if len(res) != len(objs) {
			return fmt.Errorf("weaviate: %d objects written of %d", len(res), len(objs))
		}
		return nil
	})
}

// A collection found short on a replica is written again at most
// wvRewriteRounds-1 times, wvRewriteWait after the look.
const (
	wvRewriteRounds = 3
	wvRewriteWait   = 10 * time.Second
)

// shortReplicas looks at the replicas of each tenant of class, as the
// nodes report them (GET /v1/nodes/CLASS?output=verbose), and lists those
// that do not hold want[tenant] objects on as many nodes as the
// replication factor: "TENANT: N of R replicas whole (NODE: COUNT, …)".
//
// A tenant's replica is only reported once loaded, and settle unloaded
// them: first a read at ALL of each tenant loads every replica.
func (w *Weaviate) shortReplicas(ctx context.Context, class string, want map[string]int) ([]string, error) {
	g := &wvGeneration{w: w, class: class}
	for _, t := range slices.Sorted(maps.Keys(want)) {
		if _, err := g.get(ctx, t, func(b *graphql.GetBuilder) *graphql.GetBuilder {
			return b.WithConsistencyLevel("ALL").WithLimit(1).WithFields(graphql.Field{Name: wvID})
		}); err != nil && !replicaDown(err) {
			return nil, fmt.Errorf("weaviate: read %s of %s at ALL: %w", t, class, err)
		}
	}
	var resp *models.NodesStatusResponse
	err := w.do(ctx, func(c *weaviate.Client) error {
		var err error
		resp, err = c.Cluster().NodesStatusGetter().WithClass(class).WithOutput("verbose").Do(ctx)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("weaviate: look at the replicas of %s: %w", class, err)
	}
	whole := map[string]int{}
	seen := map[string][]string{}
	for _, nd := range resp.Nodes {
		for _, sh := range nd.Shards {
			if sh.Class != class {
				continue
			}
			seen[sh.Name] = append(seen[sh.Name], fmt.Sprintf("%s: %d", nd.Name, sh.ObjectCount))
			if int(sh.ObjectCount) == want[sh.Name] && nd.Status != nil && *nd.Status == models.NodeStatusStatusHEALTHY {
				whole[sh.Name]++
			}
		}
	}
	var short []string
	for _, t := range slices.Sorted(maps.Keys(want)) {
		if whole[t] < w.cfg.Replicas {
			short = append(short, fmt.Sprintf("%s: %d of %d replicas whole (%s)", t, whole[t], w.cfg.Replicas, strings.Join(seen[t], ", ")))
		}
	}
	return short, nil
}

// count is the number of objects in a tenant of class.
func (w *Weaviate) count(ctx context.Context, class, tenant string) (int, error) {
	var n int
	err := w.do(ctx, func(c *weaviate.Client) error {
		resp, err := c.GraphQL().Aggregate().WithClassName(class).WithTenant(tenant).
			WithFields(graphql.Field{Name: "meta", Fields: []graphql.Field{{Name: "count"}}}).Do(ctx)
		if err != nil {
			return err
		}
		if err := gqlError(resp); err != nil {
			return err
		}
		rows, err := gqlRows(resp, "Aggregate", class)
		if err != nil || len(rows) != 1 {
			return fmt.Errorf("weaviate: count %s: unexpected answer", class)
		}
		meta, _ := rows[0]["meta"].(map[string]any)
		f, ok := meta["count"].(float64)
		if !ok {
			return fmt.Errorf("weaviate: count %s: no count", class)
		}
		n = int(f)
		return nil
	})
	return n, err
}

// aliasTarget is the collection the alias names, "" when there is no
// alias yet.
func (w *Weaviate) aliasTarget(ctx context.Context) (string, error) {
	var class string
	err := w.do(ctx, func(c *weaviate.Client) error {
		a, err := c.Alias().AliasGetter().WithAliasName(w.cfg.Alias).Do(ctx)
		if statusOf(err) == 404 {
			class = ""
			return nil
		}
		if err != nil {
			return err
		}
		class = a.Class
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("weaviate: read alias %s: %w", w.cfg.Alias, err)
	}
	return class, nil
}

// pointAlias makes the alias name class; exists says whether it exists.
func (w *Weaviate) pointAlias(ctx context.Context, class string, exists bool) error {
	a := &alias.Alias{Alias: w.cfg.Alias, Class: class}
	err := w.do(ctx, func(c *weaviate.Client) error {
		if exists {
			return c.Alias().AliasUpdater().WithAlias(a).Do(ctx)
		}
		return c.Alias().AliasCreator().WithAlias(a).Do(ctx)
	})
	if err != nil {
		return fmt.Errorf("weaviate: point alias %s at %s: %w", w.cfg.Alias, class, err)
	}
	return nil
}

// collections lists the collections of the alias's name (its prefix).
func (w *Weaviate) collections(ctx context.Context) ([]string, error) {
	var out []string
	err := w.do(ctx, func(c *weaviate.Client) error {
		d, err := c.Schema().Getter().Do(ctx)
		if err != nil {
			return err
		}
		out = out[:0]
		for _, cl := range d.Classes {
			if strings.HasPrefix(cl.Class, w.cfg.Alias+"_") {
				out = append(out, cl.Class)
			}
		}
		return nil
	})
	return out, err
}

// dropOthers drops the collections of the alias's name but keep.
func (w *Weaviate) dropOthers(ctx context.Context, keep string) ([]string, error) {
	all, err := w.collections(ctx)
	if err != nil {
		return nil, fmt.Errorf("weaviate: list collections: %w", err)
	}
	dropped := []string{}
	for _, c := range all {
		if c == keep {
			continue
		}
		if err := w.dropClass(ctx, c); err != nil {
			return dropped, err
		}
		dropped = append(dropped, c)
	}
	return dropped, nil
}

// dropClass drops class if it exists.
func (w *Weaviate) dropClass(ctx context.Context, class string) error {
	err := w.do(ctx, func(c *weaviate.Client) error {
		err := c.Schema().ClassDeleter().WithClassName(class).Do(ctx)
		if statusOf(err) == 404 {
			return nil
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("weaviate: drop collection %s: %w", class, err)
	}
	return nil
}

// rowVectors returns the vectors of rows [lo, hi), as stored.
func (t *vecTable) rowVectors(lo, hi int) [][]float32 {
	block := make([]float32, (hi-lo)*t.dim)
	out := make([][]float32, hi-lo)
	for i := range out {
		out[i] = block[i*t.dim : (i+1)*t.dim : (i+1)*t.dim]
	}
	for d := range t.dim {
		col := t.cols[d*t.rows+lo : d*t.rows+hi]
		for i, x := range col {
			block[i*t.dim+d] = x
		}
	}
	return out
}

// eachFigure calls f with the id and record of every figure of the
// keyword index, page pages at a time, in id order.
func (ix *Index) eachFigure(ctx context.Context, page int, f func(key string, record []byte) error) error {
	ix.kwMu.RLock()
	defer ix.kwMu.RUnlock()
	if ix.kwClosed {
		return bleve.ErrorIndexClosed
	}
	var after []string
	for {
		req := bleve.NewSearchRequestOptions(termQuery(fieldType, docFigure), page, 0, false)
		req.Fields = []string{"record"}
		req.SortBy([]string{"_id"})
		if after != nil {
			req.SetSearchAfter(after)
		}
		res, err := ix.keyword.SearchInContext(ctx, req)
		if err != nil {
			return fmt.Errorf("read figures: %w", err)
		}
		for _, h := range res.Hits {
			raw, _ := h.Fields["record"].(string)
			if err := f(h.ID, []byte(raw)); err != nil {
				return err
			}
		}
		if len(res.Hits) < page {
			return nil
		}
		after = lastSort(res.Hits)
	}
}

// lastSort is the sort key of the last hit, for the next page.
func lastSort(hits search.DocumentMatchCollection) []string {
	return []string{hits[len(hits)-1].ID}
}
