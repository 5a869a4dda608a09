package retrieval

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/weaviatetest"
)

func fakeConn(t *testing.T, urls ...string) *Weaviate {
	t.Helper()
	w, err := NewWeaviate(WeaviateConfig{URLs: urls, Replicas: 2, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// TestPublishProtocol checks what a publish asks of Weaviate, in order:
// a collection defined for bigram terms and the embedder's vectors, its
// tenant, the objects, the tenant settled, a count, and only then the
// alias; and that a second publish of the same generation writes nothing.
func TestPublishProtocol(t *testing.T) {
	t.Parallel()
	_, dir := buildSamples(t, BuildOptions{})
	fw := weaviatetest.NewFake(t)
	w := fakeConn(t, fw.URL())
	emb := localEmbedder(t, DefaultLocalDim)
	ctx := context.Background()
	st, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{BatchSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	gen, _ := LiveGeneration(dir)
	if want := wvCollectionName("Healthbot", gen); st.Collection != want || st.UpToDate || len(st.Dropped) != 0 {
		t.Fatalf("stats %+v, want a new collection %s", st, want)
	}
	m, _ := ReadManifest(dir)
	if st.Objects < m.Chunks+m.Figures+3 {
		t.Errorf("%d objects written for %d chunks and %d figures", st.Objects, m.Chunks, m.Figures)
	}
	// The collection's definition.
	var class struct {
		Vectorizer          string
		VectorIndexConfig   map[string]any
		ReplicationConfig   struct{ Factor int }
		MultiTenancyConfig  struct{ Enabled bool }
		InvertedIndexConfig struct {
			Stopwords struct{ Preset string }
			Bm25      struct{ K1, B float64 }
		}
		Properties []struct {
			Name            string
			DataType        []string
			Tokenization    string
			IndexSearchable *bool
			IndexFilterable *bool
		}
	}
	if err := json.Unmarshal(fw.Class(st.Collection), &class); err != nil {
		t.Fatal(err)
	}
	if class.Vectorizer != "none" || class.VectorIndexConfig["distance"] != "cosine" || class.ReplicationConfig.Factor != 2 || !class.MultiTenancyConfig.Enabled ||
		class.InvertedIndexConfig.Stopwords.Preset != "none" || class.InvertedIndexConfig.Bm25.K1 != 1.2 || class.InvertedIndexConfig.Bm25.B != 0.75 {
		t.Errorf("collection defined as %+v", class)
	}
	props := map[string]string{}
	for _, p := range class.Properties {
		searchable := p.IndexSearchable != nil && *p.IndexSearchable
		props[p.Name] = strings.Join(p.DataType, ",") + "/" + p.Tokenization + "/" + map[bool]string{true: "searchable", false: "-"}[searchable]
	}
	for name, want := range map[string]string{wvKeyword: "text/whitespace/searchable", wvDoc: "text/field/-", wvYear: "int//-", wvFile: "text/field/-", wvAccess: "text/field/-", wvRecord: "text//-", wvBlob: "blob//-"} {
		if props[name] != want {
			t.Errorf("property %s: %s, want %s", name, props[name], want)
		}
	}
	// The objects: chunks with their vectors, figures and records without.
	kinds := map[string]int{}
	for _, o := range fw.Objects(st.Collection) {
		kinds[o.Properties[wvDoc].(string)]++
		if o.Tenant != wvPublicTenant {
			t.Fatalf("object in tenant %q with no access folders", o.Tenant)
		}
		switch o.Properties[wvDoc] {
		case wvDocChunk:
			if len(o.Vector) != DefaultLocalDim {
				t.Fatalf("chunk %v with a vector of %d", o.Properties[wvID], len(o.Vector))
			}
		default:
			if len(o.Vector) != 0 {
				t.Fatalf("%v %v with a vector", o.Properties[wvDoc], o.Properties[wvID])
			}
		}
	}
	if kinds[wvDocChunk] != m.Chunks || kinds[wvDocFigure] != m.Figures || kinds[wvDocGen] < 3 {
		t.Errorf("objects by kind %v; manifest %d chunks, %d figures", kinds, m.Chunks, m.Figures)
	}
	// The order: objects, settle, count, then the alias.
	log := fw.Requests()
	last := func(prefix string) int {
		i := -1
		for j, r := range log {
			if strings.HasPrefix(r, prefix) {
				i = j
			}
		}
		return i
	}
	batch, alias := last("POST /v1/batch/objects"), last("POST /v1/aliases")
	if batch < 0 || alias < batch || last("PUT /v1/schema/"+st.Collection+"/tenants") > alias || last("POST /v1/graphql") > alias {
		t.Errorf("alias not switched last: %v", log)
	}
	if got := fw.TenantChanges(st.Collection); !slices.Equal(got, []string{"POST public ", "PUT public INACTIVE", "PUT public ACTIVE"}) {
		t.Errorf("tenant changes %v", got)
	}
	if fw.Alias("Healthbot") != st.Collection {
		t.Errorf("alias names %q", fw.Alias("Healthbot"))
	}
	// The same generation again: nothing written.
	n := len(fw.Requests())
	again, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !again.UpToDate || again.Objects != 0 {
		t.Errorf("second publish: %+v", again)
	}
	for _, r := range fw.Requests()[n:] {
		if !strings.HasPrefix(r, "GET ") && r != "POST /v1/graphql" {
			t.Errorf("second publish wrote: %s", r)
		}
	}
}

// TestPublishFailureKeepsAlias checks that a publish failing while it
// writes leaves the alias on the collection it named, which still
// answers, and that the next publish drops what the failed one left.
func TestPublishFailureKeepsAlias(t *testing.T) {
	t.Parallel()
	// Two reports, written in small batches, are enough to fail the
	// third batch (-race makes every object's encoding slow).
	docs := sampleDocs(t)[:2]
	dir := t.TempDir()
	emb := localEmbedder(t, DefaultLocalDim)
	ctx := context.Background()
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	fw := weaviatetest.NewFake(t)
	w := fakeConn(t, fw.URL())
	first, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{})
	if err != nil {
		t.Fatal(err)
	}
	// A new generation (the same chunks, another build).
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	batches := 0
	fw.Fail(func(method, path string) int {
		if path == "/v1/batch/objects" {
			if batches++; batches == 3 {
				return 500
			}
		}
		return 0
	})
	if _, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{BatchSize: 10}); err == nil {
		t.Fatal("publish succeeded through a failing batch")
	}
	if fw.Alias("Healthbot") != first.Collection {
		t.Fatalf("alias moved to %q by a failed publish", fw.Alias("Healthbot"))
	}
	for _, r := range fw.Requests() {
		if strings.HasPrefix(r, "PUT /v1/aliases") {
			t.Fatalf("a failed publish touched the alias: %s", r)
		}
	}
	wi, err := OpenWeaviate(ctx, w, emb, WeaviateOpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer wi.Close()
	if wi.Collection() != first.Collection {
		t.Fatalf("searching %s, want %s", wi.Collection(), first.Collection)
	}
	res, err := wi.Search(ctx, corpus.Query{Text: "家庭医生签约率", Mode: corpus.KeywordOnly})
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("old collection does not answer: %v, %d hits", err, len(res.Hits))
	}
	if len(fw.Classes()) != 2 {
		t.Fatalf("%d collections after the failed publish, want the live one and the leftover", len(fw.Classes()))
	}
	fw.Fail(nil)
	next, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(next.Dropped, first.Collection) || len(fw.Classes()) != 1 || fw.Alias("Healthbot") != next.Collection {
		t.Errorf("after the next publish: %+v, collections %d, alias %s", next, len(fw.Classes()), fw.Alias("Healthbot"))
	}
	// Searches on the old collection move to the new one by themselves.
	res, err = wi.Search(ctx, corpus.Query{Text: "家庭医生签约率", Mode: corpus.KeywordOnly})
	if err != nil || len(res.Hits) == 0 || wi.Collection() != next.Collection {
		t.Fatalf("after the old collection was dropped: %v, %d hits, searching %s", err, len(res.Hits), wi.Collection())
	}
}

// TestWeaviateHitsAreTheChunks checks the mapping from Weaviate's answer
// to passages and figures: every field of a hit is the chunk's, as the
// embedded index reads it, and the queries carry the tenant, filters and
// the hidden access folders.
func TestWeaviateHitsAreTheChunks(t *testing.T) {
	t.Parallel()
	ix, dir := buildSamples(t, BuildOptions{})
	fw := weaviatetest.NewFake(t)
	// The first node is down: requests go to the second.
	down := weaviatetest.NewFake(t)
	down.Close()
	w := fakeConn(t, down.URL(), fw.URL())
	emb := localEmbedder(t, DefaultLocalDim)
	ctx := context.Background()
	if _, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{}); err != nil {
		t.Fatal(err)
	}
	wi, err := OpenWeaviate(ctx, w, emb, WeaviateOpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer wi.Close()
	if m, _ := wi.Manifest(); m != ix.Manifest() {
		t.Errorf("manifest %+v, want %+v", m, ix.Manifest())
	}
	for _, mode := range []corpus.Mode{corpus.VectorOnly, corpus.KeywordOnly, corpus.Hybrid} {
		res, err := wi.Search(ctx, corpus.Query{Text: "2023年家庭医生签约率是多少", Filters: corpus.Filters{Years: []int{2023}}, K: 8, Mode: mode})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 {
			t.Fatalf("%s: no hits", mode)
		}
		for _, h := range res.Hits {
			d, err := ix.chunkByID(ctx, h.ChunkID, h.Year)
			if err != nil {
				t.Fatalf("%s: hit %s is no chunk of the index: %v", mode, h.ChunkID, err)
			}
			m := d.Metadata
			if h.Text != d.Content || h.Title != m["title"] || h.File != m[fieldFile] || h.Section != m["section"] || string(h.Kind) != m[fieldKind] || h.Place != m[fieldPlace] || h.Ref != m["ref"] {
				t.Errorf("%s: hit %s differs from its chunk", mode, h.ChunkID)
			}
		}
	}
	figs, err := wi.SearchFigures(ctx, "家庭医生签约率", corpus.Filters{}, 5)
	if err != nil || len(figs) == 0 {
		t.Fatalf("figures: %v, %d", err, len(figs))
	}
	for _, f := range figs {
		if f.Figure.Label == "" || f.File == "" || f.Title == "" {
			t.Errorf("figure %+v lacks its record", f)
		}
	}
	// The queries: in the tenant, of chunks, with the years and the
	// terms in the keyword property.
	var sawBM25, sawVector bool
	for _, q := range fw.Queries() {
		if !strings.Contains(q, "{Get {") {
			continue
		}
		if !strings.Contains(q, `tenant: "public"`) {
			t.Errorf("query outside the tenant: %s", q)
		}
		if strings.Contains(q, "bm25:") && strings.Contains(q, `valueInt: 2023`) {
			sawBM25 = strings.Contains(q, `properties: ["kw"]`) && strings.Contains(q, "签约")
		}
		if strings.Contains(q, "nearVector:") && strings.Contains(q, `valueText: "chunk"`) {
			sawVector = true
		}
	}
	if !sawBM25 || !sawVector {
		t.Errorf("keyword query seen %v, vector query seen %v", sawBM25, sawVector)
	}
}

// TestWeaviateAccessFolders checks that each access folder's documents
// are a tenant of their own, and that a search reads only the tenants of
// the folders its asker may read, with the other folders also left out by
// its filter.
func TestWeaviateAccessFolders(t *testing.T) {
	t.Parallel()
	emb := localEmbedder(t, DefaultLocalDim)
	dir := t.TempDir()
	docs := sampleDocs(t)
	files := map[string]string{}
	for i, d := range docs {
		if i%2 == 0 {
			files[d.File] = "人事"
		}
	}
	if _, err := Build(context.Background(), dir, docs, emb, BuildOptions{Access: Access{Folders: []string{"人事"}, Files: files}}); err != nil {
		t.Fatal(err)
	}
	fw := weaviatetest.NewFake(t)
	w := fakeConn(t, fw.URL())
	ctx := context.Background()
	if _, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{}); err != nil {
		t.Fatal(err)
	}
	hr := wvTenantOf("人事")
	for _, o := range fw.Objects(wvCollectionName("Healthbot", mustGen(t, dir))) {
		file, _ := o.Properties[wvFile].(string)
		if o.Properties[wvDoc] == wvDocGen {
			continue
		}
		if o.Properties[wvAccess] != files[file] || o.Tenant != wvTenantOf(files[file]) {
			t.Fatalf("object of %s in access folder %q, tenant %s; want %q", file, o.Properties[wvAccess], o.Tenant, files[file])
		}
	}
	wi, err := OpenWeaviate(ctx, w, emb, WeaviateOpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer wi.Close()
	for _, tc := range []struct {
		name    string
		r       corpus.Readable
		tenants []string
		hidden  bool
	}{
		{"reader of public files", corpus.Readable{}, []string{wvPublicTenant}, true},
		{"reader of 人事", corpus.Readable{Folders: []string{"人事"}}, []string{hr, wvPublicTenant}, false},
		{"deployer", corpus.Readable{All: true}, []string{hr, wvPublicTenant}, false},
	} {
		fw.ClearQueries()
		res, err := wi.Search(ctx, corpus.Query{Text: "卫生工作", Mode: corpus.Hybrid, K: 20, Filters: corpus.Filters{Access: tc.r}})
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for _, h := range res.Hits {
			seen[files[h.File]] = true
		}
		if seen["人事"] != !tc.hidden || !seen[""] {
			t.Errorf("%s: hits of folders %v", tc.name, seen)
		}
		tenants := map[string]bool{}
		for _, q := range fw.Queries() {
			if !strings.Contains(q, "bm25:") && !strings.Contains(q, "nearVector:") {
				continue
			}
			for _, tn := range []string{hr, wvPublicTenant} {
				if strings.Contains(q, `tenant: "`+tn+`"`) {
					tenants[tn] = true
				}
			}
			if hides := strings.Contains(q, `{operator: NotEqual path: ["access"] valueText: "人事"}`); hides != tc.hidden {
				t.Errorf("%s: query hides 人事: %v", tc.name, hides)
			}
		}
		var got []string
		for tn := range tenants {
			got = append(got, tn)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.tenants) {
			t.Errorf("%s: searched tenants %v, want %v", tc.name, got, tc.tenants)
		}
	}
}

func mustGen(t *testing.T, dir string) string {
	t.Helper()
	g, err := LiveGeneration(dir)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestOpenWeaviateWithoutAlias is ErrNoIndex.
func TestOpenWeaviateWithoutAlias(t *testing.T) {
	t.Parallel()
	fw := weaviatetest.NewFake(t)
	_, err := OpenWeaviate(context.Background(), fakeConn(t, fw.URL()), localEmbedder(t, DefaultLocalDim), WeaviateOpenOptions{})
	if !errors.Is(err, ErrNoIndex) {
		t.Fatalf("got %v, want ErrNoIndex", err)
	}
}

// TestPublishConsistency checks the consistency levels asked (every write
// at ALL, every query at ONE), and that a publish whose batches are
// refused because a replica is down writes them again after waits of
// 1 s, 2 s, 4 s … and completes, or, when the replica stays down past
// WriteRetry, fails and leaves the alias where it was.
func TestPublishConsistency(t *testing.T) {
	t.Parallel()
	// One report is enough for the protocol; each publish writes all of it
	// again (and -race makes every object's encoding slow).
	docs := sampleDocs(t)[:1]
	dir := t.TempDir()
	emb := localEmbedder(t, DefaultLocalDim)
	ctx := context.Background()
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	fw := weaviatetest.NewFake(t)
	w := fakeConn(t, fw.URL())
	var waits []time.Duration
	w.sleep = func(_ context.Context, d time.Duration) error {
		waits = append(waits, d)
		return nil
	}
	fw.ReplicasDown(4)
	st, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{BatchSize: 100})
	if err != nil {
		t.Fatal(err)
	}
	if want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second}; !slices.Equal(waits, want) {
		t.Errorf("waited %v, want %v", waits, want)
	}
	if got := len(fw.Objects(st.Collection)); got != st.Objects {
		t.Errorf("%d objects in the collection, %d written", got, st.Objects)
	}
	wi, err := OpenWeaviate(ctx, w, emb, WeaviateOpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer wi.Close()
	if _, err := wi.Search(ctx, corpus.Query{Text: "家庭医生签约率"}); err != nil {
		t.Fatal(err)
	}
	levels := map[string]int{}
	for _, l := range fw.ConsistencyLevels() {
		levels[l]++
	}
	// Searches at ONE; the publish's look at the replicas reads each
	// tenant once at ALL.
	if len(levels) != 3 || levels["batch ALL"] == 0 || levels["Get ONE"] == 0 || levels["Get ALL"] != 1 {
		t.Errorf("consistency levels asked: %v, want batches at ALL, queries at ONE, one tenant read at ALL", levels)
	}
	// A replica found short after the writes (its node was left out while
	// down): everything is written again, then the alias switched; short
	// every time: not switched.
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	waits = nil
	fw.ShortReplica(1)
	st, err = PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{BatchSize: 100})
	if err != nil || st.Rewrites != 1 || !slices.Equal(waits, []time.Duration{wvRewriteWait}) || fw.Alias("Healthbot") != st.Collection {
		t.Fatalf("publish with a replica short once: %+v, %v, waited %v", st, err, waits)
	}
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	fw.ShortReplica(wvRewriteRounds)
	if _, err := PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{BatchSize: 100}); err == nil || !strings.Contains(err.Error(), "not whole on every replica") {
		t.Fatalf("publish with a replica short every time: %v", err)
	}
	if fw.Alias("Healthbot") != st.Collection {
		t.Fatalf("alias moved to %q", fw.Alias("Healthbot"))
	}
	// A replica down for good: the publish gives up and the alias stays.
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	waits = nil
	fw.ReplicasDown(1 << 20)
	_, err = PublishWeaviate(ctx, dir, emb, "", w, PublishOptions{BatchSize: 100})
	if err == nil || !strings.Contains(err.Error(), "cannot reach enough replicas") {
		t.Fatalf("publish with a replica down for good: %v", err)
	}
	var total time.Duration
	for _, d := range waits {
		total += d
	}
	if total > 2*time.Minute || total < time.Minute {
		t.Errorf("waited %v (%s in all), want up to WriteRetry (2m)", waits, total)
	}
	if fw.Alias("Healthbot") != st.Collection {
		t.Errorf("alias moved to %q", fw.Alias("Healthbot"))
	}
}
