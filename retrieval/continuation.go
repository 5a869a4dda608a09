package retrieval

import (
	"context"
	"strings"
)

// fieldNext and fieldPrev are the vector metadata naming the chunk that
// continues a chunk's last paragraph and the one whose last paragraph its
// first continues (corpus.Chunk.Next, Prev).
const (
	fieldNext = "next"
	fieldPrev = "prev"
)

// paragraphRest reads the rest of a hit's last paragraph from the chunk
// that continues it: a long paragraph is cut into several passages, and
// what its opening sentence announces ("加快建设健康江苏。") often stands in
// the next one. The continuation has the hit's year (a paragraph belongs to
// one section). Empty when the paragraph ends in the hit.
func (ix *Index) paragraphRest(ctx context.Context, h scoredHit) string {
	if h.next == "" {
		return ""
	}
	d, err := ix.chunkByID(ctx, h.next, h.Year)
	if err != nil {
		return ""
	}
	rest, _, _ := strings.Cut(d.Content, "\n")
	return rest
}

// paragraphLead reads the opening sentence of a hit's first paragraph
// from the chunk before it, when the hit begins inside a paragraph: it
// names what the paragraph is about ("五年来，我们大力发展民生社会事业…"
// opens what the hit continues). An ellipsis marks the text left out
// between; empty when the paragraph starts in the hit.
func (ix *Index) paragraphLead(ctx context.Context, h scoredHit) string {
	if h.prev == "" {
		return ""
	}
	d, err := ix.chunkByID(ctx, h.prev, h.Year)
	if err != nil {
		return ""
	}
	para := d.Content
	if i := strings.LastIndexByte(para, '\n'); i >= 0 {
		para = para[i+1:]
	}
	end := strings.IndexAny(para, "。！？")
	if end < 0 {
		return ""
	}
	end += len("。")
	if end == len(para) {
		return para
	}
	return para[:end] + "…"
}
