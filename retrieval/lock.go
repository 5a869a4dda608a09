package retrieval

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gofrs/flock"
)

// LockedError is returned when another ingest holds the index folder.
type LockedError struct {
	Dir     string
	PID     int       // 0 if the holder had not yet written it
	Started time.Time // zero if unknown
}

func (e *LockedError) Error() string {
	switch {
	case e.PID == 0:
		return fmt.Sprintf("another ingest is running on %s; wait for it to finish", e.Dir)
	case e.Started.IsZero():
		return fmt.Sprintf("another ingest is running on %s (pid %d); wait for it to finish", e.Dir, e.PID)
	}
	return fmt.Sprintf("another ingest is running on %s (pid %d, started %s); wait for it to finish",
		e.Dir, e.PID, e.Started.Local().Format("2006-01-02 15:04:05"))
}

// Lock takes the writers' lock of an index folder (an ingest holds it from
// start to end), creating the folder and the lock file if needed, and
// returns the function that releases it. If another ingest holds the lock
// it fails at once with a *LockedError.
//
// Under the lock, and again just before releasing it, what interrupted
// writers leave is removed: temporary copies of the pointer, the parsed
// corpus and the embedding cache, and unpublished generations. So a killed
// ingest's debris is gone once the next ingest starts, whether or not that
// one changes anything.
//
// The lock is github.com/gofrs/flock: flock(2) on Unix, LockFileEx on
// Windows, so the kernel drops it when the holder exits in any way, kill -9
// included: a lock is never left stale.
// Go opens files close-on-exec, so programs the ingest starts (pdftotext)
// do not inherit it.
func Lock(indexDir string) (release func(), err error) {
	if err := os.MkdirAll(indexDir, 0o755); err != nil {
		return nil, fmt.Errorf("create index folder: %w", err)
	}
	path := filepath.Join(indexDir, LockFile)
	lock := flock.New(path, flock.SetFlag(os.O_CREATE|os.O_RDWR), flock.SetPermissions(0o644))
	ok, err := lock.TryLock()
	if err != nil {
		return nil, fmt.Errorf("take ingest lock %s: %w", path, err)
	}
	if !ok {
		return nil, lockedError(indexDir, path)
	}
	// Who holds it, for the message another ingest shows, written through
	// a second descriptor (the lock belongs to the first). A failure here
	// only makes that message shorter.
	f, ferr := os.OpenFile(path, os.O_RDWR, 0)
	if ferr == nil && f.Truncate(0) == nil {
		f.WriteAt([]byte(fmt.Sprintf("%d\n%s\n", os.Getpid(), time.Now().UTC().Format(time.RFC3339Nano))), 0)
	}
	if err := removeDebris(indexDir); err != nil {
		if f != nil {
			f.Close()
		}
		lock.Unlock()
		return nil, err
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			removeDebris(indexDir) // best effort: the next holder tries again
			if f != nil {
				f.Truncate(0)
				f.Close()
			}
			lock.Unlock() // closes the locking descriptor, which drops the lock
		})
	}, nil
}

// lockedError reads who holds the lock. The holder writes that just after
// taking it, so an empty file is read again for a moment.
func lockedError(dir, path string) *LockedError {
	e := &LockedError{Dir: dir}
	for try := 0; try < 5; try++ {
		data, err := os.ReadFile(path)
		if err != nil {
			break
		}
		pid, started, ok := strings.Cut(strings.TrimSpace(string(data)), "\n")
		if n, err := strconv.Atoi(pid); ok && err == nil && n > 0 {
			e.PID = n
			e.Started, _ = time.Parse(time.RFC3339Nano, started)
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	return e
}
