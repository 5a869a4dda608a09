package bot

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A list question often names a part of a document whose items are
// sections of their own: "“防控重大疾病”下面有哪几个专项行动" asks for the
// headings under "（三）防控重大疾病" (11.实施心脑血管疾病防治行动 … 15.…),
// each a passage whose own text never repeats the parent's words.

// parentList answers a list question whose topic a heading above the
// found passages' own sections names with that heading's subsections, in
// order, each cited by its passage; ok is false when no such heading is
// found, or one of the passages' own headings names the topic (the list
// answer takes that section's items), or it has fewer than two
// subsections.
func (b *Bot) parentList(ctx context.Context, question, searchText string, hits []corpus.Hit) (Answer, bool) {
	topic := understand.Topic(question)
	t := bigrams(topic)
	if fieldTopic(topic) || len(t) == 0 {
		return Answer{}, false
	}
	terms := addedTerms(question, searchText)
	var path, file string
	for _, h := range hits {
		names := headingNamer(withoutTitle(topic, h.Title), terms)
		parts := strings.Split(h.Section, " > ")
		if names(parts[len(parts)-1]) {
			return Answer{}, false
		}
		for i := 0; i < len(parts)-1 && path == ""; i++ {
			if names(parts[i]) {
				path, file = strings.Join(parts[:i+1], " > "), h.File
			}
		}
	}
	if path == "" {
		return Answer{}, false
	}
	items, sources := b.parentChildren(ctx, path, file)
	if len(items) < 2 {
		return Answer{}, false
	}
	return itemsAnswer(fmt.Sprintf("“%s”下有：", lastHeading(path)), items, sources), true
}

// parentChildren reads the passages under a parent section of one file
// (a search for its path within the file) and returns its direct
// subsections' headings in document order, each with the passage it came
// from as a source.
func (b *Bot) parentChildren(ctx context.Context, path, file string) ([]listItem, []Source) {
	// The vectors embed each passage with its section path, so a search
	// for the path finds the passages under it that never name it.
	res, err := b.search.Search(ctx, corpus.Query{Text: path, Filters: corpus.Filters{File: file}, K: 40, Mode: corpus.VectorOnly})
	if err != nil {
		return nil, nil
	}
	type child struct {
		heading string
		marker  int
		hit     corpus.Hit
	}
	var kids []child
	seen := map[string]bool{}
	add := func(name string, h corpus.Hit) {
		name = strings.TrimRight(strings.TrimSpace(name), "。")
		if name != "" && !seen[name] {
			seen[name] = true
			kids = append(kids, child{name, markerOrder(name), h})
		}
	}
	parent := strings.TrimRight(lastHeading(path), "。")
	for _, h := range res.Hits {
		switch {
		case strings.HasPrefix(h.Section, path+" > "):
			// A subsection passage: its section names the child.
			name, _, _ := strings.Cut(strings.TrimPrefix(h.Section, path+" > "), " > ")
			add(name, h)
		case h.Section == path:
			// Small subsections grouped into one passage under the
			// parent's path: their numbered lines name them.
			for _, line := range numberedLines(h.Text, parent) {
				add(line, h)
			}
		}
	}
	// Document order: by the outline number the headings carry.
	for i := 1; i < len(kids); i++ {
		for j := i; j > 0 && kids[j].marker < kids[j-1].marker; j-- {
			kids[j], kids[j-1] = kids[j-1], kids[j]
		}
	}
	var items []listItem
	var sources []Source
	srcOf := map[string]int{}
	for _, k := range kids {
		n, ok := srcOf[k.hit.ChunkID]
		if !ok {
			n = len(sources) + 1
			srcOf[k.hit.ChunkID] = n
			sources = append(sources, sourceOf(k.hit, n))
		}
		items = append(items, listItem{k.heading, n})
	}
	return items, sources
}

// ordinalLine opens with a run-in list number ("一是", "十二是"), deeper
// than any outline number.
var ordinalLine = regexp.MustCompile(`^\s*[一二三四五六七八九十]{1,3}是`)

// ordinalLevel ranks 一是 items below every outline level MarkerLevel gives.
const ordinalLevel = 6

// numberedLines are the first sentences of the outline-numbered lines of
// a passage at the highest level it holds, leaving out the parent's own
// heading line.
func numberedLines(text, parent string) []string {
	type line struct {
		level int
		head  string
	}
	var lines []line
	top := -1
	for _, l := range strings.Split(text, "\n") {
		level, _ := corpus.MarkerLevel(l)
		if level < 0 && ordinalLine.MatchString(l) {
			level = ordinalLevel // "一是…" items grouped into their parent's passage
		}
		head, _, _ := strings.Cut(strings.TrimSpace(l), "。")
		if level < 0 || head == parent || strings.HasPrefix(strings.TrimSpace(l), parent) {
			continue // the parent's own heading line, also with its text run in
		}
		lines = append(lines, line{level, head})
		if top < 0 || level < top {
			top = level
		}
	}
	var out []string
	for _, l := range lines {
		if l.level == top {
			out = append(out, l.head)
		}
	}
	return out
}

// markerOrder is the number an outline heading starts with ("12.实施…" →
// 12, "（三）…" → 3), or a large number when it has none.
func markerOrder(heading string) int {
	if n, ok := corpus.MarkerNumber(heading); ok {
		return n
	}
	return 1 << 30
}
