package retrieval

import (
	"math"
	"slices"
)

// vecTable holds the chunk vectors for search, dimension-major: the
// value of dimension d for row i is cols[d*rows+i]. Scoring a question
// reads only the columns of its non-zero dimensions, which for the local
// embedder are a few dozen of 1024, and adds them in dimension order, so
// every score is bit for bit the dot product chromem-go's exhaustive scan
// computes. Rows are sorted by year, then id: the rows of a year are one
// range, so a search about some years scores only their ranges.
//
// The filter fields are kept as small codes into one string table, so a
// filter is a comparison of integers per row, with no map, lock or channel.
type vecTable struct {
	dim, rows int
	ids       []uint32 // string code of each row's chunk id
	years     []int32  // year of each row (0 unknown), ascending
	kinds     []uint32 // string codes of each row's kind, org and file
	orgs      []uint32
	files     []uint32
	strs      []string          // the string table
	codes     map[string]uint32 // string -> code
	cols      []float32         // dim x rows, dimension-major
}

// vecRow is one row of a table being written: a chunk's id, filter
// fields and vector.
type vecRow struct {
	id, kind, org, file string
	year                int
	vec                 []float32
	text                uint64 // textHash of the embedded text; not in the vector file
	// src and srcRow, when vec is nil: the row of a live generation's
	// table that holds the vector as stored (reuse.go), read from there
	// as the file is written rather than copied out first.
	src    *vecTable
	srcRow int
}

// id returns the chunk id of row i.
func (t *vecTable) id(i int) string { return t.strs[t.ids[i]] }

// yearRange returns the rows [lo, hi) of year y.
func (t *vecTable) yearRange(y int) (lo, hi int) {
	lo, _ = slices.BinarySearch(t.years, int32(y))
	hi, _ = slices.BinarySearch(t.years, int32(y)+1)
	return lo, hi
}

// unitTolerance is how far from 1 a vector's length may be for chromem-go
// to take it as normalised (its isNormalizedPrecisionTolerance).
const unitTolerance = 1e-6

// storedVector returns v as chromem-go stores and compares it: unchanged
// when its length is within unitTolerance of 1 (computed in float64),
// otherwise divided by its length (computed in float32), as chromem-go does
// with documents on AddDocument and with a query before scoring.
func storedVector(v []float32) []float32 {
	var sq float64
	for _, x := range v {
		sq += float64(x) * float64(x)
	}
	if math.Abs(math.Sqrt(sq)-1) < unitTolerance {
		return v
	}
	var norm float32
	for _, x := range v {
		norm += x * x
	}
	norm = float32(math.Sqrt(float64(norm)))
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = x / norm
	}
	return out
}

// vector returns a copy of the vector of row i.
func (t *vecTable) vector(i int) []float32 {
	v := make([]float32, t.dim)
	for d := range v {
		v[d] = t.cols[d*t.rows+i]
	}
	return v
}
