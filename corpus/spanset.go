package corpus

import (
	"slices"
	"sort"
)

// spanSet answers whether a span lies inside one of a set of spans in
// logarithmic time: a file flagged in every passage of a paragraph of
// megabytes has hundreds of thousands of figures and of passages, and
// looking each figure up among all the passages was quadratic.
type spanSet struct {
	spans  []Span // by start
	maxEnd []int  // maxEnd[i]: the largest end among spans[:i+1]
}

// newSpanSet makes the set of spans (which it may reorder).
func newSpanSet(spans []Span) spanSet {
	slices.SortFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	ends := make([]int, len(spans))
	for i, s := range spans {
		ends[i] = s.End
		if i > 0 {
			ends[i] = max(ends[i], ends[i-1])
		}
	}
	return spanSet{spans, ends}
}

// contains reports whether s lies inside one of the set's spans: among
// those starting at or before it, one ends at or after it.
func (t spanSet) contains(s Span) bool {
	i := sort.Search(len(t.spans), func(i int) bool { return t.spans[i].Start > s.Start })
	return i > 0 && t.maxEnd[i-1] >= s.End
}
