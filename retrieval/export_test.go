package retrieval

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/philippgille/chromem-go"

	"github.com/healthbot/healthbot/corpus"
)

// exported reads the chromem-go exports of the live generation of dir
// (sealed with the passphrase key, "" for none): chunk id -> text.
func exported(t *testing.T, dir, key string) map[string]string {
	t.Helper()
	gen, err := currentGeneration(dir)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(gen, documentsDir, "*.gob"))
	counts, err := readChromemCounts(filepath.Join(gen, documentsDir))
	if err != nil || len(counts) != len(files) {
		t.Fatalf("counts %v for %d exports: %v", counts, len(files), err)
	}
	out := map[string]string{}
	for _, f := range files {
		db := chromem.NewDB()
		if err := db.ImportFromFile(f, encryptionKey(key)); err != nil {
			t.Fatal(err)
		}
		cols := db.ListCollections()
		col, ok := cols[filepath.Base(f[:len(f)-len(".gob")])]
		if len(cols) != 1 || !ok || col.Count() != counts[col.Name] {
			t.Fatalf("%s: collections %v, counts %v", f, cols, counts)
		}
		res, err := col.QueryEmbedding(context.Background(), placeholderVector, col.Count(), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range res {
			if r.Metadata[fieldYear] != col.Name[len(collectionPrefix):] {
				t.Errorf("%s in collection %s: year %s", r.ID, col.Name, r.Metadata[fieldYear])
			}
			out[r.ID] = r.Content
		}
	}
	return out
}

// chunkTexts returns the texts of the chunks of docs' reports that are
// not duplicates: chunk id -> text.
func chunkTexts(docs []*corpus.Document) map[string]string {
	out := map[string]string{}
	for _, d := range docs {
		for _, r := range d.Reports {
			if r.DuplicateOf != "" {
				continue
			}
			for _, c := range r.Chunks {
				out[c.ID] = c.Text
			}
		}
	}
	return out
}

// The chromem-go exports, one per year, hold every chunk once, plain or
// sealed.
func TestChromemExportsHoldEveryChunk(t *testing.T) {
	for _, key := range []string{"", "secret"} {
		dir := t.TempDir()
		docs := syntheticDocs(t, 200)
		if _, err := Build(context.Background(), dir, docs, localEmbedder(t, 256), BuildOptions{Key: key}); err != nil {
			t.Fatal(err)
		}
		got, want := exported(t, dir, key), chunkTexts(docs)
		if len(got) != len(want) {
			t.Errorf("key %q: %d chunks exported, want %d", key, len(got), len(want))
		}
		for id, text := range want {
			if got[id] != text {
				t.Errorf("key %q: chunk %s exported as %q, want %q", key, id, got[id], text)
				break
			}
		}
	}
}

// A year whose chunks are all unchanged since the live index's corpus, and
// as many, keeps the live index's export (told a changed chunk is
// unchanged, the export keeps its old text: that is how the test sees it
// was not written again); a year that lost a chunk is written again.
func TestChromemExportOfUnchangedYearKept(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	emb := localEmbedder(t, 256)
	docs := fortyReports(t)
	all := func(n int) []bool {
		u := make([]bool, n)
		for i := range u {
			u[i] = true
		}
		return u
	}
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{Corpus: "s1"}); err != nil {
		t.Fatal(err)
	}
	c := &docs[0].Reports[0].Chunks[0]
	old := c.Text
	c.Text += "另有新增乡镇卫生院改造项目。"
	c.Norm += "另有新增乡镇卫生院改造项目。"
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{Corpus: "s2", Since: "s1", Unchanged: all(len(docs))}); err != nil {
		t.Fatal(err)
	}
	if got := exported(t, dir, "")[c.ID]; got != old {
		t.Errorf("a year said unchanged was exported again: %q", got)
	}
	// The same, one report gone: its year is written again.
	gone := docs[5].Reports[0].Chunks[0].ID
	docs = slices.Delete(docs, 5, 6)
	if _, err := Build(ctx, dir, docs, emb, BuildOptions{Corpus: "s3", Since: "s2", Unchanged: all(len(docs))}); err != nil {
		t.Fatal(err)
	}
	got := exported(t, dir, "")
	if _, ok := got[gone]; ok || got[c.ID] != c.Text {
		t.Errorf("a year that lost a chunk was not exported again: %s still there %v, text %q", gone, ok, got[c.ID])
	}
}
