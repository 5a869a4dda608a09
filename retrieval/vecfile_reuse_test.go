package retrieval

import (
	"bytes"
	"slices"
	"strconv"
	"testing"
)

// TestVecFileFromStoredRows: rows read from a live generation's table as
// the file is written give the file their vectors copied out give, also
// for stored vectors that are not of unit length (then normalised as
// storedVector does, a zero one included), and beside rows embedded anew.
func TestVecFileFromStoredRows(t *testing.T) {
	const dim, n = 20, 70
	src := &vecTable{dim: dim, rows: n, cols: make([]float32, dim*n)}
	for i := range n {
		for d := range dim {
			var x float32
			switch {
			case i%7 == 3: // not of unit length
				x = float32((i+d)%5) * 0.7
			case i%11 == 5: // zero
			default:
				if d == i%dim {
					x = 0.6
				} else if d == (i+5)%dim {
					x = 0.8
				}
			}
			src.cols[d*n+i] = x
		}
	}
	var copied, read []vecRow
	for i := range n + 10 {
		r := vecRow{id: strconv.Itoa(i), year: 2015 + i%4, kind: "plan", file: "f" + strconv.Itoa(i%3)}
		if i >= n { // embedded anew
			r.vec = make([]float32, dim)
			r.vec[i%dim] = 1
			copied, read = append(copied, r), append(read, r)
			continue
		}
		row := (i * 37) % n // stored in another order
		c := r
		c.vec = src.vector(row)
		copied = append(copied, c)
		r.src, r.srcRow = src, row
		read = append(read, r)
	}
	for _, w := range []func(*bytes.Buffer) interface{ Write([]byte) (int, error) }{
		func(b *bytes.Buffer) interface{ Write([]byte) (int, error) } { return b },
		func(b *bytes.Buffer) interface{ Write([]byte) (int, error) } { return plainWriter{b} },
	} {
		var want, got bytes.Buffer
		if err := encodeVecTable(w(&want), dim, slices.Clone(copied)); err != nil {
			t.Fatal(err)
		}
		if err := encodeVecTable(w(&got), dim, slices.Clone(read)); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Fatal("rows read from the stored table give another file")
		}
	}
}
