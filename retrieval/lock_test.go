package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
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
		_, _, err := Run(context.Background(), Options{CorpusDir: src, IndexDir: idx, Workers: 1,
			Progress: func(done, total int, file string) {
				once.Do(func() { close(inside); <-resume })
			}})
		first <- err
	}()
	<-inside

	_, _, err := Run(context.Background(), Options{CorpusDir: src, IndexDir: idx})
	var locked *LockedError
	if !errors.As(err, &locked) {
		close(resume)
		t.Fatalf("second ingest while the first runs: %v, want a LockedError", err)
	}
	want := fmt.Sprintf("another ingest is running on %s (pid %d, started ", idx, os.Getpid())
	if msg := err.Error(); !strings.HasPrefix(msg, want) || !strings.HasSuffix(msg, "); wait for it to finish") {
		t.Errorf("message %q, want it to start %q", msg, want)
	}
	if locked.Started.IsZero() {
		t.Error("start time of the holder not read")
	}

	close(resume)
	if err := <-first; err != nil {
		t.Fatalf("first ingest: %v", err)
	}
	// Released on return: the next ingest runs.
	if s := runIngest(t, src, idx); s.Files != 2 || s.Unchanged != 2 {
		t.Errorf("ingest after the first finished: %+v", s)
	}
	release, err := Lock(idx)
	if err != nil {
		t.Fatalf("lock after both ingests returned: %v", err)
	}
	release()
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

func TestIngestRemovesHalfSavedCorpus(t *testing.T) {
	src, idx := t.TempDir(), t.TempDir()
	writeFile(t, src, "a.txt", reportA)
	// What an ingest killed while saving the parsed corpus leaves.
	debris := writeFile(t, idx, "."+StoreFile+".tmp-123456", "half a gzip stream")
	runIngest(t, src, idx)
	if _, err := os.Stat(debris); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("half-saved corpus left in the index folder: %v", err)
	}
	if _, err := Load(idx); err != nil {
		t.Errorf("corpus after ingest: %v", err)
	}
}
