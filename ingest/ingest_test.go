package ingest

import (
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/retrieval"
)

const reportA = "2023年卫生健康工作总结\n一、2023年度工作总结\n（一）公共卫生\n全年报告传染病病例8350例，完成率100%。家庭医生总签约率为50.2%。\n二、2024年工作计划\n（一）继续推进\n力争家庭医生签约率达到55%。\n"
const reportB = "2022年卫生工作总结\n一、主要成效\n全年共培训乡村医生___人次，投入资金120万元用于设备购置。\n"

func writeFile(t testing.TB, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func runIngest(t *testing.T, corpusDir, indexDir string) Summary {
	t.Helper()
	sum, err := Run(context.Background(), Options{CorpusDir: corpusDir, IndexDir: indexDir})
	if err != nil {
		t.Fatal(err)
	}
	return sum
}

func TestIncrementalIngest(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "a.txt", reportA)
	writeFile(t, src, "sub/b.txt", reportB)

	s := runIngest(t, src, idx)
	if s.Files != 2 || s.Read != 2 || s.Reports != 2 || s.Figures == 0 || s.MissingFigures == 0 {
		t.Fatalf("first ingest: %+v", s)
	}

	s = runIngest(t, src, idx)
	if s.Read != 0 || s.Unchanged != 2 {
		t.Errorf("second ingest re-read files: %+v", s)
	}

	// A changed file is read again; a removed one disappears.
	later := time.Now().Add(2 * time.Second)
	writeFile(t, src, "a.txt", reportA+"（二）新增内容\n新增培训200人次。\n")
	os.Chtimes(filepath.Join(src, "a.txt"), later, later)
	os.Remove(filepath.Join(src, "sub", "b.txt"))
	s = runIngest(t, src, idx)
	if s.Read != 1 || s.Removed != 1 || s.Files != 1 || s.Reports != 1 {
		t.Errorf("after change and removal: %+v", s)
	}
	st, err := Load(idx)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Entries) != 1 || st.Entries[0].Name != "a.txt" || !strings.Contains(st.Entries[0].Document.Text, "新增培训") {
		t.Errorf("stored entries: %+v", st.Entries)
	}
}

func TestBadFilesAreSkippedWithReasons(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "good.txt", reportA)
	writeFile(t, src, "empty.txt", "")
	writeFile(t, src, "binary.txt", string([]byte{0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 7, 8, 9}))
	writeFile(t, src, "broken.docx", "PK\x03\x04 this is not a complete zip")
	writeFile(t, src, "table.xlsx", "whatever")
	writeFile(t, src, "good.meta.yaml", "title: 南陵县2023年工作总结\norg: 南陵县\n")
	writeFile(t, src, ".hidden.txt", reportB)

	s := runIngest(t, src, idx)
	reasons := map[string]string{}
	for _, sk := range s.Skipped {
		reasons[sk.File] = sk.Reason
	}
	for _, name := range []string{"empty.txt", "binary.txt", "broken.docx", "table.xlsx"} {
		if reasons[name] == "" {
			t.Errorf("%s not skipped (skipped: %v)", name, reasons)
		}
	}
	if _, ok := reasons["good.meta.yaml"]; ok {
		t.Error("a sidecar was treated as a document")
	}
	if _, ok := reasons[".hidden.txt"]; ok || s.Reports != 1 {
		t.Errorf("hidden files must be ignored; reports %d", s.Reports)
	}
	st, err := Load(idx)
	if err != nil {
		t.Fatal(err)
	}
	r := st.Entries[0].Document.Reports[0]
	if r.Title != "南陵县2023年工作总结" || r.Org != "南陵县" {
		t.Errorf("sidecar not applied: title %q org %q", r.Title, r.Org)
	}
}

func TestSidecarChangeReparses(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "a.txt", reportA)
	runIngest(t, src, idx)
	writeFile(t, src, "a.meta.yaml", "year: 2021\n")
	later := time.Now().Add(2 * time.Second)
	os.Chtimes(filepath.Join(src, "a.meta.yaml"), later, later)
	s := runIngest(t, src, idx)
	if s.Read != 1 {
		t.Errorf("a new sidecar must cause the file to be read again: %+v", s)
	}
	st, _ := Load(idx)
	if y := st.Entries[0].Document.Reports[0].Year; y != 2021 {
		t.Errorf("year %d, want the sidecar's 2021", y)
	}
}

func TestDamagedStoreIsRebuilt(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "a.txt", reportA)
	runIngest(t, src, idx)
	if err := os.WriteFile(filepath.Join(idx, retrieval.CorpusFile), []byte("\x1f\x8b garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(idx); err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Fatalf("loading a damaged store: %v", err)
	}
	s := runIngest(t, src, idx)
	if s.Read != 1 || s.Reports != 1 {
		t.Errorf("rebuild after damage: %+v", s)
	}
	if _, err := Load(idx); err != nil {
		t.Errorf("store after rebuild: %v", err)
	}
}

