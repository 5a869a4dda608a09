package retrieval

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestChunkFileRoundTrip(t *testing.T) {
	recs := []chunkRecord{
		{id: "b", year: 2023, content: "家庭医生签约率50.2%。", meta: map[string]string{fieldOrg: "南陵县", "section": "一、基本情况", fieldNext: ""}},
		{id: "a", year: 2023, content: "", meta: map[string]string{}},
		{id: "c", year: 0, content: "x\ny", meta: map[string]string{"title": "标题", fieldOrg: "阜阳市"}},
	}
	var w sliceWriter
	if err := encodeChunks(&w, slices.Clone(recs), nil); err != nil {
		t.Fatal(err)
	}
	s, err := decodeChunks(w)
	if err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(recs)
	sortRecords(want) // c (year 0), a, b
	if s.rows != len(want) {
		t.Fatalf("%d rows, want %d", s.rows, len(want))
	}
	for i, r := range want {
		d, err := s.get(i)
		if err != nil {
			t.Fatal(err)
		}
		if d.ID != r.id || d.Content != r.content || !maps.Equal(d.Metadata, r.meta) {
			t.Errorf("row %d is %+v, want %+v", i, d, r)
		}
	}
	if _, err := s.get(len(want)); err == nil {
		t.Error("row past the end read")
	}
	for _, at := range []int{0, 8, 16, chunkHeaderSize + 1, len(w) - 1} {
		b := slices.Clone([]byte(w))
		b[at] ^= 0x40
		if _, err := decodeChunks(b); err == nil {
			t.Errorf("file with byte %d changed accepted", at)
		}
	}
	if _, err := decodeChunks(w[:len(w)-1]); err == nil {
		t.Error("truncated file accepted")
	}
}

// A chunk file read from disk (openChunkFile) gives the records the bytes
// give, and is checked the same way.
func TestChunkFileOpenedFromDisk(t *testing.T) {
	recs := []chunkRecord{
		{id: "b", year: 2023, content: "家庭医生签约率50.2%。", meta: map[string]string{fieldOrg: "南陵县"}},
		{id: "a", year: 2022, content: "x", meta: map[string]string{"title": "标题"}},
	}
	path := filepath.Join(t.TempDir(), chunksFile)
	if err := writeChunkFile(path, slices.Clone(recs), nil, ""); err != nil {
		t.Fatal(err)
	}
	s, closeFile, err := openChunkFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range []string{"a", "b"} {
		d, err := s.get(i)
		if err != nil || d.ID != id {
			t.Errorf("row %d: %v, %v", i, d.ID, err)
		}
	}
	closeFile()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)-2] ^= 1
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := openChunkFile(path); !errors.Is(err, errVecFile) {
		t.Errorf("damaged file: %v", err)
	}
}

func FuzzDecodeChunks(f *testing.F) {
	var w sliceWriter
	if err := encodeChunks(&w, []chunkRecord{{id: "a", content: "文本", meta: map[string]string{"k": "v"}}, {id: "b"}}, nil); err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(w))
	f.Add([]byte(chunkMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := decodeChunks(data)
		if err != nil {
			return
		}
		for i := range min(s.rows, 64) {
			s.get(i) // an error is fine; a panic is not
		}
	})
}
