package main

import (
	"os"
	"sync"
	"testing"
)

// builtSamples is an index folder of the bundled samples built by
// `healthbot ingest` with the default settings, once per run: under -race
// that takes seconds, a copy milliseconds. TestMain removes it.
var (
	builtSamplesOnce sync.Once
	builtSamplesDir  string
	builtSamplesErr  string
)

// sampleIndex returns a folder of the test's own holding the index of the
// samples, for tests about what is done with an index rather than about
// building it.
func sampleIndex(t *testing.T) string {
	t.Helper()
	builtSamplesOnce.Do(func() {
		dir, err := os.MkdirTemp("", "healthbot-samples-")
		if err != nil {
			builtSamplesErr = err.Error()
			return
		}
		builtSamplesDir = dir
		if code, _, errOut := runCLI(t, nil, "ingest", "--corpus", samples, "--index", dir); code != 0 {
			builtSamplesErr = "ingest of the samples: " + errOut
		}
	})
	if builtSamplesErr != "" {
		t.Fatal(builtSamplesErr)
	}
	idx := t.TempDir()
	if err := os.CopyFS(idx, os.DirFS(builtSamplesDir)); err != nil {
		t.Fatal(err)
	}
	return idx
}

func TestMain(m *testing.M) {
	code := m.Run()
	if builtSamplesDir != "" {
		os.RemoveAll(builtSamplesDir)
	}
	os.Exit(code)
}
