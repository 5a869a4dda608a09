package retrieval

import (
	"context"
	"strings"
	"unicode/utf8"

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
			if items := announcedItems(hits[i].Text, d.Content); items != "" {
				hits[i].Rest = items
			}
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

// maxAnnouncedItems bounds the items announcedItems carries over, and
// maxAnnouncedItemRunes the length of one: a short line each, such as the
// projects a 民生实事 notice lists.
const (
	maxAnnouncedItems     = 20
	maxAnnouncedItemRunes = 40
)

// announcedItems is the list a hit's last line announces ("共15项,分别是:")
// when the next chunk opens with it as short numbered lines ("一、提升医疗服务
// \n二、规范食品管理…"): those lines, each on its own, so the passage holds
// what it announces. "" when the hit announces nothing or fewer than two
// such lines follow.
func announcedItems(text, next string) string {
	last := text
	if i := strings.LastIndexByte(strings.TrimRight(last, "\n"), '\n'); i >= 0 {
		last = last[i+1:]
	}
	if !corpus.AnnouncesList(last) {
		return ""
	}
	var items []string
	for _, line := range strings.Split(next, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !corpus.OpensItem(line) || utf8.RuneCountInString(line) > maxAnnouncedItemRunes || len(items) == maxAnnouncedItems {
			break
		}
		items = append(items, line)
	}
	if len(items) < 2 {
		return ""
	}
	return "\n" + strings.Join(items, "\n")
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
