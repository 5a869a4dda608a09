package ingest

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/golang/snappy"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/retrieval"
)

// The stored state (retrieval.CorpusFile) keeps each document apart, so
// that an ingest that read a few files neither decodes nor encodes the
// others more than it must:
//
//	"HBSTATE\x00"                     magic
//	uint64, little-endian             length of the head
//	head                              JSON of stateHead (packJSON)
//	signatures                        binary (appendSignatures), length in the head
//	document, document, …             each gob (packDoc), lengths in the head
//
// Load decodes the documents in parallel and keeps each one's bytes; Save
// writes those bytes back as they are for every document whose dedupe
// marks (the only fields an ingest changes in a document it did not read)
// are unchanged, and encodes the others in parallel.
const stateMagic = "HBSTATE\x00"

// stateHead is the head of the stored state.
type stateHead struct {
	Version  int    `json:"version"`
	Settings string `json:"settings"`
	// ID names the state (State.ID).
	ID         string           `json:"id,omitempty"`
	Skipped    []corpus.Skipped `json:"skipped"`
	Signatures int              `json:"signatures"` // length of the signatures
	// Totals are the corpus figures of the documents (State.totals).
	Totals  *totals     `json:"totals,omitempty"`
	Entries []entryHead `json:"entries"`
}

// entryHead is an Entry without its document, and the length of the
// stored document.
type entryHead struct {
	Name    string `json:"name"`
	Size    int64  `json:"size"`
	Mod     int64  `json:"mod"`
	MetaMod int64  `json:"meta_mod,omitempty"`
	// File and Access are the document's, which the access record is
	// made of (accessRecord); File only when it is not Name.
	File   string `json:"file,omitempty"`
	Access string `json:"access,omitempty"`
	Len    int    `json:"len"`
}

// packedState is a state encoded in the stored format, in the order its
// parts are written.
type packedState [][]byte

// pack encodes the state in the stored format. Every document must be
// decoded (decodeDocs).
func (st *State) pack() (packedState, error) {
	docs := make([][]byte, len(st.Entries))
	err := parallel(len(st.Entries), func(i int) error {
		e := &st.Entries[i]
		if e.stored != nil && dedupeKey(&e.Document) == e.dedupeAt {
			docs[i] = e.stored
			return nil
		}
		var err error
		docs[i], err = packDoc(&e.Document)
		return err
	})
	if err != nil {
		return nil, err
	}
	sigs := appendSignatures(nil, st.Signatures)
	t := st.totals
	if t == nil {
		t = new(countTotals(st))
	}
	head := stateHead{Version: storeVersion, Settings: st.Settings, ID: st.ID, Skipped: st.Skipped, Signatures: len(sigs),
		Totals: t, Entries: make([]entryHead, len(st.Entries))}
	for i, e := range st.Entries {
		h := entryHead{Name: e.Name, Size: e.Size, Mod: e.Mod, MetaMod: e.MetaMod, Access: e.Document.Access, Len: len(docs[i])}
		if e.Document.File != e.Name {
			h.File = e.Document.File
		}
		head.Entries[i] = h
	}
	hb, err := packJSON(&head)
	if err != nil {
		return nil, err
	}
	parts := packedState{[]byte(stateMagic), binary.LittleEndian.AppendUint64(nil, uint64(len(hb))), hb, sigs}
	return append(parts, docs...), nil
}

