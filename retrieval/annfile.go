package retrieval

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"unsafe"
)

// The ANN file (annFile) holds the annIndex of a generation's vector file
// (ann.go), in the same row order, written for dense embedders only:
//
//	header, 32 bytes, little-endian:
//	  magic     8 bytes  "HBANNS\x00\x01"
//	  dim       uint32
//	  rows      uint32
//	  words     uint32   uint64 words of sign bits per row: (dim+63)/64
//	  reserved  uint32   0
//	  checksum  uint32   CRC-32C of everything after the header
//	  reserved  uint32   0
//	codes      rows x words uint64
//	vectors    rows x dim float32, row-major, as stored in the vector file
//
// An encrypted index seals the file as it seals the vector file.
const (
	annFile       = "vectors.ann"
	annMagic      = "HBANNS\x00\x01"
	annHeaderSize = 32
)

// encodeANN writes the ANN file of rows, which must be in table order.
// The body is produced twice, once for its checksum and once to write it
// after the header, so that it is never held whole.
func encodeANN(w io.Writer, dim int, rows []vecRow) error {
	words := (dim + 63) / 64
	for _, r := range rows {
		if len(r.vec) != dim {
			return fmt.Errorf("vector of %s has %d dimensions, want %d", r.id, len(r.vec), dim)
		}
	}
	body := func(out io.Writer) {
		code := make([]uint64, words)
		buf := make([]byte, max(8*words, 4*dim))
		for _, r := range rows {
			signCode(storedVector(r.vec), code)
			for i, c := range code {
				binary.LittleEndian.PutUint64(buf[8*i:], c)
			}
			out.Write(buf[:8*words])
		}
		for _, r := range rows {
			for d, x := range storedVector(r.vec) {
				binary.LittleEndian.PutUint32(buf[4*d:], math.Float32bits(x))
			}
			out.Write(buf[:4*dim])
		}
	}
	crc := crc32.New(castagnoli)
	body(crc)
	hdr := make([]byte, 0, annHeaderSize)
	hdr = append(hdr, annMagic...)
	hdr = binary.LittleEndian.AppendUint32(hdr, uint32(dim))
	hdr = binary.LittleEndian.AppendUint32(hdr, uint32(len(rows)))
	hdr = binary.LittleEndian.AppendUint32(hdr, uint32(words))
	hdr = binary.LittleEndian.AppendUint32(hdr, 0)
	hdr = binary.LittleEndian.AppendUint32(hdr, crc.Sum32())
	hdr = binary.LittleEndian.AppendUint32(hdr, 0)
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.Write(hdr)
	body(bw)
	return bw.Flush()
}

// decodeANN reads an annIndex of rows rows of dim dimensions from the
// bytes of an ANN file, used in place on a little-endian host (data must
// then stay unchanged while the index is in use).
func decodeANN(data []byte, dim, rows int) (*annIndex, error) {
	bad := func(what string) error { return fmt.Errorf("%w: ANN file: %s", errVecFile, what) }
	if len(data) < annHeaderSize || string(data[:8]) != annMagic {
		return nil, bad("not an ANN file")
	}
	le := binary.LittleEndian
	fdim, frows, words := int(le.Uint32(data[8:])), int(le.Uint32(data[12:])), int(le.Uint32(data[16:]))
	if fdim != dim || frows != rows || words != (dim+63)/64 {
		return nil, bad(fmt.Sprintf("%d rows of %d dimensions in %d words, want %d of %d", frows, fdim, words, rows, dim))
	}
	codesLen, vecsLen := uint64(8*words)*uint64(rows), uint64(4*dim)*uint64(rows)
	if uint64(len(data)) != annHeaderSize+codesLen+vecsLen {
		return nil, bad("wrong length")
	}
	if crc32.Checksum(data[annHeaderSize:], castagnoli) != le.Uint32(data[24:]) {
		return nil, bad("checksum mismatch")
	}
	a := &annIndex{dim: dim, rows: rows, words: words}
	codes, vecs := data[annHeaderSize:annHeaderSize+codesLen], data[annHeaderSize+codesLen:]
	if littleEndianHost && rows > 0 && dim > 0 && uintptr(unsafe.Pointer(&codes[0]))%8 == 0 {
		a.codes = unsafe.Slice((*uint64)(unsafe.Pointer(&codes[0])), rows*words)
		a.vecs = unsafe.Slice((*float32)(unsafe.Pointer(&vecs[0])), rows*dim)
		return a, nil
	}
	a.codes = make([]uint64, rows*words)
	for i := range a.codes {
		a.codes[i] = le.Uint64(codes[8*i:])
	}
	a.vecs = make([]float32, rows*dim)
	for i := range a.vecs {
		a.vecs[i] = math.Float32frombits(le.Uint32(vecs[4*i:]))
	}
	return a, nil
}

// writeANNFile writes the ANN file of rows (in table order) to path,
// sealed with key (32 bytes) when key is not "".
func writeANNFile(path string, dim int, rows []vecRow, key string) error {
	if err := writeSealed(path, key, func(w io.Writer) error { return encodeANN(w, dim, rows) }); err != nil {
		return fmt.Errorf("write ANN file: %w", err)
	}
	return nil
}
