package retrieval

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/healthbot/healthbot/internal/atomicfile"
)

// An index folder (folder.go) holds generations: each build writes a
// complete new generation folder, syncs it, and only then points CURRENT at
// it with an atomic rename. A crash at any moment leaves CURRENT naming a
// complete generation (the old one or the new one); stale generations are
// removed after the switch, and by the next holder of the lock.

// ErrNoIndex means the folder holds no built index.
var ErrNoIndex = errors.New("no search index yet")

// ErrOldFormat means the folder holds an index built by an older version,
// in a layout this version no longer reads: it is rebuilt from the corpus.
var ErrOldFormat = errors.New("index built by an older version: run healthbot ingest to rebuild it")

// LiveGeneration returns the name of the live generation of the index
// folder dir: ErrNoIndex if there is none, an error if the pointer is
// damaged.
func LiveGeneration(dir string) (string, error) {
	data, err := os.ReadFile(filepath.Join(dir, CurrentFile))
	if errors.Is(err, fs.ErrNotExist) {
		return "", ErrNoIndex
	}
	if err != nil {
		return "", fmt.Errorf("read index pointer: %w", err)
	}
	name := strings.TrimSpace(string(data))
	if !strings.HasPrefix(name, genPrefix) || strings.ContainsAny(name, `/\`) {
		return "", fmt.Errorf("index pointer %s is damaged (%q): rebuild the index with healthbot ingest", filepath.Join(dir, CurrentFile), name)
	}
	return name, nil
}

// currentGeneration returns the folder of the live generation.
func currentGeneration(dir string) (string, error) {
	name, err := LiveGeneration(dir)
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, name), nil
}

// newGeneration creates an empty generation folder.
func newGeneration(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", fmt.Errorf("create index folder: %w", err)
	}
	name := genPrefix + time.Now().UTC().Format("20060102T150405.000000000")
	path := filepath.Join(dir, name)
	if err := os.Mkdir(path, 0o755); err != nil {
		return "", fmt.Errorf("create index generation: %w", err)
	}
	return path, nil
}

// publishGeneration makes gen the live generation and removes the others.
// The index is published once the pointer is replaced: failing to remove
// the old generations is not an error (the next holder of the lock tries
// again).
func publishGeneration(dir, gen string) error {
	if err := syncTree(gen); err != nil {
		return fmt.Errorf("sync index: %w", err)
	}
	name := filepath.Base(gen)
	if err := atomicfile.WriteFile(filepath.Join(dir, CurrentFile), []byte(name+"\n")); err != nil {
		return err
	}
	removeDebris(dir)
	return nil
}

// syncTree fsyncs every file and folder under root.
func syncTree(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		serr := f.Sync()
		cerr := f.Close()
		if serr != nil && !d.IsDir() {
			return serr
		}
		return cerr
	})
}
