package retrieval

import (
	"context"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// fieldNext and fieldPrev are the vector metadata naming the chunk that
// continues a chunk's last paragraph and the one whose last paragraph its
// first continues (corpus.Chunk.Next, Prev).
const (
	fieldNext = "next"
	fieldPrev = "prev"
)

// continueParagraphs fills the Rest and Lead of hits from the chunks
// before and after them (paragraphRest, paragraphLead), read from src at
// once. The neighbours have the hit's year (a paragraph belongs to one
// section).
func continueParagraphs(ctx context.Context, src source, hits []scoredHit) error {
	var ids []string
	var years []int
	for _, h := range hits {
		for _, id := range []string{h.next, h.prev} {
			if id != "" {
				ids = append(ids, id)
				years = append(years, h.Year)
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	got, err := src.chunks(ctx, ids, years)
	if err != nil {
		return err
	}
	for i := range hits {
		if d, ok := got[hits[i].next]; ok && hits[i].next != "" {
			hits[i].Rest = paragraphRest(d.Content)
		}
		if d, ok := got[hits[i].prev]; ok && hits[i].prev != "" {
			hits[i].Lead = paragraphLead(d.Content)
		}
	}
	return nil
}

// paragraphRest is the rest of a hit's last paragraph in the text of the
// chunk that continues it: a long paragraph is cut into several passages,
// and what its opening sentence announces ("加快建设健康江苏。") often
// stands in the next one.
func paragraphRest(next string) string {
	rest, _, _ := strings.Cut(next, "\n")
	return rest
}

// paragraphLead is the opening sentence of a hit's first paragraph, from
// the text of the chunk before it, when the hit begins inside a
// paragraph: it names what the paragraph is about ("五年来，我们大力发展民生
// 社会事业…" opens what the hit continues). An ellipsis marks the text left
// out between; empty when no sentence of it ends there.
func paragraphLead(prev string) string {
	para := prev
	if i := strings.LastIndexByte(para, '\n'); i >= 0 {
		para = para[i+1:]
	}
	if corpus.AnnouncesList(para) {
		return strings.TrimSpace(para) // "重点抓好以下十二项任务：": what the hit's list is
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
