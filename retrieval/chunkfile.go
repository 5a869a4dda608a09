package retrieval

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/philippgille/chromem-go"
)

// The chunk file (chunksFile) holds what a hit shows of each chunk, its
// id, text and metadata, in the row order of the vector file, so that a
// search reads the few records it returns instead of decoding every
// chunk on open:
//
//	header, 32 bytes, little-endian:
//	  magic     8 bytes  "HBCHNK\x00\x01"
//	  rows      uint32
//	  reserved  uint32   0
//	  bodyLen   uint64   length of what follows the header
//	  checksum  uint32   CRC-32C of the body
//	  reserved  uint32   0
//	body:
//	  keys      uint32 count, then per metadata key a uint32 length and its bytes
//	  offsets   rows+1 uint64, where each record starts (from the first)
//	  records   per chunk: id, text, then the number of metadata entries and
//	            per entry a key number and a value; numbers are uvarints and
//	            strings a uvarint length and their bytes
//
// The chromem-go export beside it stays the store of record of the same
// chunks. An encrypted index seals the file as it seals the vector file.
const (
	chunkMagic      = "HBCHNK\x00\x01"
	chunkHeaderSize = 32
)

// chunkRecord is one chunk as the chunk file stores it. raw, when not
// nil, is the record already encoded (taken from the live generation's
// chunk file, whose keys are the same), and content and meta are unset.
type chunkRecord struct {
	id, content string
	year        int
	meta        map[string]string
	raw         []byte
}

// sortRecords sorts records by year, then id: the row order of a vecTable.
func sortRecords(recs []chunkRecord) {
	slices.SortFunc(recs, func(a, b chunkRecord) int {
		if a.year != b.year {
			return a.year - b.year
		}
		return strings.Compare(a.id, b.id)
	})
}

// encodeChunks writes the chunk file of recs, which it sorts. keys are
// the metadata keys, sorted, those of the records when nil; records raw
// must have been encoded with the same.
func encodeChunks(w io.Writer, recs []chunkRecord, keys []string) error {
	sortRecords(recs)
	if keys == nil {
		keys = recordKeys(recs)
	}
	var head []byte
	head = binary.LittleEndian.AppendUint32(head, uint32(len(keys)))
	for _, k := range keys {
		head = binary.LittleEndian.AppendUint32(head, uint32(len(k)))
		head = append(head, k...)
	}
	// The records' size, so that they are written into one buffer that
	// never grows.
	size := 0
	for _, r := range recs {
		size += len(r.raw) + 2*binary.MaxVarintLen64 + len(r.id) + len(r.content)
		for _, v := range r.meta {
			size += 2*binary.MaxVarintLen64 + len(v)
		}
	}
	offsets := make([]byte, 0, 8*(len(recs)+1))
	records := make([]byte, 0, size)
	str := func(s string) {
		records = binary.AppendUvarint(records, uint64(len(s)))
		records = append(records, s...)
	}
	for _, r := range recs {
		offsets = binary.LittleEndian.AppendUint64(offsets, uint64(len(records)))
		if r.raw != nil {
			records = append(records, r.raw...)
			continue
		}
		str(r.id)
		str(r.content)
		records = binary.AppendUvarint(records, uint64(len(r.meta)))
		for i, k := range keys {
			if v, ok := r.meta[k]; ok {
				records = binary.AppendUvarint(records, uint64(i))
				str(v)
			}
		}
	}
	offsets = binary.LittleEndian.AppendUint64(offsets, uint64(len(records)))

	// The body is keys, offsets and records, written in turn.
	crc := crc32.Update(crc32.Update(crc32.Checksum(head, castagnoli), castagnoli, offsets), castagnoli, records)
	hdr := make([]byte, 0, chunkHeaderSize)
	hdr = append(hdr, chunkMagic...)
	hdr = binary.LittleEndian.AppendUint32(hdr, uint32(len(recs)))
	hdr = binary.LittleEndian.AppendUint32(hdr, 0)
	hdr = binary.LittleEndian.AppendUint64(hdr, uint64(len(head)+len(offsets)+len(records)))
	hdr = binary.LittleEndian.AppendUint32(hdr, crc)
	hdr = binary.LittleEndian.AppendUint32(hdr, 0)
	for _, part := range [][]byte{hdr, head, offsets, records} {
		if _, err := w.Write(part); err != nil {
			return err
		}
	}
	return nil
}

