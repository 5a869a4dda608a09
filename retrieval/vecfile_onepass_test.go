package retrieval

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
)

// plainWriter hides what is under it: encodeVecTable cannot write its
// header afterwards, and checksums the matrix before writing it.
type plainWriter struct{ w io.Writer }

func (p plainWriter) Write(b []byte) (int, error) { return p.w.Write(b) }

// TestVecFileOnePass: a vector file written in one pass (into a buffer,
// or a file, the header written over its placeholder) is the one written
// in two (into any writer), and opens.
func TestVecFileOnePass(t *testing.T) {
	var rows []vecRow
	for i := range 50 {
		v := make([]float32, 8)
		v[i%8], v[(i+3)%8] = 0.6, 0.8
		rows = append(rows, vecRow{id: strconv.Itoa(i), year: 2015 + i%5, kind: "summary", file: "f", vec: v})
	}
	var one, two bytes.Buffer
	one.WriteString("prefix") // the header is written where the file starts, not at 0
	if err := encodeVecTable(&one, 8, slices.Clone(rows)); err != nil {
		t.Fatal(err)
	}
	if err := encodeVecTable(plainWriter{&two}, 8, slices.Clone(rows)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(one.Bytes()[len("prefix"):], two.Bytes()) || bytes.Equal(two.Bytes()[:vecHeaderSize], make([]byte, vecHeaderSize)) {
		t.Fatal("one pass and two passes differ")
	}
	path := filepath.Join(t.TempDir(), vectorsFile)
	if err := writeVecFile(path, 8, slices.Clone(rows), ""); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, two.Bytes()) {
		t.Fatal("the file differs from two passes")
	}
	if _, err := decodeVecTable(data, 8); err != nil {
		t.Fatal(err)
	}
}
