package corpus

import (
	"encoding/binary"
	"hash/fnv"
	"sort"
	"unicode"
)

// Near-duplicate reports (reposts of one report on several sites, or the
// same report twice in one file) are found with MinHash over character
// shingles of the normalised text, bucketed by locality-sensitive hashing so
// the work stays linear in the number of reports.
const (
	shingleRunes   = 5
	minhashSize    = 128
	lshBands       = 32
	lshRows        = minhashSize / lshBands
	duplicateScore = 0.8 // estimated Jaccard similarity at which two reports are one
	minDedupeRunes = 80  // shorter reports are too small to compare safely
)

// signature is a report's MinHash signature.
type signature [minhashSize]uint64

// Dedupe marks near-duplicate reports across the given documents: the first
// report of each group (in the order given) stands for the others, which get
// DuplicateOf; the first lists them in Duplicates. Previous marks are reset,
// so Dedupe can be run again after documents change.
func Dedupe(docs []*Document) { DedupeCached(docs, nil) }

// Signature is the MinHash signature of a report's text, which Dedupe
// compares; ok is false for a text too short to compare.
type Signature struct {
	Sig [minhashSize]uint64 `json:"s"`
	OK  bool                `json:"ok,omitempty"`
}

// SignatureKey is the key of a report text in a DedupeCached cache.
func SignatureKey(text string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(text))
	return h.Sum64()
}

// NewSignature is the signature of a report's text, as DedupeCached
// computes it for a text its cache lacks: ingest computes those of the
// files it reads beside reading them, and passes them in the cache.
func NewSignature(text string) Signature {
	var s Signature
	s.Sig, s.OK = minhash(Normalize(text))
	return s
}

// DedupeCached is Dedupe with the signatures of report texts kept in cache
// (by SignatureKey of the text), which it fills: texts seen in an earlier
// call are not hashed again. A nil cache keeps nothing.
func DedupeCached(docs []*Document, cache map[uint64]Signature) {
	type ref struct{ d, r int }
	var refs []ref
	var sigs []signature
	for di, d := range docs {
		for ri := range d.Reports {
			rep := &d.Reports[ri]
			rep.Duplicates, rep.DuplicateOf, rep.Disagreements = nil, "", nil
			text := d.Text[rep.Span.Start:rep.Span.End]
			var sig signature
			var ok bool
			if cache == nil {
				sig, ok = minhash(Normalize(text))
			} else {
				key := SignatureKey(text)
				c, hit := cache[key]
				if !hit {
					c.Sig, c.OK = minhash(Normalize(text))
					cache[key] = c
				}
				sig, ok = c.Sig, c.OK
			}
			if !ok {
				continue
			}
			refs = append(refs, ref{di, ri})
			sigs = append(sigs, sig)
		}
	}
	// Bucket by bands; compare only reports sharing a bucket.
	buckets := map[uint64][]int{}
	for i, sig := range sigs {
		for b := 0; b < lshBands; b++ {
			h := fnv.New64a()
			var buf [8]byte
			binary.LittleEndian.PutUint64(buf[:], uint64(b))
			h.Write(buf[:])
			for _, v := range sig[b*lshRows : (b+1)*lshRows] {
				binary.LittleEndian.PutUint64(buf[:], v)
				h.Write(buf[:])
			}
			key := h.Sum64()
			buckets[key] = append(buckets[key], i)
		}
	}
	keeper := make([]int, len(sigs))
	for i := range keeper {
		keeper[i] = -1
	}
	pairs := map[[2]int]bool{}
	for _, members := range buckets {
		for x := 0; x < len(members); x++ {
			for y := x + 1; y < len(members); y++ {
				a, b := members[x], members[y]
				if a > b {
					a, b = b, a
				}
				pairs[[2]int{a, b}] = true
			}
		}
	}
	ordered := make([][2]int, 0, len(pairs))
	for p := range pairs {
		ordered = append(ordered, p)
	}
	sort.Slice(ordered, func(i, j int) bool {
		if ordered[i][1] != ordered[j][1] {
			return ordered[i][1] < ordered[j][1]
		}
		return ordered[i][0] < ordered[j][0]
	})
	for _, p := range ordered {
		a, b := p[0], p[1]
		if keeper[b] >= 0 || similarity(&sigs[a], &sigs[b]) < duplicateScore {
			continue
		}
		for keeper[a] >= 0 {
			a = keeper[a]
		}
		keeper[b] = a
	}
	// Each group is answered by its final version: the member whose title
	// or file name says it is the final one (终稿, 定稿) over an unmarked
	// one over a draft (初稿, 征求意见稿); the first in order among equals.
	groups := map[int][]int{}
	for i, k := range keeper {
		if k >= 0 {
			groups[k] = append(groups[k], i)
		}
	}
	report := func(i int) *Report { return &docs[refs[i].d].Reports[refs[i].r] }
	roots := make([]int, 0, len(groups))
	for root := range groups {
		roots = append(roots, root)
	}
	sort.Ints(roots)
	for _, root := range roots {
		members := append([]int{root}, groups[root]...)
		sort.Ints(members)
		best := members[0]
		for _, m := range members[1:] {
			if versionRank(report(m)) > versionRank(report(best)) {
				best = m
			}
		}
		keep := report(best)
		for _, m := range members {
			if m == best {
				continue
			}
			dup := report(m)
			dup.DuplicateOf = keep.Ref()
			keep.Duplicates = append(keep.Duplicates, dup.Ref())
			keep.Disagreements = append(keep.Disagreements, disagreements(keep, dup)...)
		}
	}
}

// minhash computes the signature of a text's shingles, ignoring
// punctuation and spaces so formatting differences do not matter.
func minhash(norm string) (signature, bool) {
	var sig signature
	runes := make([]rune, 0, len(norm)/3)
	for _, r := range norm {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			runes = append(runes, r)
		}
	}
	if len(runes) < minDedupeRunes {
		return sig, false
	}
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	var buf [4 * shingleRunes]byte
	for i := 0; i+shingleRunes <= len(runes); i++ {
		for j := 0; j < shingleRunes; j++ {
			binary.LittleEndian.PutUint32(buf[4*j:], uint32(runes[i+j]))
		}
		h := fnv.New64a()
		h.Write(buf[:])
		base := h.Sum64()
		for k := range sig {
			// Independent hash functions from one base hash (Kirsch–Mitzenmacher style mixing).
			v := mix(base + uint64(k)*0x9E3779B97F4A7C15)
			if v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig, true
}

// mix is the SplitMix64 finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}

// similarity estimates the Jaccard similarity of two shingle sets.
func similarity(a, b *signature) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / minhashSize
}
