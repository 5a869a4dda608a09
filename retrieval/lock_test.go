package retrieval

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestSecondLockIsRefused(t *testing.T) {
	idx := t.TempDir()
	release, err := Lock(idx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Lock(idx)
	var locked *LockedError
	if !errors.As(err, &locked) {
		release()
		t.Fatalf("second lock: %v, want a LockedError", err)
	}
	want := fmt.Sprintf("another ingest is running on %s (pid %d, started ", idx, os.Getpid())
	if msg := err.Error(); !strings.HasPrefix(msg, want) || !strings.HasSuffix(msg, "); wait for it to finish") {
		t.Errorf("message %q, want it to start %q", msg, want)
	}
	if locked.Started.IsZero() {
		t.Error("start time of the holder not read")
	}
	release()
	release() // a second call does nothing
	again, err := Lock(idx)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	again()
}

func TestLockWithoutHolderDetails(t *testing.T) {
	idx := t.TempDir()
	release, err := Lock(idx)
	if err != nil {
		t.Fatal(err)
	}
	defer release()
	// A holder that has not yet written who it is (or whose write failed).
	if err := os.WriteFile(filepath.Join(idx, LockFile), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Lock(idx)
	if want := "another ingest is running on " + idx + "; wait for it to finish"; err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
}

// writeDebris leaves in dir what writers killed at every step leave: the
// temporary copies of each replaced file and a half-built generation. It
// returns their names.
func writeDebris(t *testing.T, dir string) []string {
	t.Helper()
	names := []string{
		"." + CurrentFile + ".tmp-1",
		"." + CorpusFile + ".tmp-2",
		EmbedCacheFile + ".tmp-3",
		genPrefix + "99991231T235959.000000000",
	}
	for _, n := range names[:3] {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("half"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(dir, names[3], keywordDir), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, names[3], vectorsFile), []byte("partial"), 0o644); err != nil {
		t.Fatal(err)
	}
	return names
}

// folderNames lists what dir holds.
func folderNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// TestLockRemovesDebris: taking the lock removes every temporary file and
// unpublished generation and keeps the live index, the parsed corpus and
// the cache.
func TestLockRemovesDebris(t *testing.T) {
	_, dir := buildSamples(t, BuildOptions{})
	live, err := LiveGeneration(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := SaveCorpus(dir, func(w io.Writer) error { _, err := io.WriteString(w, "corpus"); return err }); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(EmbedCachePath(dir), []byte("cache"), 0o644); err != nil {
		t.Fatal(err)
	}
	writeDebris(t, dir)
	release, err := Lock(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{CurrentFile, CorpusFile, EmbedCacheFile, live, LockFile}
	slices.Sort(want)
	if got := folderNames(t, dir); !slices.Equal(got, want) {
		t.Errorf("under the lock the folder holds %q, want %q", got, want)
	}
	// Debris appearing under the lock (the holder's own, had it failed to
	// clean up) is gone once it is released.
	writeDebris(t, dir)
	release()
	if got := folderNames(t, dir); !slices.Equal(got, want) {
		t.Errorf("after release the folder holds %q, want %q", got, want)
	}
	if _, err := Open(dir, localEmbedder(t, DefaultLocalDim), OpenOptions{}); err != nil {
		t.Errorf("live index after cleaning: %v", err)
	}
}

// TestLockKeepsGenerationsOfDamagedPointer: with the pointer unreadable
// it is not known which generation is live, so none is removed.
func TestLockKeepsGenerationsOfDamagedPointer(t *testing.T) {
	dir := t.TempDir()
	names := writeDebris(t, dir)
	if err := os.WriteFile(filepath.Join(dir, CurrentFile), []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	release, err := Lock(dir)
	if err != nil {
		t.Fatal(err)
	}
	release()
	want := []string{CurrentFile, names[3], LockFile}
	slices.Sort(want)
	if got := folderNames(t, dir); !slices.Equal(got, want) {
		t.Errorf("folder holds %q, want %q", got, want)
	}
}

// cancellingEmbedder embeds, then cancels the build: it fails after its
// generation folder is made.
type cancellingEmbedder struct {
	*LocalEmbedder
	cancel context.CancelFunc
}

func (c *cancellingEmbedder) Embed(ctx context.Context, texts []string) ([][]float32, error) {
	defer c.cancel()
	return c.LocalEmbedder.Embed(ctx, texts)
}

// TestFailedBuildLeavesNoDebris: a build that fails while writing its
// generation removes it; the folder is left as empty as it was.
func TestFailedBuildLeavesNoDebris(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	bad := &cancellingEmbedder{LocalEmbedder: localEmbedder(t, 64), cancel: cancel}
	if _, err := Build(ctx, dir, sampleDocs(t), bad, BuildOptions{BatchSize: 1 << 20}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled build: %v", err)
	}
	if got := folderNames(t, dir); len(got) != 0 {
		t.Errorf("a failed build left %q", got)
	}
}

func TestCorpusStore(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	if _, err := LoadCorpus(dir); !errors.Is(err, ErrNoCorpus) {
		t.Fatalf("empty folder: %v", err)
	}
	// A corpus stored before issue 12 goes once the new one is saved.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, legacyCorpusFile), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := SaveCorpus(dir, func(w io.Writer) error { _, err := io.WriteString(w, "corpus"); return err }); err != nil {
		t.Fatal(err)
	}
	if data, err := LoadCorpus(dir); err != nil || string(data) != "corpus" {
		t.Fatalf("load: %q %v", data, err)
	}
	if got := folderNames(t, dir); !slices.Equal(got, []string{CorpusFile}) {
		t.Errorf("after saving the folder holds %q", got)
	}
}
