package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEmbeddedSamples: run where corpus/samples does not exist (the test's
// working directory is cmd/healthbot), with no --corpus, ask answers from
// the samples built into the binary, extracted to the cache folder.
func TestEmbeddedSamples(t *testing.T) {
	t.Parallel()
	if _, err := os.Stat("corpus/samples"); err == nil {
		t.Fatal("corpus/samples exists in the test's working directory")
	}
	cache := t.TempDir()
	env := map[string]string{"XDG_CACHE_HOME": cache, "HEALTHBOT_INDEX_DIR": t.TempDir()}
	code, out, errOut := runCLI(t, env, "ask", "--json", "2023年家庭医生签约率是多少？")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	dir := filepath.Join(cache, "healthbot", "samples")
	if !strings.Contains(errOut, "using the sample reports built into healthbot, extracted to "+dir) {
		t.Errorf("stderr does not say the built-in samples are used:\n%s", errOut)
	}
	var got struct{ Answer string }
	if err := json.Unmarshal([]byte(out), &got); err != nil || !strings.Contains(got.Answer, "50.2%") {
		t.Errorf("answer %q (%v)", got.Answer, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 5 {
		t.Fatalf("extracted %d files (%v), want the 5 samples", len(entries), err)
	}
	// A second ingest finds the extracted files unchanged.
	code, out, errOut = runCLI(t, env, "ingest", "--json")
	var sum struct{ Files, Unchanged int }
	if code != 0 || json.Unmarshal([]byte(out), &sum) != nil || sum.Files != 5 || sum.Unchanged != 5 {
		t.Errorf("second ingest: exit %d %s %+v", code, errOut, sum)
	}
}

// TestEmbeddedSamplesOnlyForTheDefault: a corpus folder the user named,
// by --corpus or in the configuration, is never replaced by the samples.
func TestEmbeddedSamplesOnlyForTheDefault(t *testing.T) {
	t.Parallel()
	cache := t.TempDir()
	missing := filepath.Join(t.TempDir(), "nope")
	for _, tt := range []struct {
		env  map[string]string
		args []string
	}{
		{map[string]string{"XDG_CACHE_HOME": cache}, []string{"ingest", "--corpus", missing, "--index", t.TempDir()}},
		{map[string]string{"XDG_CACHE_HOME": cache, "HEALTHBOT_CORPUS_DIR": missing}, []string{"ingest", "--index", t.TempDir()}},
		{map[string]string{"XDG_CACHE_HOME": cache}, []string{"ingest", "--corpus", "corpus/samples", "--index", t.TempDir()}},
	} {
		code, _, errOut := runCLI(t, tt.env, tt.args...)
		if code == 0 || strings.Contains(errOut, "built into healthbot") || !strings.Contains(errOut, "corpus folder") {
			t.Errorf("%v %q: exit %d %s", tt.env, tt.args, code, errOut)
		}
	}
}
