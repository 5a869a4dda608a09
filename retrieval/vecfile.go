package retrieval

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"os"
	"slices"
	"unsafe"
)

// The vector file (vectorsFile) holds a vecTable as it is searched, so
// that opening it is a read, or a memory map, and a checksum:
//
//	header, 32 bytes, little-endian:
//	  magic     8 bytes  "HBVECS\x00\x01"
//	  dim       uint32
//	  rows      uint32
//	  metaLen   uint64   length of the metadata that follows the header
//	  checksum  uint32   CRC-32C of everything after the header
//	  reserved  uint32   0
//	metadata:
//	  strings   uint32 count, then per string a uint32 length and its bytes
//	  rows      per row uint32 id, int32 year, uint32 kind, org, file
//	            (string codes), rows sorted by year then id
//	padding     zeros to a multiple of 64 bytes
//	matrix      dim x rows float32, dimension-major
//
// An encrypted index stores the same bytes sealed with AES-256-GCM: a
// 12-byte nonce followed by the ciphertext; it is read into memory.
const (
	vecMagic      = "HBVECS\x00\x01"
	vecHeaderSize = 32
	vecAlign      = 64
)

// littleEndianHost reports whether float32 values in memory have the
// file's byte order, so the matrix can be used in place.
var littleEndianHost = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// sortRows sorts rows by year, then id: the order of a vecTable.
func sortRows(rows []vecRow) {
	slices.SortFunc(rows, func(a, b vecRow) int {
		if c := cmp.Compare(a.year, b.year); c != 0 {
			return c
		}
		return cmp.Compare(a.id, b.id)
	})
}

// encodeVecTable writes the vector file of rows, which it sorts; the
// vectors are stored as chromem-go would store them (see storedVector).
func encodeVecTable(w io.Writer, dim int, rows []vecRow) error {
	sortRows(rows)
	var strs []string
	codes := map[string]uint32{}
	code := func(s string) uint32 {
		c, ok := codes[s]
		if !ok {
			c = uint32(len(strs))
			codes[s] = c
			strs = append(strs, s)
		}
		return c
	}
	var meta bytes.Buffer
	rowTable := make([]byte, 0, 20*len(rows))
	for _, r := range rows {
		for _, v := range []uint32{code(r.id), uint32(int32(r.year)), code(r.kind), code(r.org), code(r.file)} {
			rowTable = binary.LittleEndian.AppendUint32(rowTable, v)
		}
	}
	meta.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(strs))))
	for _, s := range strs {
		meta.Write(binary.LittleEndian.AppendUint32(nil, uint32(len(s))))
		meta.WriteString(s)
	}
	meta.Write(rowTable)
	pad := alignUp(vecHeaderSize+meta.Len(), vecAlign) - vecHeaderSize - meta.Len()
	meta.Write(make([]byte, pad))

	vecs := make([][]float32, len(rows))
	var src *vecTable
	var reused, srcRows []int // rows read from src, and their rows there
	for i, r := range rows {
		if r.vec == nil && r.src != nil && r.src.dim == dim && (src == nil || r.src == src) {
			src = r.src
			reused, srcRows = append(reused, i), append(srcRows, r.srcRow)
			continue
		}
		if r.vec == nil && r.src != nil {
			r.vec = r.src.vector(r.srcRow)
		}
		if len(r.vec) != dim {
			return fmt.Errorf("vector of %s has %d dimensions, want %d", r.id, len(r.vec), dim)
		}
		vecs[i] = storedVector(r.vec)
	}
	reused, srcRows = keepUnit(src, vecs, reused, srcRows)
	header := func(crc uint32) []byte {
		hdr := make([]byte, 0, vecHeaderSize)
		hdr = append(hdr, vecMagic...)
		hdr = binary.LittleEndian.AppendUint32(hdr, uint32(dim))
		hdr = binary.LittleEndian.AppendUint32(hdr, uint32(len(rows)))
		hdr = binary.LittleEndian.AppendUint64(hdr, uint64(meta.Len()-pad))
		hdr = binary.LittleEndian.AppendUint32(hdr, crc)
		return binary.LittleEndian.AppendUint32(hdr, 0)
	}
	// The checksum covers the metadata and the matrix. Into a file or a
	// buffer the matrix is transposed once, written as its checksum is
	// computed, and the header then written over its placeholder; into
	// another writer it is transposed twice, the checksum first.
	var patch func(hdr []byte) error // writes the header over its placeholder
	switch out := w.(type) {
	case *os.File:
		if at, err := out.Seek(0, io.SeekCurrent); err == nil {
			patch = func(hdr []byte) error { _, err := out.WriteAt(hdr, at); return err }
		}
	case *bytes.Buffer:
		at := out.Len()
		patch = func(hdr []byte) error { copy(out.Bytes()[at:], hdr); return nil }
	}
	crc := crc32.Update(0, castagnoli, meta.Bytes())
	var col []byte
	onePass := patch != nil
	hdr := header(0)
	if !onePass {
		eachColumn(dim, vecs, src, reused, srcRows, &col, func(b []byte) { crc = crc32.Update(crc, castagnoli, b) })
		hdr = header(crc)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.Write(hdr)
	bw.Write(meta.Bytes())
	eachColumn(dim, vecs, src, reused, srcRows, &col, func(b []byte) {
		if onePass {
			crc = crc32.Update(crc, castagnoli, b)
		}
		bw.Write(b)
	})
	if err := bw.Flush(); err != nil {
		return err
	}
	if onePass {
		return patch(header(crc))
	}
	return nil
}

