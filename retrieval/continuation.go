package retrieval

import (
	"context"
	"strings"
)

// fieldNext is the vector metadata naming the chunk that continues a
// chunk's last paragraph (corpus.Chunk.Next).
const fieldNext = "next"

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
