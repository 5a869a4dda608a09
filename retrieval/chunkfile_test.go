package retrieval

import (
	"maps"
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
	if err := encodeChunks(&w, slices.Clone(recs)); err != nil {
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
