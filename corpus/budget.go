package corpus

import (
	"fmt"
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

// budget counts the bytes a parse holds against a limit.
type budget struct {
	limit int64 // 0: no limit
	used  int64
}

// charge adds n bytes; it reports whether the budget is now exceeded.
func (b *budget) charge(n int64) bool {
	if b == nil {
		return false
	}
	b.used += n
	return b.over()
}

// over reports whether the budget is exceeded.
func (b *budget) over() bool { return b != nil && b.limit > 0 && b.used > b.limit }

// chargeFigure counts one figure.
func (b *budget) chargeFigure(f *Figure) bool {
	return b.charge(figureOverhead + int64(len(f.Label)+len(f.Raw)+len(f.Qualifier)+2*len(f.Sentence)))
}

// chargeChunk counts one passage.
func (b *budget) chargeChunk(c *Chunk) bool {
	return b.charge(chunkOverhead + int64(len(c.ID)+len(c.Section)+len(c.Norm)))
}

// overBudget is the skip reason of a parse that passed its budget.
func overBudget(b *budget, what string) error {
	return &SkipError{Reason: fmt.Sprintf("parsing it needs more than the %d MiB memory budget of one file (corpus.file_memory_mb): %s", b.limit>>20, what)}
}
