package corpus

import (
	"fmt"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// A file's parse is bounded in memory (issue 15). Parsing is linear in the
// text, but what it makes is not bounded by the text's size alone: a
// paragraph dense with figures ("…签约率达到50.2%比2022年提高3.1个百分点新建
// 村卫生室12个…", one figure every 33 bytes) gives tens of thousands of
// figures a megabyte, and each is held by the ingest and indexed with its
// sentence. A budget counts, as the parse makes them, the bytes the
// document will hold (its text, passages and figures with their strings)
// and what indexing them takes beside (the keyword documents, the passage
// vectors); a parse that passes it stops at once and the file is skipped.

// DefaultMaxMemory is the memory budget of one file when none is set
// (config corpus.file_memory_mb).
const DefaultMaxMemory = 1 << 30

// Per-item costs beyond the strings counted, in bytes: the structs, the
// keyword document a passage or figure becomes (its analysed terms and
// stored record) and a passage's vector, as measured on run-on paragraphs
// (BenchmarkIngestRunOn in ./ingest: live heap at the build's peak over
// the figures and passages made).
const (
	figureOverhead  = int64(unsafe.Sizeof(Figure{})) + 1024
	chunkOverhead   = int64(unsafe.Sizeof(Chunk{})) + 4096 + 1024
	sectionOverhead = int64(unsafe.Sizeof(Section{})) + 256
	// textCopies is how many times the text is held: the document's text,
	// the working copy parsing reads, the passages' normalised text and
	// the keyword index's copy of it.
	textCopies = 4
)

// termOverhead is what one distinct word of a file costs the keyword
// index being built (its dictionary entry, postings and bitmaps in each of
// the two text fields), measured on a file of numbered points ("1.", "2.",
// …, a million distinct numbers in 8 MB), and what counting it costs here.
const termOverhead = 640

// budget counts the bytes a parse holds against a limit.
type budget struct {
	limit int64 // 0: no limit
	used  int64
	terms map[uint64]struct{} // the distinct words of the passages so far (chargeTerms)
}

// heapHeadroom scales what is counted to the memory it takes: Go's
// collector lets the heap grow past what is live before it runs, and the
// peak resident set of ingesting one file measured 1.35 to 1.5 times the
// bytes counted (run-on paragraphs of 4 and 8 MB, numbered points of 8 MB),
// over the process's own 50 MB.
const heapHeadroom = 1.5

// charge adds n bytes; it reports whether the budget is now exceeded.
func (b *budget) charge(n int64) bool {
	if b == nil {
		return false
	}
	b.used += int64(float64(n) * heapHeadroom)
	return b.over()
}

// over reports whether the budget is exceeded.
func (b *budget) over() bool { return b != nil && b.limit > 0 && b.used > b.limit }

// chargeFigure counts one figure.
func (b *budget) chargeFigure(f *Figure) bool {
	return b.charge(figureOverhead + int64(len(f.Label)+len(f.Raw)+len(f.Qualifier)+2*len(f.Sentence)+len(f.Lead)))
}

// chargeChunk counts one passage, with the words of it the keyword index
// has not met yet in the file.
func (b *budget) chargeChunk(c *Chunk) bool {
	b.chargeTerms(c.Norm)
	return b.charge(chunkOverhead + int64(len(c.ID)+len(c.Section)+len(c.Norm)))
}

// chargeTerms counts the distinct words of norm not met before in the
// file: runs of ASCII letters and digits (numbers, Latin words) and pairs
// of Chinese characters, as the keyword index cuts text. Ordinary text
// repeats its words; a text of numbered points or random characters makes
// each a new term, and the index's memory grows with them.
func (b *budget) chargeTerms(norm string) {
	if b == nil || b.limit <= 0 {
		return
	}
	if b.terms == nil {
		b.terms = map[uint64]struct{}{}
	}
	add := func(k uint64) {
		if _, ok := b.terms[k]; !ok {
			b.terms[k] = struct{}{}
			b.charge(termOverhead)
		}
	}
	var prev rune
	word := uint64(0) // FNV-1a of the ASCII word being read, 0 for none
	for _, r := range norm {
		if r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.' && word != 0) {
			if word == 0 {
				word = 14695981039346656037
			}
			word = (word ^ uint64(r)) * 1099511628211
			prev = 0
			continue
		}
		if word != 0 {
			add(word &^ (1 << 63))
			word = 0
		}
		if unicode.Is(unicode.Han, r) {
			if prev != 0 {
				add(1<<63 | uint64(prev)<<32 | uint64(r))
			}
			prev = r
		} else {
			prev = 0
		}
	}
	if word != 0 {
		add(word &^ (1 << 63))
	}
}

// overBudget is the skip reason of a parse that passed its budget.
func overBudget(b *budget, what string) error {
	return &SkipError{Reason: fmt.Sprintf("parsing it needs more than the %d MiB memory budget of one file (corpus.file_memory_mb): %s", b.limit>>20, what)}
}

// sizeText is n bytes in MiB, or KiB under one MiB.
func sizeText(n int) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d KiB", (n+1023)>>10)
	}
	return fmt.Sprintf("%d MiB", n>>20)
}
