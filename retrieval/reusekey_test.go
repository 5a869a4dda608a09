package retrieval

import (
	"context"
	"testing"
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
