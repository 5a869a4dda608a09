package retrieval

import (
	"slices"
)

// Dense vectors (an API embedder's: every dimension non-zero) cannot be
// searched by reading a few columns: an exact search reads the whole
// matrix. For them a generation also holds an approximate index, the ANN
// file (annfile.go): per row the signs of its values, 1 bit a dimension
// (128 bytes for 1024 dimensions), and the rows again, row-major. A search
// ranks the rows within the filter by the Hamming distance of their signs
// to the question's, a 32nd of the matrix's bytes, popcounts instead of
// multiplications, and scores the best candidates exactly, each from
// its contiguous row, adding in dimension order as the exact search does:
// the scores of the rows it returns are the exact ones, and the rows are
// the exact top ones whenever they are among the candidates (recall@10
// against exact search: BenchmarkANNRecall).

// annCandidates is how many rows, best by sign, are scored exactly, at
// the least; annCandidateShare of the rows searched when that is more.
// Measured (BenchmarkANNRecall, 100k chunks of the synthetic corpus, whose
// hundreds of near-copies of each passage differ in a few characters):
// recall@10 0.895 with 1,000 candidates, 0.978 with 4,000, 0.986 with
// 8,000; 1.000 on clustered random vectors with 1,000.
const (
	annCandidates     = 1000
	annCandidateShare = 0.06
)

// annMinRows is the fewest rows within a filter for which the approximate
// search is used, and the fewest a build writes an ANN file for: below it
// an exact search reads little. A variable so that tests can lower it.
var annMinRows = 20000

// annIndex is the sign codes and row-major vectors of a table's rows.
type annIndex struct {
	dim, rows, words int
	candidates       int       // rows scored exactly; 0 for the default (annCandidates, annCandidateShare)
	codes            []uint64  // rows x words: bit d of a row set when its value d > 0
	vecs             []float32 // rows x dim, row-major
}

// signCode sets in code (words long) the bit of each positive value of v.
func signCode(v []float32, code []uint64) {
	clear(code)
	for d, x := range v {
		if x > 0 {
			code[d/64] |= 1 << (d % 64)
		}
	}
}

// dense reports whether q is a dense question: more than half of its
// dimensions non-zero.
func dense(q []float32) bool {
	nz := 0
	for _, x := range q {
		if x != 0 {
			nz++
		}
	}
	return nz > len(q)/2
}

// search returns about the n rows of t most similar to q within the
// filter (see the comment above), best first, equal scores by chunk id.
// q is as stored (storedVector).
func (a *annIndex) search(t *vecTable, q []float32, f vecFilter, n int) []vecHit {
	match, ok := t.matcher(f)
	if !ok {
		return nil
	}
	table := a.signTable(q)
	// The candidate rows of highest estimates: a heap whose root is
	// the lowest kept.
	type cand struct {
		row int
		est float32
	}
	want := a.candidates
	if want == 0 {
		want = max(annCandidates, int(annCandidateShare*float64(t.filteredRows(f))))
	}
	var h []cand
	lower := func(x, y cand) bool { return x.est < y.est || x.est == y.est && x.row > y.row }
	for _, r := range t.ranges(f.years) {
		for row := r[0]; row < r[1]; row++ {
			x := cand{row, a.estimate(table, row)}
			if len(h) == want && !lower(h[0], x) {
				continue
			}
			if !match(row) {
				continue
			}
			if len(h) < want {
				h = append(h, x)
				for i := len(h) - 1; i > 0; {
					p := (i - 1) / 2
					if !lower(h[i], h[p]) {
						break
					}
					h[i], h[p] = h[p], h[i]
					i = p
				}
				continue
			}
			h[0] = x
			for i := 0; ; {
				l, r, w := 2*i+1, 2*i+2, i
				if l < len(h) && lower(h[l], h[w]) {
					w = l
				}
				if r < len(h) && lower(h[r], h[w]) {
					w = r
				}
				if w == i {
					break
				}
				h[i], h[w] = h[w], h[i]
				i = w
			}
		}
	}
	// Exact scores of the candidates, in row order (the rows are read
	// forward through the file).
	slices.SortFunc(h, func(x, y cand) int { return x.row - y.row })
	top := topRows{t: t, n: n}
	for _, c := range h {
		v := a.vecs[c.row*a.dim : (c.row+1)*a.dim : (c.row+1)*a.dim]
		var s float32
		for d, x := range v {
			if qd := q[d]; qd != 0 {
				s += qd * x
			}
		}
		top.offer(vecHit{row: c.row, score: s})
	}
	return top.sorted()
}

// signTable returns, for each byte of a sign code, the sum of q's values
// of the dimensions each of its 256 values sets. A row's estimate of its
// similarity to q, the sum of q's values times the row's signs, is twice
// the sum over the bytes of its code, less the sum of q: the same for
// every row, so rows are ranked by the former.
func (a *annIndex) signTable(q []float32) []float32 {
	nbytes := a.words * 8
	table := make([]float32, nbytes*256)
	for b := range nbytes {
		tb := table[b*256 : (b+1)*256]
		for bit := range 8 {
			d := b*8 + bit
			if d >= len(q) {
				break
			}
			step := 1 << bit
			for v := step; v < 256; v += 2 * step {
				for k := v; k < v+step; k++ {
					tb[k] += q[d]
				}
			}
		}
	}
	return table
}

// estimate is a row's similarity estimate from the signTable of a question.
func (a *annIndex) estimate(table []float32, row int) float32 {
	var est float32
	for w, x := range a.codes[row*a.words : (row+1)*a.words : (row+1)*a.words] {
		tw := table[w*2048 : (w+1)*2048 : (w+1)*2048]
		est += tw[x&0xff] + tw[256+(x>>8)&0xff] + tw[512+(x>>16)&0xff] + tw[768+(x>>24)&0xff] +
			tw[1024+(x>>32)&0xff] + tw[1280+(x>>40)&0xff] + tw[1536+(x>>48)&0xff] + tw[1792+(x>>56)]
	}
	return est
}

// filteredRows counts the rows of the years of f (all when none).
func (t *vecTable) filteredRows(f vecFilter) int {
	n := 0
	for _, r := range t.ranges(f.years) {
		n += r[1] - r[0]
	}
	return n
}
