package ingest

import (
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/retrieval"
)

// storeVersion changes when the stored format or the parser's output
// changes in a way that requires every file to be read again.
const storeVersion = 2

// Entry is one file as last ingested.
type Entry struct {
	Name     string          `json:"name"`
	Size     int64           `json:"size"`
	Mod      int64           `json:"mod"`
	MetaMod  int64           `json:"meta_mod,omitempty"` // modification time of its sidecar, 0 if none
	Document corpus.Document `json:"document"`

	// stored is the document as Load read it (storefile.go), written back
	// as it is by Save while the document's dedupe marks are unchanged
	// (dedupeKey); nil for a document parsed by this ingest. Document
	// holds it once decoded is set (decodeDocs).
	stored   []byte
	decoded  bool
	dedupeAt uint64
	// storedFile and storedAccess are the stored document's File and
	// Access, known before it is decoded.
	storedFile, storedAccess string
}

// State is the stored result of the last ingest.
type State struct {
	Version  int    `json:"version"`
	Settings string `json:"settings"` // parser settings the documents were made with
	// ID names this state: an ingest that saves a state gives it a new
	// one, and the search index built from it records it
	// (retrieval.Manifest.Corpus), so an ingest knows whether the live
	// index was made from the stored documents, whatever crash came
	// between writing the one and the other.
	ID      string           `json:"id"`
	Entries []Entry          `json:"entries"`
	Skipped []corpus.Skipped `json:"skipped"`
	// Signatures are the reports' dedupe signatures (corpus.DedupeCached),
	// so an ingest computes only those of the files it read.
	Signatures map[uint64]corpus.Signature `json:"signatures,omitempty"`

	// totals are the corpus figures of the documents (countTotals), stored
	// in the head: nil in a state stored before they were.
	totals *totals
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
var ErrNoIndex = retrieval.ErrNoCorpus

// Load reads the stored state from the index folder. A missing store is
// ErrNoIndex; a damaged one is an error that says so.
func Load(indexDir string) (*State, error) {
	st, err := loadHead(indexDir)
	if err != nil {
		return nil, err
	}
	if err := st.decodeDocs(indexDir); err != nil {
		return nil, err
	}
	return st, nil
}

// loadHead reads the stored state as Load does, but decodes none of its
// documents (decodeDocs does).
func loadHead(indexDir string) (*State, error) {
	data, err := retrieval.LoadCorpus(indexDir)
	if err != nil {
		return nil, err
	}
	return decodeHead(indexDir, data)
}

// Save writes the state atomically into the index folder (see
// retrieval.SaveCorpus): a crash at any point leaves either the old or the
// new state, never a mix.
func Save(indexDir string, st *State) error {
	st.Version = storeVersion
	p, err := st.pack()
	if err != nil {
		return err
	}
	return savePacked(indexDir, p)
}

// savePacked writes a state st.pack encoded, as Save does.
func savePacked(indexDir string, p packedState) error {
	return retrieval.SaveCorpus(indexDir, p.write)
}
