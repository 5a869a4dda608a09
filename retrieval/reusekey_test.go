package retrieval

import (
	"context"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

func TestEncryptedBuildReusesVectors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	emb := localEmbedder(t, 256)
	docs := syntheticDocs(t, 30)
	for _, d := range docs {
		for j := range d.Reports {
			d.Reports[j].Figures = nil
		}
	}
	opts := BuildOptions{Key: "secret"}
	if _, err := Build(ctx, dir, docs, emb, opts); err != nil {
		t.Fatal(err)
	}
	st, err := Build(ctx, dir, docs, emb, opts)
	if err != nil || st.Reused != st.Chunks || !st.KeywordUpdated {
		t.Errorf("encrypted rebuild of the same corpus: %+v %v", st, err)
	}
	// Another key reads nothing of the old index: everything is embedded.
	st, err = Build(ctx, dir, docs, emb, BuildOptions{Key: "other"})
	if err != nil || st.Reused != 0 {
		t.Errorf("build with another key: %+v %v", st, err)
	}
}

// An encrypted index lends the records of unchanged chunks too: told a
// changed chunk is unchanged, the build keeps its old record (which is how
// the test sees the record was taken from the sealed chunk file).
func TestEncryptedBuildTakesUnchangedRecords(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	emb := localEmbedder(t, 256)
	docs := fortyReports(t)
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{Key: "secret", Corpus: "s1"}); err != nil {
		t.Fatal(err)
	}
	c := &docs[0].Reports[0].Chunks[0]
	old := c.Text
	c.Text += "另有新增乡镇卫生院改造项目。"
	c.Norm += "另有新增乡镇卫生院改造项目。"
	all := make([]bool, len(docs))
	for i := range all {
		all[i] = true
	}
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{Key: "secret", Corpus: "s2", Since: "s1", Unchanged: all}); err != nil {
		t.Fatal(err)
	}
	ix, err := Open(dir, emb, OpenOptions{Key: "secret"})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(ctx, corpus.Query{Text: old, K: 3})
	if err != nil || len(res.Hits) == 0 || res.Hits[0].ChunkID != c.ID || res.Hits[0].Text != old {
		t.Errorf("record of the chunk said unchanged: %+v %v", res.Hits, err)
	}
}
