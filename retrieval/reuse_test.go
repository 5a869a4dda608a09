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

// fortyReports returns 40 documents of a report of 2 chunks each.
func fortyReports(t *testing.T) []*corpus.Document {
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
	return docs
}

// The keyword documents and chunk records of documents the ingest says
// unchanged since the corpus the live index was built from are taken from
// the live index, not made again; said unchanged since another corpus,
// they are made again. (Told of a document that did change, the build
// keeps its old ones: that is how the test sees which were made.)
func TestBuildTakesUnchangedDocumentsFromLiveIndex(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	emb := localEmbedder(t, 256)
	docs := fortyReports(t)
	docs[0].Reports[0].Figures = []corpus.Figure{{Label: "签约率", Value: 50.2, Unit: "%", Year: 2023, Report: "r00", Sentence: "家庭医生签约率为50.2%。"}}
	all := make([]bool, len(docs))
	for i := range all {
		all[i] = true
	}
	const added = "另有新增乡镇卫生院改造项目。"
	hashes := func() map[string]uint64 {
		t.Helper()
		gen, err := currentGeneration(dir)
		if err != nil {
			t.Fatal(err)
		}
		h, err := readKeywordIDs(gen)
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	recorded := func() bool { // the chunk file holds the changed text
		t.Helper()
		gen, err := currentGeneration(dir)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(filepath.Join(gen, chunksFile))
		if err != nil {
			t.Fatal(err)
		}
		return bytes.Contains(data, []byte(added))
	}
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{Corpus: "s1"}); err != nil {
		t.Fatal(err)
	}
	first := hashes()
	r := &docs[0].Reports[0]
	r.Chunks[0].Text += added
	r.Chunks[0].Norm += added
	r.Figures[0].Sentence = "家庭医生总签约率为50.2%。"
	ids := []string{r.Chunks[0].ID, "r00/f0"}

	st, err := Build(ctx, dir, docs, emb, BuildOptions{Corpus: "s2", Since: "s1", Unchanged: all})
	if err != nil || !st.KeywordUpdated {
		t.Fatalf("second build: %+v %v", st, err)
	}
	second := hashes()
	for _, id := range ids {
		if second[id] != first[id] {
			t.Errorf("%s said unchanged since the live index's corpus: its keyword document was made again", id)
		}
	}
	if recorded() {
		t.Error("a chunk said unchanged since the live index's corpus: its record was made again")
	}

	if _, err := Build(ctx, dir, docs, emb, BuildOptions{Corpus: "s3", Since: "s1", Unchanged: all}); err != nil {
		t.Fatal(err)
	}
	third := hashes()
	for _, id := range ids {
		if third[id] == first[id] {
			t.Errorf("%s said unchanged since a corpus the live index was not built from: its keyword document was not made again", id)
		}
	}
	if !recorded() {
		t.Error("a chunk said unchanged since a corpus the live index was not built from: its record was not made again")
	}
}

func TestBuildUpdatesKeywordIndex(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	emb := localEmbedder(t, 256)
	docs := fortyReports(t)
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
