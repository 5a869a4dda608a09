package retrieval

import (
	"bufio"
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

// chunkRecord is one chunk as the chunk file stores it.
type chunkRecord struct {
	id, content string
	year        int
	meta        map[string]string
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

// encodeChunks writes the chunk file of recs, which it sorts.
func encodeChunks(w io.Writer, recs []chunkRecord) error {
	sortRecords(recs)
	var keys []string
	for _, r := range recs {
		for k := range r.meta {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	var body bytes.Buffer
	body.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(keys))))
	for _, k := range keys {
		body.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(k))))
		body.WriteString(k)
	}
	offsets := make([]byte, 0, 8*(len(recs)+1))
	var records []byte
	str := func(s string) {
		records = binary.AppendUvarint(records, uint64(len(s)))
		records = append(records, s...)
	}
	for _, r := range recs {
		offsets = binary.LittleEndian.AppendUint64(offsets, uint64(len(records)))
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
	body.Write(offsets)
	body.Write(records)

	hdr := make([]byte, 0, chunkHeaderSize)
	hdr = append(hdr, chunkMagic...)
	hdr = binary.LittleEndian.AppendUint32(hdr, uint32(len(recs)))
	hdr = binary.LittleEndian.AppendUint32(hdr, 0)
	hdr = binary.LittleEndian.AppendUint64(hdr, uint64(body.Len()))
	hdr = binary.LittleEndian.AppendUint32(hdr, crc32.Checksum(body.Bytes(), castagnoli))
	hdr = binary.LittleEndian.AppendUint32(hdr, 0)
	bw := bufio.NewWriter(w)
	bw.Write(hdr)
	bw.Write(body.Bytes())
	return bw.Flush()
}

// chunkStore reads records from the bytes of a chunk file.
type chunkStore struct {
	rows    int
	keys    []string
	offsets []byte // rows+1 uint64
	records []byte
}

// decodeChunks checks the bytes of a chunk file and returns its store;
// data must stay unchanged while the store is in use.
func decodeChunks(data []byte) (*chunkStore, error) {
	bad := func(what string) error { return fmt.Errorf("%w: chunk file: %s", errVecFile, what) }
	le := binary.LittleEndian
	if len(data) < chunkHeaderSize || string(data[:8]) != chunkMagic {
		return nil, bad("not a chunk file")
	}
	rows := int(le.Uint32(data[8:]))
	if le.Uint64(data[16:]) != uint64(len(data)-chunkHeaderSize) {
		return nil, bad("wrong length")
	}
	body := data[chunkHeaderSize:]
	if crc32.Checksum(body, castagnoli) != le.Uint32(data[24:]) {
		return nil, bad("checksum mismatch")
	}
	s := &chunkStore{rows: rows}
	if len(body) < 4 {
		return nil, bad("truncated keys")
	}
	nkeys := int(le.Uint32(body))
	body = body[4:]
	for range nkeys {
		if len(body) < 4 || uint64(len(body)-4) < uint64(le.Uint32(body)) {
			return nil, bad("truncated keys")
		}
		n := int(le.Uint32(body))
		s.keys = append(s.keys, string(body[4:4+n]))
		body = body[4+n:]
	}
	if uint64(len(body)) < 8*(uint64(rows)+1) {
		return nil, bad("truncated offsets")
	}
	s.offsets, s.records = body[:8*(rows+1)], body[8*(rows+1):]
	if le.Uint64(s.offsets[8*rows:]) != uint64(len(s.records)) {
		return nil, bad("offsets do not match the records")
	}
	return s, nil
}

// get decodes the record of row, copying its strings out of the file.
func (s *chunkStore) get(row int) (chromem.Document, error) {
	bad := func(what string) error { return fmt.Errorf("%w: chunk file: record %d: %s", errVecFile, row, what) }
	if row < 0 || row >= s.rows {
		return chromem.Document{}, bad("out of range")
	}
	le := binary.LittleEndian
	from, to := le.Uint64(s.offsets[8*row:]), le.Uint64(s.offsets[8*row+8:])
	if from > to || to > uint64(len(s.records)) {
		return chromem.Document{}, bad("bad offsets")
	}
	rec := s.records[from:to]
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

// writeChunkFile writes the chunk file of recs to path, sealed with key
// (32 bytes) when key is not "".
func writeChunkFile(path string, recs []chunkRecord, key string) error {
	var buf bytes.Buffer
	if err := encodeChunks(&buf, recs); err != nil {
		return fmt.Errorf("write chunks: %w", err)
	}
	data := buf.Bytes()
	if key != "" {
		var err error
		if data, err = seal(data, key); err != nil {
			return fmt.Errorf("write chunks: %w", err)
		}
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("write chunks: %w", err)
	}
	return nil
}