func TestInterruptedIngestKeepsPreviousStore(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "a.txt", reportA)
	runIngest(t, src, idx)
	before, _ := os.ReadFile(filepath.Join(idx, retrieval.CorpusFile))

	writeFile(t, src, "b.txt", reportB)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, Options{CorpusDir: src, IndexDir: idx}); err == nil {
		t.Fatal("a cancelled ingest must report it")
	}
	after, _ := os.ReadFile(filepath.Join(idx, retrieval.CorpusFile))
	if string(before) != string(after) {
		t.Error("a cancelled ingest changed the stored corpus")
	}
	leftovers, _ := filepath.Glob(filepath.Join(idx, ".*tmp*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

func TestSymlinks(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "a.txt", reportA)
	if err := os.Symlink(src, filepath.Join(src, "loop")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	os.Symlink(filepath.Join(src, "a.txt"), filepath.Join(src, "link.txt"))

	s := runIngest(t, src, idx)
	if s.Reports != 1 || len(s.Skipped) != 2 {
		t.Errorf("not following links: %+v", s)
	}
	sum, err := Run(context.Background(), Options{CorpusDir: src, IndexDir: t.TempDir(), FollowSymlinks: true})
	if err != nil {
		t.Fatal(err)
	}
	// link.txt is the same file as a.txt: read, and collapsed as a duplicate.
	if sum.Files != 3 || sum.DuplicateFiles != 1 || sum.Reports != 1 {
		t.Errorf("following links: %+v", sum)
	}
	found := false
	for _, sk := range sum.Skipped {
		found = found || (sk.File == "loop" && strings.Contains(sk.Reason, "loop"))
	}
	if !found {
		t.Errorf("link loop not reported: %+v", sum.Skipped)
	}
}

func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read any file")
	}
	src, idx := t.TempDir(), t.TempDir()
	p := writeFile(t, src, "secret.txt", reportA)
	os.Chmod(p, 0)
	s := runIngest(t, src, idx)
	if len(s.Skipped) != 1 || !strings.Contains(s.Skipped[0].Reason, "permission") {
		t.Errorf("unreadable file: %+v", s.Skipped)
	}
}

func TestSearchIndexRebuiltOnlyOnChange(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "a.txt", reportA)
	emb, err := retrieval.NewLocalEmbedder(256)
	if err != nil {
		t.Fatal(err)
	}
	run := func() (Summary, string) {
		sum, err := Run(context.Background(), Options{CorpusDir: src, IndexDir: idx, Embedder: emb})
		if err != nil {
			t.Fatal(err)
		}
		cur, _ := os.ReadFile(filepath.Join(idx, "CURRENT"))
		return sum, string(cur)
	}
	s1, gen1 := run()
	if s1.Indexed == 0 || gen1 == "" {
		t.Fatalf("no index built: %+v", s1)
	}
	before := snapshot(t, idx)
	s2, gen2 := run()
	if gen2 != gen1 || s2.Indexed != s1.Indexed {
		t.Errorf("an ingest that changed nothing rebuilt the index (%s -> %s)", gen1, gen2)
	}
	if after := snapshot(t, idx); !maps.Equal(before, after) {
		t.Errorf("an ingest that changed nothing rewrote the index folder:\nbefore %v\nafter  %v", before, after)
	}
	later := time.Now().Add(2 * time.Second)
	writeFile(t, src, "b.txt", reportB)
	os.Chtimes(filepath.Join(src, "b.txt"), later, later)
	s3, gen3 := run()
	if gen3 == gen2 || s3.Indexed <= s2.Indexed {
		t.Errorf("a new file did not rebuild the index: %+v", s3)
	}
	if maps.Equal(before, snapshot(t, idx)) {
		t.Error("a new file left the index folder as it was")
	}
	ix, err := retrieval.Open(idx, emb, retrieval.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	res, err := ix.Search(context.Background(), corpus.Query{Text: "乡村医生培训", K: 3})
	if err != nil || len(res.Hits) == 0 || res.Hits[0].File != "b.txt" {
		t.Errorf("new file not searchable: %+v %v", res.Hits, err)
	}
}

// snapshot describes every file under the index folder, but the lock, by
// its modification time, size and contents.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == retrieval.LockFile {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		out[filepath.ToSlash(rel)] = fmt.Sprintf("%d %d %x", info.ModTime().UnixNano(), info.Size(), sha256.Sum256(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestFileTurnedUnreadableIsDropped(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "a.txt", reportA)
	writeFile(t, src, "b.txt", reportB)
	runIngest(t, src, idx)
	later := time.Now().Add(2 * time.Second)
	writeFile(t, src, "b.txt", "")
	os.Chtimes(filepath.Join(src, "b.txt"), later, later)
	s := runIngest(t, src, idx)
	if s.Read != 0 || len(s.Skipped) != 1 {
		t.Fatalf("second ingest: %+v", s)
	}
	st, err := Load(idx)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Entries) != 1 || len(st.Skipped) != 1 {
		t.Errorf("a file now skipped is still stored: %d entries, skipped %v", len(st.Entries), st.Skipped)
	}
}