// recordKeys returns the metadata keys of recs, sorted.
func recordKeys(recs []chunkRecord) []string {
	var keys []string
	for _, r := range recs {
		for k := range r.meta {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	return keys
}

// rawRecords returns the keys of the chunk file data and its records
// encoded, by chunk id; they point into data.
func rawRecords(data []byte) ([]string, map[string][]byte, error) {
	s, err := decodeChunks(data)
	if err != nil {
		return nil, nil, err
	}
	records := s.mem
	le := binary.LittleEndian
	out := make(map[string][]byte, s.rows)
	for row := range s.rows {
		from, to := le.Uint64(s.offsets[8*row:]), le.Uint64(s.offsets[8*row+8:])
		if from > to || to > s.recLen {
			return nil, nil, errChunkFile("bad offsets")
		}
		rec := records[from:to:to]
		n, k := binary.Uvarint(rec)
		if k <= 0 || n > uint64(len(rec)-k) {
			return nil, nil, errChunkFile("bad id")
		}
		out[string(rec[k:k+int(n)])] = rec
	}
	return s.keys, out, nil
}

// chunkStore reads records of a chunk file: its keys and offsets are held
// in memory, its records read one at a time when a search needs them, so
// that they never become resident all together.
type chunkStore struct {
	rows    int
	keys    []string
	offsets []byte // rows+1 uint64
	records io.ReaderAt
	recLen  uint64
	mem     []byte // the records, when decoded from memory (decodeChunks)
}

// decodeChunks checks the bytes of a chunk file and returns its store;
// data must stay unchanged while the store is in use.
func decodeChunks(data []byte) (*chunkStore, error) {
	le := binary.LittleEndian
	if len(data) < chunkHeaderSize || string(data[:8]) != chunkMagic {
		return nil, errChunkFile("not a chunk file")
	}
	if le.Uint64(data[16:]) != uint64(len(data)-chunkHeaderSize) {
		return nil, errChunkFile("wrong length")
	}
	body := data[chunkHeaderSize:]
	if crc32.Checksum(body, castagnoli) != le.Uint32(data[24:]) {
		return nil, errChunkFile("checksum mismatch")
	}
	s, recordsAt, err := decodeChunkIndex(body, int(le.Uint32(data[8:])), uint64(len(body)))
	if err != nil {
		return nil, err
	}
	s.mem = body[recordsAt:]
	s.records = bytes.NewReader(s.mem)
	return s, nil
}

// openChunkFile opens the chunk file at path to read its records from the
// file: the whole file is read once for its checksum, then only its keys
// and offsets are kept. close closes the file.
func openChunkFile(path string) (s *chunkStore, close func() error, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer func() {
		if err != nil {
			f.Close()
		}
	}()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	le := binary.LittleEndian
	hdr := make([]byte, chunkHeaderSize)
	if _, err := io.ReadFull(f, hdr); err != nil || string(hdr[:8]) != chunkMagic {
		return nil, nil, errChunkFile("not a chunk file")
	}
	bodyLen := le.Uint64(hdr[16:])
	if bodyLen != uint64(st.Size()-chunkHeaderSize) {
		return nil, nil, errChunkFile("wrong length")
	}
	body := io.NewSectionReader(f, chunkHeaderSize, int64(bodyLen))
	crc := crc32.New(castagnoli)
	if _, err := io.CopyBuffer(crc, body, make([]byte, 1<<20)); err != nil {
		return nil, nil, err
	}
	if crc.Sum32() != le.Uint32(hdr[24:]) {
		return nil, nil, errChunkFile("checksum mismatch")
	}
	rows := int(le.Uint32(hdr[8:]))
	// The keys are a few short strings: they and the offsets fit in
	// maxKeysLen and the offsets' length.
	prefix := make([]byte, min(bodyLen, maxKeysLen+8*(uint64(rows)+1)))
	if _, err := body.ReadAt(prefix, 0); err != nil {
		return nil, nil, err
	}
	s, recordsAt, err := decodeChunkIndex(prefix, rows, bodyLen)
	if err != nil {
		return nil, nil, err
	}
	s.offsets = slices.Clone(s.offsets) // not the prefix's whole buffer
	s.records = io.NewSectionReader(f, chunkHeaderSize+int64(recordsAt), int64(bodyLen-recordsAt))
	return s, f.Close, nil
}

// maxKeysLen bounds the metadata keys of a chunk file opened by
// openChunkFile.
const maxKeysLen = 1 << 16

// errChunkFile is an error about a damaged chunk file.
func errChunkFile(what string) error { return fmt.Errorf("%w: chunk file: %s", errVecFile, what) }

// decodeChunkIndex reads the keys and offsets at the start of a chunk
// file's body of bodyLen bytes, of which prefix holds the first; it
// returns the store without its records and where they start.
func decodeChunkIndex(prefix []byte, rows int, bodyLen uint64) (*chunkStore, uint64, error) {
	le := binary.LittleEndian
	s := &chunkStore{rows: rows}
	body := prefix
	if len(body) < 4 {
		return nil, 0, errChunkFile("truncated keys")
	}
	nkeys := int(le.Uint32(body))
	body = body[4:]
	for range nkeys {
		if len(body) < 4 || uint64(len(body)-4) < uint64(le.Uint32(body)) {
			return nil, 0, errChunkFile("truncated keys")
		}
		n := int(le.Uint32(body))
		s.keys = append(s.keys, string(body[4:4+n]))
		body = body[4+n:]
	}
	if uint64(len(body)) < 8*(uint64(rows)+1) {
		return nil, 0, errChunkFile("truncated offsets")
	}
	s.offsets = body[:8*(rows+1)]
	recordsAt := uint64(len(prefix)-len(body)) + 8*(uint64(rows)+1)
	if recordsAt > bodyLen {
		return nil, 0, errChunkFile("truncated offsets")
	}
	s.recLen = bodyLen - recordsAt
	if le.Uint64(s.offsets[8*rows:]) != s.recLen {
		return nil, 0, errChunkFile("offsets do not match the records")
	}
	return s, recordsAt, nil
}

// get decodes the record of row.
func (s *chunkStore) get(row int) (chromem.Document, error) {
	bad := func(what string) error { return fmt.Errorf("%w: chunk file: record %d: %s", errVecFile, row, what) }
	if row < 0 || row >= s.rows {
		return chromem.Document{}, bad("out of range")
	}
	le := binary.LittleEndian
	from, to := le.Uint64(s.offsets[8*row:]), le.Uint64(s.offsets[8*row+8:])
	if from > to || to > s.recLen {
		return chromem.Document{}, bad("bad offsets")
	}
	rec := make([]byte, to-from)
	if _, err := s.records.ReadAt(rec, int64(from)); err != nil {
		return chromem.Document{}, bad(err.Error())
	}
	num := func() (uint64, bool) {
		v, n := binary.Uvarint(rec)
		if n <= 0 {
			return 0, false
		}
		rec = rec[n:]
		return v, true
	}
	str := func() (string, bool) {
		n, ok := num()
		if !ok || n > uint64(len(rec)) {
			return "", false
		}
		v := string(rec[:n])
		rec = rec[n:]
		return v, true
	}
	var d chromem.Document
	var ok bool
	if d.ID, ok = str(); !ok {
		return d, bad("id")
	}
	if d.Content, ok = str(); !ok {
		return d, bad("text")
	}
	n, ok := num()
	if !ok || n > uint64(len(s.keys)) {
		return d, bad("metadata count")
	}
	d.Metadata = make(map[string]string, n)
	for range n {
		k, ok := num()
		if !ok || k >= uint64(len(s.keys)) {
			return d, bad("metadata key")
		}
		v, ok := str()
		if !ok {
			return d, bad("metadata value")
		}
		d.Metadata[s.keys[k]] = v
	}
	return d, nil
}

// writeChunkFile writes the chunk file of recs (with keys, as
// encodeChunks) to path, sealed with key (32 bytes) when key is not "";
// unsealed, straight into the file.
func writeChunkFile(path string, recs []chunkRecord, keys []string, key string) error {
	if err := writeSealed(path, key, func(w io.Writer) error { return encodeChunks(w, recs, keys) }); err != nil {
		return fmt.Errorf("write chunks: %w", err)
	}
	return nil
}
