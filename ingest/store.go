package ingest

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/atomicfile"
)

// StoreFile is the name of the parsed corpus inside the index folder.
const StoreFile = "corpus.json.gz"

// storeVersion changes when the stored format or the parser's output
// changes in a way that requires every file to be read again.
const storeVersion = 1

// Entry is one file as last ingested.
type Entry struct {
	Name     string          `json:"name"`
	Size     int64           `json:"size"`
	Mod      int64           `json:"mod"`
	MetaMod  int64           `json:"meta_mod,omitempty"` // modification time of its sidecar, 0 if none
	Document corpus.Document `json:"document"`
}

// State is the stored result of the last ingest.
type State struct {
	Version  int              `json:"version"`
	Settings string           `json:"settings"` // parser settings the documents were made with
	Entries  []Entry          `json:"entries"`
	Skipped  []corpus.Skipped `json:"skipped"`
}

// Documents returns pointers to the stored documents, in file order.
func (s *State) Documents() []*corpus.Document {
	out := make([]*corpus.Document, len(s.Entries))
	for i := range s.Entries {
		out[i] = &s.Entries[i].Document
	}
	return out
}

// ErrNoIndex means the index folder holds no ingested corpus yet.
var ErrNoIndex = errors.New("no index yet: run healthbot ingest")

// Load reads the stored state from the index folder. A missing store is
// ErrNoIndex; a damaged one is an error that says so.
func Load(indexDir string) (*State, error) {
	path := filepath.Join(indexDir, StoreFile)
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoIndex
	}
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("index %s is damaged (%v): run healthbot ingest to rebuild it", path, err)
	}
	var st State
	if err := json.NewDecoder(zr).Decode(&st); err != nil {
		return nil, fmt.Errorf("index %s is damaged (%v): run healthbot ingest to rebuild it", path, err)
	}
	if st.Version != storeVersion {
		return nil, fmt.Errorf("index %s was written by another version of healthbot: run healthbot ingest to rebuild it", path)
	}
	return &st, nil
}

// Save writes the state atomically: to a temporary file in the same folder,
// synced, then renamed over the old one, and the folder synced. A crash at
// any point leaves either the old or the new state, never a mix.
func Save(indexDir string, st *State) error {
	if err := os.MkdirAll(indexDir, 0o755); err != nil {
		return fmt.Errorf("create index folder: %w", err)
	}
	st.Version = storeVersion
	return atomicfile.Write(filepath.Join(indexDir, StoreFile), func(w io.Writer) error {
		zw := gzip.NewWriter(w)
		enc := json.NewEncoder(zw)
		if err := enc.Encode(st); err != nil {
			return err
		}
		return zw.Close()
	})
}
