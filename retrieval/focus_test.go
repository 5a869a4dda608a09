package retrieval

import (
	"context"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

func TestFocusIsTheBestSentencesShare(t *testing.T) {
	q := map[string]float64{"家庭": 1, "医生": 1, "签约": 2}
	if got := focus(q, "开展家庭医生签约服务。"); got != 1 {
		t.Errorf("one sentence holding every bigram: %v, want 1", got)
	}
	if got := focus(q, "家庭。医生。签约。"); got != 0.5 {
		t.Errorf("bigrams in separate sentences: %v, want the best one's share 0.5", got)
	}
	if got := focus(nil, "家庭医生"); got != 0 {
		t.Errorf("no question bigrams: %v", got)
	}
}

// A passage one sentence of which holds the question's words ranks above
// one that repeats them apart in many sentences.
func TestFocusedPassageRanksFirst(t *testing.T) {
	scattered := "某县卫生工作总结\n一、基层卫生\n" + strings.Repeat("家庭医生。生签约。", 4) + "\n"
	focused := "某县卫生工作总结\n一、基层卫生\n" + strings.Repeat("推进公共卫生服务均等化，加强疾病预防控制体系建设。", 8) + "全年完成家庭医生签约服务12万人。\n"
	docA := corpus.Parse("a.txt", scattered, corpus.Meta{}, corpus.Options{})
	docB := corpus.Parse("b.txt", focused, corpus.Meta{}, corpus.Options{})
	dir := t.TempDir()
	emb := localEmbedder(t, DefaultLocalDim)
	if _, err := Build(context.Background(), dir, []*corpus.Document{&docA, &docB}, emb, BuildOptions{}); err != nil {
		t.Fatal(err)
	}
	first := func(focusWeight float64) string {
		w := DefaultWeights()
		w.Vector, w.Focus = LocalVectorWeight, focusWeight
		ix, err := Open(dir, emb, OpenOptions{Weights: w})
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		res, err := ix.Search(context.Background(), corpus.Query{Text: "家庭医生签约", K: 2, Mode: corpus.KeywordOnly})
		if err != nil || len(res.Hits) == 0 {
			t.Fatalf("search: %v %v", res.Hits, err)
		}
		return res.Hits[0].File
	}
	if got := first(DefaultFocus); got != "b.txt" {
		t.Errorf("with focus the first hit is %s, want the passage whose sentence holds the question", got)
	}
	if got := first(0); got != "a.txt" {
		t.Errorf("without focus the first hit is %s: the case no longer tells focus from BM25", got)
	}
}
