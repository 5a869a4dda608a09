package retrieval

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/healthbot/healthbot/internal/atomicfile"
)

// The index folder and everything in it belong to this package. It holds:
//
//	CURRENT           the name of the live generation (generation.go)
//	gen-…/            index generations; only the one CURRENT names is live
//	corpus.bin        the parsed corpus of the last ingest (SaveCorpus, LoadCorpus)
//	embeddings.cache  remote embeddings kept across ingests (EmbedCachePath)
//	ingest.lock       the writers' lock (Lock)
//
// Whoever writes the folder holds the lock. Files are replaced through a
// temporary file beside them and a rename; a writer killed before the
// rename leaves that temporary file, and a build killed before publishing
// leaves its generation folder. Taking the lock removes both, and so does
// releasing it, so every exit of a writer that is not killed leaves the
// folder clean, and the next writer cleans up after one that was.
const (
	// CurrentFile names the live generation.
	CurrentFile = "CURRENT"
	// CorpusFile is the parsed corpus of the last ingest.
	CorpusFile = "corpus.bin"
	// legacyCorpusFile is CorpusFile as written before issue 12 (one
	// gzipped JSON value), removed once CorpusFile replaces it.
	legacyCorpusFile = "corpus.json.gz"
	// EmbedCacheFile keeps remote embeddings across ingests.
	EmbedCacheFile = "embeddings.cache"
	// LockFile is the writers' lock. The file stays; only the lock on it
	// comes and goes.
	LockFile = "ingest.lock"

	genPrefix = "gen-"
	tmpInfix  = ".tmp-"
)

// replaced are the files of the folder that are replaced atomically, each
// through temporary files named after it.
var replaced = []string{CurrentFile, CorpusFile, legacyCorpusFile, EmbedCacheFile}

// isTemporary reports whether name is a temporary copy of one of the
// folder's files: ".NAME.tmp-*" (internal/atomicfile) or "NAME.tmp-*"
// (the embedding cache).
func isTemporary(name string) bool {
	for _, f := range replaced {
		if strings.HasPrefix(name, "."+f+tmpInfix) || strings.HasPrefix(name, f+tmpInfix) {
			return true
		}
	}
	return false
}

// EmbedCachePath is where the embedding cache of an index folder lives.
func EmbedCachePath(dir string) string { return filepath.Join(dir, EmbedCacheFile) }

// removeDebris deletes what interrupted writers leave in dir: temporary
// copies of its files and generation folders other than the live one.
// Only a holder of the lock (or a build publishing) may call it: a
// generation being built by someone else would look like debris. When the
// pointer is unreadable no generation is removed, since which one is live
// is not known.
//
// An index opened from a removed generation keeps working: its vectors are
// in memory and, on Linux, the keyword index's open files stay readable
// until it is closed.
func removeDebris(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("clean index folder: %w", err)
	}
	live, err := LiveGeneration(dir)
	keepAll := err != nil && !errors.Is(err, ErrNoIndex)
	var errs []error
	for _, e := range entries {
		name := e.Name()
		switch {
		case isTemporary(name):
			if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
				errs = append(errs, err)
			}
		case e.IsDir() && strings.HasPrefix(name, genPrefix) && name != live && !keepAll:
			if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
				errs = append(errs, err)
			}
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("clean index folder: %w", err)
	}
	return nil
}

// ErrNoCorpus means the index folder holds no parsed corpus yet.
var ErrNoCorpus = errors.New("no index yet: run healthbot ingest")

// SaveCorpus stores the parsed corpus of the index folder dir, as write
// writes it (the ingest package owns its format), atomically: a crash at
// any point leaves either the old or the new corpus, never a mix, and at
// worst a temporary file that the next Lock removes.
func SaveCorpus(dir string, write func(io.Writer) error) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create index folder: %w", err)
	}
	if err := atomicfile.Write(filepath.Join(dir, CorpusFile), write); err != nil {
		return err
	}
	os.Remove(filepath.Join(dir, legacyCorpusFile))
	return nil
}

// LoadCorpus returns the bytes of the parsed corpus of dir. A missing one
// is ErrNoCorpus.
func LoadCorpus(dir string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(dir, CorpusFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoCorpus
	}
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	return data, nil
}
