package retrieval

import (
	"slices"
	"sync"
)

// vecFilter restricts a vector search to the rows of some years (all when
// none) whose kind, org and file equal the given ones ("" matches any).
type vecFilter struct {
	years           []int
	kind, org, file string
	hidden          []string // files whose rows never match
}

// vecHit is a row found by a vector search and its score.
type vecHit struct {
	row   int
	score float32
}

// blockRows is how many rows are scored together: their scores (8 KiB)
// stay in the first-level cache while the question's columns stream by.
const blockRows = 2048

// scoreBuffers recycles the per-search score blocks.
var scoreBuffers = sync.Pool{New: func() any { return new([blockRows]float32) }}

// search returns the n rows most similar to q within the filter, best
// first; equal scores are ordered by chunk id. It is exact: the scores are
// those of an exhaustive scan, summed in the same order, but only the
// columns of q's non-zero dimensions are read (a zero term adds nothing).
func (t *vecTable) search(q []float32, f vecFilter, n int) []vecHit {
	if n <= 0 || t.rows == 0 || len(q) != t.dim {
		return nil
	}
	q = storedVector(q)
	var nz []int
	for d, x := range q {
		if x != 0 {
			nz = append(nz, d)
		}
	}
	match, ok := t.matcher(f)
	if !ok {
		return nil
	}
	top := topRows{t: t, n: n}
	buf := scoreBuffers.Get().(*[blockRows]float32)
	defer scoreBuffers.Put(buf)
	for _, r := range t.ranges(f.years) {
		for lo := r[0]; lo < r[1]; lo += blockRows {
			hi := min(lo+blockRows, r[1])
			s := buf[:hi-lo]
			clear(s)
			for _, d := range nz {
				col := t.cols[d*t.rows+lo : d*t.rows+hi]
				qd := q[d]
				s := s[:len(col)]
				for i, x := range col {
					s[i] += qd * x
				}
			}
			for i, sc := range s {
				if top.full() && sc < top.h[0].score {
					continue
				}
				if row := lo + i; match(row) {
					top.offer(vecHit{row: row, score: sc})
				}
			}
		}
	}
	return top.sorted()
}

// ranges returns the row ranges of the years (every row when none).
func (t *vecTable) ranges(years []int) [][2]int {
	if len(years) == 0 {
		return [][2]int{{0, t.rows}}
	}
	ys := slices.Clone(years)
	slices.Sort(ys)
	ys = slices.Compact(ys)
	var out [][2]int
	for _, y := range ys {
		if lo, hi := t.yearRange(y); lo < hi {
			out = append(out, [2]int{lo, hi})
		}
	}
	return out
}

// matcher returns the test of a row against the kind, org and file of f;
// ok is false when some value is held by no row, so nothing can match.
func (t *vecTable) matcher(f vecFilter) (match func(row int) bool, ok bool) {
	type cond struct {
		col  []uint32
		code uint32
	}
	var conds []cond
	for _, c := range []struct {
		col   []uint32
		value string
	}{{t.kinds, f.kind}, {t.orgs, f.org}, {t.files, f.file}} {
		if c.value == "" {
			continue
		}
		code, ok := t.codes[c.value]
		if !ok {
			return nil, false
		}
		conds = append(conds, cond{c.col, code})
	}
	var hidden map[uint32]bool
	for _, file := range f.hidden {
		if code, ok := t.codes[file]; ok {
			if hidden == nil {
				hidden = map[uint32]bool{}
			}
			hidden[code] = true
		}
	}
	return func(row int) bool {
		if hidden != nil && hidden[t.files[row]] {
			return false
		}
		for _, c := range conds {
			if c.col[row] != c.code {
				return false
			}
		}
		return true
	}, true
}

// topRows keeps the n best hits seen: a heap whose root is the worst.
type topRows struct {
	t *vecTable
	n int
	h []vecHit
}

func (p *topRows) full() bool { return len(p.h) >= p.n }

// worse reports whether a ranks below b: a lower score, or an equal score
// and a later chunk id.
func (p *topRows) worse(a, b vecHit) bool {
	if a.score != b.score {
		return a.score < b.score
	}
	return p.t.id(a.row) > p.t.id(b.row)
}

// offer adds x if it is among the n best so far.
func (p *topRows) offer(x vecHit) {
	if !p.full() {
		p.h = append(p.h, x)
		for i := len(p.h) - 1; i > 0; {
			parent := (i - 1) / 2
			if !p.worse(p.h[i], p.h[parent]) {
				break
			}
			p.h[i], p.h[parent] = p.h[parent], p.h[i]
			i = parent
		}
		return
	}
	if !p.worse(p.h[0], x) {
		return
	}
	p.h[0] = x
	for i := 0; ; {
		l, r, w := 2*i+1, 2*i+2, i
		if l < len(p.h) && p.worse(p.h[l], p.h[w]) {
			w = l
		}
		if r < len(p.h) && p.worse(p.h[r], p.h[w]) {
			w = r
		}
		if w == i {
			return
		}
		p.h[i], p.h[w] = p.h[w], p.h[i]
		i = w
	}
}

// sorted returns the hits kept, best first.
func (p *topRows) sorted() []vecHit {
	out := slices.Clone(p.h)
	slices.SortFunc(out, func(a, b vecHit) int {
		switch {
		case p.worse(b, a):
			return -1
		case p.worse(a, b):
			return 1
		}
		return 0
	})
	return out
}