// write writes the encoded state to w.
func (p packedState) write(w io.Writer) error {
	for _, b := range p {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// damagedState is the error of a stored state that cannot be read.
func damagedState(indexDir string, err error) error {
	return fmt.Errorf("index %s is damaged (%v): run healthbot ingest to rebuild it", filepath.Join(indexDir, retrieval.CorpusFile), err)
}

// decodeHead reads the stored state from data, the contents of the index
// folder's retrieval.CorpusFile, but for its documents: each entry keeps
// its document's bytes for decodeDocs.
func decodeHead(indexDir string, data []byte) (*State, error) {
	path := filepath.Join(indexDir, retrieval.CorpusFile)
	damaged := func(err error) error { return damagedState(indexDir, err) }
	if len(data) < len(stateMagic)+8 || string(data[:len(stateMagic)]) != stateMagic {
		return nil, damaged(errors.New("not a stored corpus"))
	}
	data = data[len(stateMagic):]
	n := binary.LittleEndian.Uint64(data)
	data = data[8:]
	if n > uint64(len(data)) {
		return nil, damaged(errors.New("truncated"))
	}
	var head stateHead
	if err := unpackJSON(data[:n], &head); err != nil {
		return nil, damaged(err)
	}
	if head.Version != storeVersion {
		return nil, fmt.Errorf("index %s was written by another version of healthbot: run healthbot ingest to rebuild it", path)
	}
	data = data[n:]
	if head.Signatures < 0 || head.Signatures > len(data) {
		return nil, damaged(errors.New("truncated"))
	}
	sigs, err := readSignatures(data[:head.Signatures])
	if err != nil {
		return nil, damaged(err)
	}
	data = data[head.Signatures:]
	st := &State{Version: head.Version, Settings: head.Settings, ID: head.ID, Skipped: head.Skipped, Signatures: sigs,
		totals: head.Totals, Entries: make([]Entry, len(head.Entries))}
	for i, h := range head.Entries {
		if h.Len < 0 || h.Len > len(data) {
			return nil, damaged(errors.New("truncated"))
		}
		file := h.File
		if file == "" {
			file = h.Name
		}
		st.Entries[i] = Entry{Name: h.Name, Size: h.Size, Mod: h.Mod, MetaMod: h.MetaMod, stored: data[:h.Len:h.Len],
			storedFile: file, storedAccess: h.Access}
		data = data[h.Len:]
	}
	if len(data) != 0 {
		return nil, damaged(errors.New("trailing bytes"))
	}
	return st, nil
}

// decodeDocs decodes, in parallel, the documents of the entries that
// decodeHead left encoded.
func (st *State) decodeDocs(indexDir string) error {
	err := parallel(len(st.Entries), func(i int) error {
		e := &st.Entries[i]
		if e.stored == nil || e.decoded {
			return nil
		}
		if err := unpackDoc(e.stored, &e.Document); err != nil {
			return fmt.Errorf("%s: %w", e.Name, err)
		}
		e.dedupeAt = dedupeKey(&e.Document)
		e.decoded = true
		return nil
	})
	if err != nil {
		return damagedState(indexDir, err)
	}
	return nil
}

// signatureSize is the stored size of one signature and its key.
const signatureSize = 8 + 1 + 8*len(corpus.Signature{}.Sig)

// appendSignatures appends the signatures to b: per signature its key,
// OK (a byte) and its values, little-endian, in no particular order.
func appendSignatures(b []byte, sigs map[uint64]corpus.Signature) []byte {
	for k, s := range sigs {
		b = binary.LittleEndian.AppendUint64(b, k)
		ok := byte(0)
		if s.OK {
			ok = 1
		}
		b = append(b, ok)
		for _, v := range s.Sig {
			b = binary.LittleEndian.AppendUint64(b, v)
		}
	}
	return b
}

// readSignatures reads what appendSignatures wrote; nil for none.
func readSignatures(b []byte) (map[uint64]corpus.Signature, error) {
	if len(b)%signatureSize != 0 {
		return nil, errors.New("signatures truncated")
	}
	if len(b) == 0 {
		return nil, nil
	}
	out := make(map[uint64]corpus.Signature, len(b)/signatureSize)
	for ; len(b) > 0; b = b[signatureSize:] {
		var s corpus.Signature
		s.OK = b[8] == 1
		for i := range s.Sig {
			s.Sig[i] = binary.LittleEndian.Uint64(b[9+8*i:])
		}
		out[binary.LittleEndian.Uint64(b)] = s
	}
	return out, nil
}

// dedupeKey hashes the marks dedupe sets on a document's reports.
func dedupeKey(d *corpus.Document) uint64 {
	h := fnv.New64a()
	for _, r := range d.Reports {
		io.WriteString(h, r.DuplicateOf)
		h.Write([]byte{0})
		for _, s := range r.Duplicates {
			io.WriteString(h, s)
			h.Write([]byte{1})
		}
		h.Write([]byte{0})
		for _, s := range r.Disagreements {
			io.WriteString(h, s)
			h.Write([]byte{1})
		}
		h.Write([]byte{2})
	}
	return h.Sum64()
}

// packJSON encodes v (the head) as JSON compressed by Snappy (a block).
// The state is rewritten by every ingest that changes a file and read once
// by the next: Snappy, at nearly gzip's size on it (each passage's text is
// also in its document's, and each sentence in its figures'), costs a
// fraction of gzip's time.
func packJSON(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return snappy.Encode(nil, b), nil
}

// unpackJSON decodes what packJSON encoded into v.
func unpackJSON(data []byte, v any) error {
	b, err := snappy.Decode(nil, data)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// packDoc encodes a document as gob compressed by Snappy: gob decodes a
// document three times as fast as JSON, and an incremental ingest decodes
// every document it did not read.
func packDoc(d *corpus.Document) ([]byte, error) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(d); err != nil {
		return nil, err
	}
	return snappy.Encode(nil, buf.Bytes()), nil
}

// unpackDoc decodes what packDoc encoded into d.
func unpackDoc(data []byte, d *corpus.Document) error {
	b, err := snappy.Decode(nil, data)
	if err != nil {
		return err
	}
	return gob.NewDecoder(bytes.NewReader(b)).Decode(d)
}

// parallel calls fn(0) … fn(n-1) from GOMAXPROCS goroutines and returns
// the first error.
func parallel(n int, fn func(i int) error) error {
	var next atomic.Int64
	var mu sync.Mutex
	var first error
	var wg sync.WaitGroup
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				if err := fn(i); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	return first
}
