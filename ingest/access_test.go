package ingest

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/access"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/retrieval"
)

// accessIndex ingests testdata/access (folders public/ and personnel/),
// with only the folders given copied, under policy p, and opens it.
func accessIndex(t *testing.T, p *access.Policy, folders ...string) *retrieval.Index {
	t.Helper()
	src := filepath.Join("..", "testdata", "access")
	dir := t.TempDir()
	for _, f := range folders {
		if err := os.CopyFS(filepath.Join(dir, f), os.DirFS(filepath.Join(src, f))); err != nil {
			t.Fatal(err)
		}
	}
	emb, err := retrieval.NewLocalEmbedder(retrieval.DefaultLocalDim)
	if err != nil {
		t.Fatal(err)
	}
	idx := t.TempDir()
	if _, err := Run(context.Background(), Options{CorpusDir: dir, IndexDir: idx, Embedder: emb, Access: p}); err != nil {
		t.Fatal(err)
	}
	ix, err := retrieval.Open(idx, emb, retrieval.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func twoFolders() *access.Policy {
	return access.New([]access.Folder{{Path: "public", Public: true}, {Path: "personnel", Users: []string{"U1"}}}, nil, nil)
}

// TestHiddenPassagesLeftOutBeforeRanking: a reader who may not read
// personnel/ gets neither its passages nor its figures, and the passages
// they do get are ranked exactly as in an index without personnel/.
func TestHiddenPassagesLeftOutBeforeRanking(t *testing.T) {
	p := twoFolders()
	ix := accessIndex(t, p, "public", "personnel")
	without := accessIndex(t, p, "public")
	if got := ix.Access().Files; len(got) != 3 || got["personnel/2023年人事工作总结.txt"] != "personnel" {
		t.Fatalf("access record: %v", got)
	}
	ctx := context.Background()
	question := "2023年卫生技术人员流失率和家庭医生签约率"
	u1 := p.Readable("D1", access.Direct, "U1")
	u2 := p.Readable("D2", access.Direct, "U2")

	full, err := ix.Search(ctx, corpus.Query{Text: question, Filters: corpus.Filters{Access: u1}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(full.Hits, func(h corpus.Hit) bool { return strings.HasPrefix(h.File, "personnel/") }) {
		t.Fatalf("U1 does not find the personnel passage: %v", ids(full.Hits))
	}
	for _, r := range []corpus.Readable{u2, {}, p.Readable("C1", access.Public, "U1")} {
		got, err := ix.Search(ctx, corpus.Query{Text: question, Filters: corpus.Filters{Access: r}})
		if err != nil {
			t.Fatal(err)
		}
		want, err := without.Search(ctx, corpus.Query{Text: question, Filters: corpus.Filters{Access: r}})
		if err != nil {
			t.Fatal(err)
		}
		for _, h := range got.Hits {
			if strings.HasPrefix(h.File, "personnel/") || strings.Contains(h.Text, "7.3%") {
				t.Errorf("%+v: hidden passage returned: %s", r, h.ChunkID)
			}
		}
		if !slices.Equal(ids(got.Hits), ids(want.Hits)) {
			t.Errorf("%+v: ranking %v, without the hidden folder %v", r, ids(got.Hits), ids(want.Hits))
		}
		figs, err := ix.SearchFigures(ctx, "卫生技术人员流失率", corpus.Filters{Years: []int{2023}, Access: r}, 10)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range figs {
			if strings.HasPrefix(f.File, "personnel/") {
				t.Errorf("%+v: hidden figure returned: %s %v", r, f.Figure.Label, f.Figure.Value)
			}
		}
	}
	figs, err := ix.SearchFigures(ctx, "卫生技术人员流失率", corpus.Filters{Years: []int{2023}, Access: u1}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(figs, func(f corpus.FigureHit) bool { return strings.HasPrefix(f.File, "personnel/") }) {
		t.Errorf("U1 does not find the personnel figure")
	}
}

func ids(hits []corpus.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.File+"#"+h.Ref+"#"+h.Section)
	}
	return out
}

// TestAccessChangeRebuildsIndex: listing a folder after an ingest makes the
// next ingest record it, though no file changed.
func TestAccessChangeRebuildsIndex(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(filepath.Join("..", "testdata", "access"))); err != nil {
		t.Fatal(err)
	}
	emb, err := retrieval.NewLocalEmbedder(retrieval.DefaultLocalDim)
	if err != nil {
		t.Fatal(err)
	}
	idx := t.TempDir()
	for _, p := range []*access.Policy{nil, twoFolders()} {
		if _, err := Run(context.Background(), Options{CorpusDir: dir, IndexDir: idx, Embedder: emb, Access: p}); err != nil {
			t.Fatal(err)
		}
	}
	rec, err := retrieval.ReadAccess(idx)
	if err != nil {
		t.Fatal(err)
	}
	if rec.Files["personnel/2023年人事工作总结.txt"] != "personnel" {
		t.Errorf("access record after listing personnel: %+v", rec)
	}
}