// eachColumn calls f with the little-endian bytes of every column of the
// matrix whose rows are vecs, but for rows reused[j], which are rows
// srcRows[j] of src, in turn, reusing *buf. Columns are gathered a tile at
// a time, so each vector is read a cache line at a time rather than one
// value per column; src is read a column at a time.
func eachColumn(dim int, vecs [][]float32, src *vecTable, reused, srcRows []int, buf *[]byte, f func([]byte)) {
	const tile = 16
	n := len(vecs)
	if cap(*buf) < tile*4*n {
		*buf = make([]byte, tile*4*n)
	}
	b := (*buf)[:tile*4*n]
	for d0 := 0; d0 < dim; d0 += tile {
		w := min(tile, dim-d0)
		for i, v := range vecs {
			if v == nil {
				continue // a row of src
			}
			for k, x := range v[d0 : d0+w] {
				binary.LittleEndian.PutUint32(b[4*(k*n+i):], math.Float32bits(x))
			}
		}
		for k := range w {
			out := b[4*k*n : 4*(k+1)*n]
			if len(reused) > 0 {
				col := src.cols[(d0+k)*src.rows : (d0+k+1)*src.rows]
				for j, i := range reused {
					binary.LittleEndian.PutUint32(out[4*i:], math.Float32bits(col[srcRows[j]]))
				}
			}
			f(out)
		}
	}
}

// keepUnit returns the rows of reused (rows srcRows of src) whose vector
// storedVector keeps as it is (of unit length); the others' vectors are
// read out into vecs, as storedVector makes them. The lengths are summed a
// column at a time, in the order storedVector sums them.
func keepUnit(src *vecTable, vecs [][]float32, reused, srcRows []int) ([]int, []int) {
	if len(reused) == 0 {
		return reused, srcRows
	}
	sq := make([]float64, len(reused))
	for d := range src.dim {
		col := src.cols[d*src.rows : (d+1)*src.rows]
		for j, r := range srcRows {
			x := float64(col[r])
			sq[j] += x * x
		}
	}
	keptRows, keptSrc := reused[:0:0], srcRows[:0:0]
	for j, i := range reused {
		if math.Abs(math.Sqrt(sq[j])-1) < unitTolerance {
			keptRows, keptSrc = append(keptRows, i), append(keptSrc, srcRows[j])
			continue
		}
		vecs[i] = storedVector(src.vector(srcRows[j]))
	}
	return keptRows, keptSrc
}

func alignUp(n, a int) int { return (n + a - 1) / a * a }

// errVecFile is wrapped by every error about a damaged vector file.
var errVecFile = errors.New("vector file damaged")

