package corpus

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestSamplesEmbedded: the built-in samples are the files of corpus/samples.
func TestSamplesEmbedded(t *testing.T) {
	onDisk, err := filepath.Glob("samples/*")
	if err != nil || len(onDisk) == 0 {
		t.Fatalf("samples folder: %v", err)
	}
	embedded, err := fs.Glob(Samples(), "*")
	if err != nil || len(embedded) != len(onDisk) {
		t.Fatalf("%d files built in, %d in corpus/samples (%v)", len(embedded), len(onDisk), err)
	}
	for _, p := range onDisk {
		want, _ := os.ReadFile(p)
		got, err := fs.ReadFile(Samples(), filepath.Base(p))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s differs from its built-in copy (%v)", p, err)
		}
	}
}
