package ingest

import (
	"strings"
	"testing"
)

// TestNewParserReadsEveryFile checks that an index written by another
// healthbot (another parser) has its unchanged files read again, so that a
// better parser reaches them, while the same program reuses them.
func TestNewParserReadsEveryFile(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "a.txt", reportA)
	writeFile(t, src, "b.txt", reportB)
	runIngest(t, src, idx)

	st, err := Load(idx)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(st.Settings, "parser="+parserIdentity()) || parserIdentity() == "" {
		t.Fatalf("settings %q do not name the parser %q", st.Settings, parserIdentity())
	}
	st.Settings = strings.Replace(st.Settings, parserIdentity(), "an-older-healthbot", 1)
	if err := Save(idx, st); err != nil {
		t.Fatal(err)
	}
	if s := runIngest(t, src, idx); s.Read != 2 || s.Unchanged != 0 {
		t.Errorf("after a parser change: %+v, want both files read again", s)
	}
	if s := runIngest(t, src, idx); s.Read != 0 || s.Unchanged != 2 {
		t.Errorf("same parser again: %+v, want both files reused", s)
	}
}
