package ingest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/retrieval"
)

func storeState(t *testing.T) *State {
	t.Helper()
	st := &State{Settings: "s", Skipped: []corpus.Skipped{{File: "bad.txt", Reason: "file is empty"}},
		Signatures: map[uint64]corpus.Signature{7: {OK: true}}}
	for i, body := range []string{
		"南陵县2023年卫生健康工作总结\n一、主要工作\n全年家庭医生签约率为50.2%。\n",
		"南陵县2024年卫生健康工作计划\n一、目标\n签约率达到55%。\n",
		"西城区2022年工作总结\n一、成绩\n新建社区卫生服务站3个。\n",
	} {
		name := []string{"a.txt", "b.txt", "c.txt"}[i]
		st.Entries = append(st.Entries, Entry{Name: name, Size: int64(len(body)), Mod: int64(i), Document: corpus.Parse(name, body, corpus.Meta{}, corpus.Options{})})
	}
	return st
}

func jsonOf(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestStoreRoundTrip: what Save writes Load reads back.
func TestStoreRoundTrip(t *testing.T) {
	dir := t.TempDir()
	st := storeState(t)
	if err := Save(dir, st); err != nil {
		t.Fatal(err)
	}
	got, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if jsonOf(t, got) != jsonOf(t, st) {
		t.Errorf("loaded state differs from the saved one:\n%s\n%s", jsonOf(t, got), jsonOf(t, st))
	}
}

// TestStoreReusesDocuments: Save writes back the bytes Load read of a
// document whose dedupe marks did not change (a change elsewhere in it is
// not even encoded), and encodes one whose marks did.
func TestStoreReusesDocuments(t *testing.T) {
	dir := t.TempDir()
	if err := Save(dir, storeState(t)); err != nil {
		t.Fatal(err)
	}
	st, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	st.Entries[0].Document.Format = "changed in memory only"
	st.Entries[1].Document.Format = "changed with its dedupe marks"
	st.Entries[1].Document.Reports[0].DuplicateOf = "c.txt"
	if err := Save(dir, st); err != nil {
		t.Fatal(err)
	}
	again, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := again.Entries[0].Document.Format; got == "changed in memory only" {
		t.Errorf("an unchanged document was encoded again")
	}
	if got := again.Entries[1].Document; got.Format != "changed with its dedupe marks" || got.Reports[0].DuplicateOf != "c.txt" {
		t.Errorf("a document whose dedupe marks changed was not stored again: %q %q", got.Format, got.Reports[0].DuplicateOf)
	}
}

// TestStoreDamaged: a damaged or truncated store is an error saying so.
func TestStoreDamaged(t *testing.T) {
	dir := t.TempDir()
	if err := Save(dir, storeState(t)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, retrieval.CorpusFile)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range [][]byte{data[:len(data)-5], data[:20], append(append([]byte{}, data...), 'x'), []byte("junk")} {
		if err := os.WriteFile(path, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "damaged") {
			t.Errorf("%d bytes: %v", len(bad), err)
		}
	}
}
