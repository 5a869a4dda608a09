package retrieval

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// changeChunks returns docs with the text of the first n chunks of the
// first document changed.
func changeChunks(docs []*corpus.Document, n int) []*corpus.Document {
	out := slices.Clone(docs)
	d := *docs[0]
	d.Reports = slices.Clone(d.Reports)
	d.Reports[0].Chunks = slices.Clone(d.Reports[0].Chunks)
	for i := range n {
		c := &d.Reports[0].Chunks[i]
		c.Text += "另有新增乡镇卫生院改造项目。"
		c.Norm += "另有新增乡镇卫生院改造项目。"
		c.ID += "x"
	}
	out[0] = &d
	return out
}

func TestBuildReusesVectorsOfUnchangedText(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	emb := localEmbedder(t, 256)
	docs := syntheticDocs(t, 40)
	for i, d := range docs { // figures only slow the keyword index down here
		c := *d
		c.Reports = slices.Clone(c.Reports)
		for j := range c.Reports {
			c.Reports[j].Figures = nil
		}
		docs[i] = &c
	}
	build := func(docs []*corpus.Document) (BuildStats, Manifest, []byte) {
		t.Helper()
		st, err := Build(ctx, dir, docs, emb, BuildOptions{})
		if err != nil {
			t.Fatal(err)
		}
		m, err := ReadManifest(dir)
		if err != nil {
			t.Fatal(err)
		}
		gen, _ := currentGeneration(dir)
		vecs, err := os.ReadFile(filepath.Join(gen, vectorsFile))
		if err != nil {
			t.Fatal(err)
		}
		return st, m, vecs
	}
	st, _, cold := build(docs)
	if st.Reused != 0 {
		t.Fatalf("a first build reused %d vectors", st.Reused)
	}
	st, m, again := build(docs)
	if st.Reused != st.Chunks || m.Stale != 0 || !bytes.Equal(cold, again) {
		t.Errorf("same corpus: reused %d of %d, stale %d, vectors equal %v", st.Reused, st.Chunks, m.Stale, bytes.Equal(cold, again))
	}

	// One changed chunk is embedded (with the IDF kept), the rest reused.
	st, m, _ = build(changeChunks(docs, 1))
	if st.Reused != st.Chunks-1 || m.Stale != 2 {
		t.Errorf("one chunk changed: reused %d of %d, stale %d", st.Reused, st.Chunks, m.Stale)
	}
	ix, err := Open(dir, emb, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(ctx, corpus.Query{Text: "乡镇卫生院改造项目", K: 3})
	ix.Close()
	if err != nil || len(res.Hits) == 0 || res.Hits[0].ChunkID != docs[0].Reports[0].Chunks[0].ID+"x" {
		t.Errorf("changed chunk not found first: %+v %v", res.Hits, err)
	}

	// Once more than maxStaleShare changed, the build starts over.
	st, m, _ = build(changeChunks(docs, 6))
	if st.Reused != 0 || m.Stale != 0 {
		t.Errorf("6 of %d chunks changed: reused %d, stale %d", st.Chunks, st.Reused, m.Stale)
	}
}

func TestBuildUpdatesKeywordIndex(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	emb := localEmbedder(t, 256)
	// 40 reports of 2 chunks each.
	one := syntheticDocs(t, 80)[0].Reports[0]
	var docs []*corpus.Document
	for i := range 40 {
		r := one
		r.ID, r.File, r.Figures = fmt.Sprintf("r%02d", i), fmt.Sprintf("f%02d.txt", i), nil
		r.Chunks = slices.Clone(one.Chunks[2*i : 2*i+2])
		for j := range r.Chunks {
			r.Chunks[j].Report = r.ID
		}
		docs = append(docs, &corpus.Document{File: r.File, Reports: []corpus.Report{r}})
	}
	if st, err := Build(ctx, dir, docs, emb, BuildOptions{}); err != nil || st.KeywordUpdated {
		t.Fatalf("first build: %+v %v", st, err)
	}
	// One report gone and one chunk changed: the keyword index is updated.
	gone := docs[5].Reports[0].Chunks[0]
	docs = append(changeChunks(docs[:5], 1), docs[6:]...)
	st, err := Build(ctx, dir, docs, emb, BuildOptions{})
	if err != nil || !st.KeywordUpdated || st.Reused != st.Chunks-1 {
		t.Fatalf("second build: %+v %v", st, err)
	}
	ix, err := Open(dir, emb, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(ctx, corpus.Query{Text: gone.Text, K: 10})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range res.Hits {
		if h.File == "f05.txt" {
			t.Errorf("a removed report is still found: %+v", h)
		}
	}
	res, err = ix.Search(ctx, corpus.Query{Text: "乡镇卫生院改造项目", K: 3})
	if err != nil || len(res.Hits) == 0 || res.Hits[0].ChunkID != docs[0].Reports[0].Chunks[0].ID {
		t.Errorf("changed chunk not found first: %+v %v", res.Hits, err)
	}
	if n, _ := ix.keyword.DocCount(); n != uint64(st.Chunks) {
		t.Errorf("keyword index holds %d documents, want %d", n, st.Chunks)
	}
}
