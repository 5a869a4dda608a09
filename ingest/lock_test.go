package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/healthbot/healthbot/retrieval"
)

func TestSecondIngestIsRefused(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "a.txt", reportA)
	writeFile(t, src, "b.txt", reportB)

	// The first ingest stops inside its run, holding the lock, until told.
	inside, resume := make(chan struct{}), make(chan struct{})
	var once sync.Once
	first := make(chan error, 1)
	go func() {
		_, err := Run(context.Background(), Options{CorpusDir: src, IndexDir: idx, Workers: 1,
			Progress: func(done, total int, file string) {
				once.Do(func() { close(inside); <-resume })
			}})
		first <- err
	}()
	<-inside

	_, err := Run(context.Background(), Options{CorpusDir: src, IndexDir: idx})
	var locked *retrieval.LockedError
	if !errors.As(err, &locked) {
		close(resume)
		t.Fatalf("second ingest while the first runs: %v, want a LockedError", err)
	}
	want := fmt.Sprintf("another ingest is running on %s (pid %d, started ", idx, os.Getpid())
	if msg := err.Error(); !strings.HasPrefix(msg, want) {
		t.Errorf("message %q, want it to start %q", msg, want)
	}

	close(resume)
	if err := <-first; err != nil {
		t.Fatalf("first ingest: %v", err)
	}
	// Released on return: the next ingest runs.
	if s := runIngest(t, src, idx); s.Files != 2 || s.Unchanged != 2 {
		t.Errorf("ingest after the first finished: %+v", s)
	}
	release, err := retrieval.Lock(idx)
	if err != nil {
		t.Fatalf("lock after both ingests returned: %v", err)
	}
	release()
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

// TestIngestRemovesStaleTemporaryFiles leaves in the index folder what
// ingests killed at each step leave (a half-written pointer, parsed corpus
// and embedding cache, a half-built generation), then runs an ingest in
// which nothing changed, which publishes nothing: the folder must hold
// only the index, the parsed corpus and the lock afterwards. (Until the
// index folder had one owner, only publishing a new generation removed a
// stale pointer copy.)
func TestIngestRemovesStaleTemporaryFiles(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "a.txt", reportA)
	emb, err := retrieval.NewLocalEmbedder(64)
	if err != nil {
		t.Fatal(err)
	}
	run := func() Summary {
		t.Helper()
		sum, err := Run(context.Background(), Options{CorpusDir: src, IndexDir: idx, Embedder: emb})
		if err != nil {
			t.Fatal(err)
		}
		return sum
	}
	run()
	live, err := retrieval.LiveGeneration(idx)
	if err != nil {
		t.Fatal(err)
	}
	clean := []string{retrieval.CurrentFile, retrieval.CorpusFile, live, retrieval.LockFile}
	slices.Sort(clean)
	if got := folderNames(t, idx); !slices.Equal(got, clean) {
		t.Fatalf("after the first ingest the folder holds %q, want %q", got, clean)
	}

	debris := []string{
		"." + retrieval.CurrentFile + ".tmp-1795969633",
		"." + retrieval.CorpusFile + ".tmp-2",
		retrieval.EmbedCacheFile + ".tmp-3",
	}
	for _, name := range debris {
		writeFile(t, idx, name, "half written")
	}
	halfBuilt := "gen-20990101T000000.000000000"
	writeFile(t, filepath.Join(idx, halfBuilt), "vectors.gob", "partial")

	sum := run()
	if sum.Read != 0 || sum.Unchanged != 1 {
		t.Fatalf("the second ingest had work to do: %+v", sum)
	}
	if now, _ := retrieval.LiveGeneration(idx); now != live {
		t.Fatalf("an ingest with nothing changed published %s (was %s)", now, live)
	}
	if got := folderNames(t, idx); !slices.Equal(got, clean) {
		t.Errorf("after an ingest with nothing changed the folder holds %q, want %q", got, clean)
	}
	if _, err := Load(idx); err != nil {
		t.Errorf("corpus after ingest: %v", err)
	}
}

// TestFailedIngestLeavesNoTemporaryFiles: an ingest that fails (here: a
// cancelled one) leaves the folder as it was.
func TestFailedIngestLeavesNoTemporaryFiles(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "a.txt", reportA)
	runIngest(t, src, idx)
	before := folderNames(t, idx)
	writeFile(t, src, "b.txt", reportB)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, Options{CorpusDir: src, IndexDir: idx}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled ingest: %v", err)
	}
	if got := folderNames(t, idx); !slices.Equal(got, before) {
		t.Errorf("after a failed ingest the folder holds %q, want %q", got, before)
	}
}