// decodeVecTable reads a vecTable from the bytes of a vector file. The
// matrix is used in place when the host is little-endian (data must then
// stay unchanged while the table is in use), copied otherwise.
func decodeVecTable(data []byte, dim int) (*vecTable, error) {
	bad := func(what string) error { return fmt.Errorf("%w: %s", errVecFile, what) }
	if len(data) < vecHeaderSize || string(data[:8]) != vecMagic {
		return nil, bad("not a vector file")
	}
	le := binary.LittleEndian
	fdim, rows := int(le.Uint32(data[8:])), int(le.Uint32(data[12:]))
	metaLen, crc := le.Uint64(data[16:]), le.Uint32(data[24:])
	if fdim != dim {
		return nil, bad(fmt.Sprintf("%d dimensions, want %d", fdim, dim))
	}
	if metaLen > uint64(len(data)) {
		return nil, bad("truncated")
	}
	matrixAt := alignUp(vecHeaderSize+int(metaLen), vecAlign)
	if uint64(len(data)) != uint64(matrixAt)+4*uint64(dim)*uint64(rows) {
		return nil, bad("wrong length")
	}
	if crc32.Checksum(data[vecHeaderSize:], castagnoli) != crc {
		return nil, bad("checksum mismatch")
	}
	meta := data[vecHeaderSize : vecHeaderSize+int(metaLen)]
	next := func(n int) []byte {
		if len(meta) < n {
			return nil
		}
		b := meta[:n]
		meta = meta[n:]
		return b
	}
	b := next(4)
	if b == nil {
		return nil, bad("truncated strings")
	}
	t := &vecTable{dim: dim, rows: rows, codes: map[string]uint32{}}
	nstr := int(le.Uint32(b))
	if nstr > len(meta)/4 {
		return nil, bad("string count")
	}
	t.strs = make([]string, nstr)
	for i := range t.strs {
		b := next(4)
		if b == nil {
			return nil, bad("truncated strings")
		}
		s := next(int(le.Uint32(b)))
		if s == nil && le.Uint32(b) != 0 {
			return nil, bad("truncated strings")
		}
		t.strs[i] = string(s)
		t.codes[t.strs[i]] = uint32(i)
	}
	if len(meta) != 20*rows {
		return nil, bad("row table length")
	}
	t.ids, t.kinds, t.orgs, t.files = make([]uint32, rows), make([]uint32, rows), make([]uint32, rows), make([]uint32, rows)
	t.years = make([]int32, rows)
	for i := range rows {
		r := meta[20*i:]
		t.ids[i], t.years[i] = le.Uint32(r), int32(le.Uint32(r[4:]))
		t.kinds[i], t.orgs[i], t.files[i] = le.Uint32(r[8:]), le.Uint32(r[12:]), le.Uint32(r[16:])
		for _, c := range []uint32{t.ids[i], t.kinds[i], t.orgs[i], t.files[i]} {
			if int(c) >= nstr {
				return nil, bad("string code out of range")
			}
		}
		if i > 0 && (t.years[i] < t.years[i-1] || t.years[i] == t.years[i-1] && t.id(i) <= t.id(i-1)) {
			return nil, bad("rows out of order")
		}
	}
	m := data[matrixAt:]
	if n := dim * rows; littleEndianHost && n > 0 && uintptr(unsafe.Pointer(&m[0]))%4 == 0 {
		t.cols = unsafe.Slice((*float32)(unsafe.Pointer(&m[0])), n)
	} else {
		t.cols = make([]float32, n)
		for i := range t.cols {
			t.cols[i] = math.Float32frombits(le.Uint32(m[4*i:]))
		}
	}
	return t, nil
}

// newVecTable builds a table in memory through its file encoding.
func newVecTable(dim int, rows []vecRow) (*vecTable, error) {
	var buf bytes.Buffer
	if err := encodeVecTable(&buf, dim, slices.Clone(rows)); err != nil {
		return nil, err
	}
	return decodeVecTable(buf.Bytes(), dim)
}

// writeVecFile writes the vector file of rows to path, sealed with key
// (32 bytes) when key is not "".
func writeVecFile(path string, dim int, rows []vecRow, key string) error {
	if err := writeSealed(path, key, func(w io.Writer) error { return encodeVecTable(w, dim, rows) }); err != nil {
		return fmt.Errorf("write vectors: %w", err)
	}
	return nil
}

// writeSealed writes what encode produces to path, sealed with key (32
// bytes) when key is not "": the one way the index's binary files are
// written.
func writeSealed(path, key string, encode func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if key == "" {
		err = encode(f)
	} else {
		var buf bytes.Buffer
		if err = encode(&buf); err == nil {
			var sealed []byte
			if sealed, err = seal(buf.Bytes(), key); err == nil {
				_, err = f.Write(sealed)
			}
		}
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// seal encrypts data with AES-256-GCM under key: nonce, then ciphertext.
func seal(data []byte, key string) ([]byte, error) {
	gcm, err := newGCM(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, data, nil), nil
}

// unseal decrypts what seal made.
func unseal(data []byte, key string) ([]byte, error) {
	gcm, err := newGCM(key)
	if err != nil {
		return nil, err
	}
	if len(data) < gcm.NonceSize() {
		return nil, fmt.Errorf("%w: truncated", errVecFile)
	}
	return gcm.Open(nil, data[:gcm.NonceSize()], data[gcm.NonceSize():], nil)
}

func newGCM(key string) (cipher.AEAD, error) {
	block, err := aes.NewCipher([]byte(key))
	if err != nil {
		return nil, err
	}
	return cipher.NewGCM(block)
}
