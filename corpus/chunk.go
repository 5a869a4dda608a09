package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultChunkRunes is the default upper bound of a chunk's length in runes.
const DefaultChunkRunes = 500

// chunker cuts one report into chunks that follow its outline: a section
// that fits is one chunk (headings included, so the chunk carries its own
// context); small sibling sections of the same kind and year share a chunk;
// a section too long is cut between sentences, never inside one unless a
// single sentence is itself too long, and never inside a number.
type chunker struct {
	doc      *Document
	work     string
	rep      *Report
	maxRunes int
	children [][]int // children[i]: indexes of the direct subsections of section i
	seen     map[string]int
	budget   *budget // nil: none; once exceeded, nothing more is added
	out      []Chunk
}

// buildChunks cuts a report into chunks of at most maxRunes runes.
// It stops early once b is exceeded.
func buildChunks(doc *Document, work string, rep *Report, maxRunes int, seen map[string]int, b *budget) []Chunk {
	if maxRunes <= 0 {
		maxRunes = DefaultChunkRunes
	}
	c := &chunker{doc: doc, work: work, rep: rep, maxRunes: maxRunes, seen: seen, budget: b}
	c.children = sectionChildren(rep.Sections)
	c.emitLong(rep.Sections[0].Body, 0)
	c.emitChildren(0)
	c.linkContinuations()
	return c.out
}

// sectionChildren links each section to its direct subsections.
func sectionChildren(secs []Section) [][]int {
	children := make([][]int, len(secs))
	stack := []int{0}
	for i := 1; i < len(secs); i++ {
		for len(stack) > 1 && secs[stack[len(stack)-1]].Level >= secs[i].Level {
			stack = stack[:len(stack)-1]
		}
		parent := stack[len(stack)-1]
		children[parent] = append(children[parent], i)
		stack = append(stack, i)
	}
	return children
}

// emit places section i: whole if it fits and is of one kind and year,
// otherwise its heading and opening text grouped with its subsections.
func (c *chunker) emit(i int) {
	s := c.rep.Sections[i]
	if c.runes(s.Span) <= c.maxRunes && c.uniform(i) {
		c.add(s.Span, i)
		return
	}
	c.emitChildren(i)
}

// emitChildren groups a section's opening text and its consecutive small
// subsections of the same kind and year into shared chunks, labelled with
// the section's path; a subsection too big is placed on its own. A heading
// with no text of its own is only kept as part of a group.
func (c *chunker) emitChildren(parent int) {
	type item struct {
		span Span
		sec  int
		kind Kind
		year int
		size int
		fits bool // can join a group
	}
	var items []item
	ps := c.rep.Sections[parent]
	if parent > 0 {
		intro := trimSpan(c.work, Span{ps.Span.Start, ps.Body.End})
		items = append(items, item{span: intro, sec: parent, kind: ps.Kind, year: ps.Year, size: c.runes(intro), fits: true})
	}
	for _, ch := range c.children[parent] {
		s := c.rep.Sections[ch]
		n := c.runes(s.Span)
		items = append(items, item{span: s.Span, sec: ch, kind: s.Kind, year: s.Year, size: n, fits: n <= c.maxRunes && c.uniform(ch)})
	}
	var group []item
	flush := func() {
		switch {
		case len(group) == 1 && group[0].sec == parent && parent > 0:
			if ps.Body.Len() > 0 { // an opening text alone; a bare heading is dropped
				c.emitLong(group[0].span, parent)
			}
		case len(group) == 1:
			c.add(group[0].span, group[0].sec)
		case len(group) > 1:
			c.addAs(Span{group[0].span.Start, group[len(group)-1].span.End}, parent, group[0].kind, group[0].year)
		}
		group = group[:0]
	}
	for _, it := range items {
		if it.sec == parent && it.size > c.maxRunes {
			c.emitLong(it.span, parent)
			continue
		}
		if !it.fits {
			flush()
			c.emit(it.sec)
			continue
		}
		if len(group) > 0 && (c.runes(Span{group[0].span.Start, it.span.End}) > c.maxRunes || group[0].kind != it.kind || group[0].year != it.year) {
			flush()
		}
		group = append(group, it)
	}
	flush()
}

// uniform reports whether section i and everything under it share one kind
// and year.
func (c *chunker) uniform(i int) bool {
	s := c.rep.Sections[i]
	for _, ch := range c.children[i] {
		cs := c.rep.Sections[ch]
		if cs.Kind != s.Kind || cs.Year != s.Year || !c.uniform(ch) {
			return false
		}
	}
	return true
}

// emitLong cuts a span of one section into chunks between sentences.
func (c *chunker) emitLong(span Span, sec int) {
	span = trimSpan(c.work, span)
	if span.Len() == 0 {
		return
	}
	if c.runes(span) <= c.maxRunes {
		c.add(span, sec)
		return
	}
	// Pieces: whole paragraphs that fit in a chunk, else the sentences
	// of a longer paragraph (and the clauses of a longer sentence). A
	// paragraph is never cut when it fits in a chunk of its own: its
	// opening sentence often names what the rest is about.
	var pieces []Span
	for _, para := range lines(c.work[span.Start:span.End]) {
		para = trimSpan(c.work, Span{span.Start + para.Start, span.Start + para.End})
		if para.Len() == 0 {
			continue
		}
		if c.runes(para) <= c.maxRunes {
			pieces = append(pieces, para)
			continue
		}
		for _, s := range sentences(c.work, para) {
			if c.runes(s) <= c.maxRunes {
				pieces = append(pieces, s)
				continue
			}
			pieces = append(pieces, splitLong(c.work, s, c.maxRunes)...)
		}
	}
	cur := Span{-1, -1}
	for i, p := range pieces {
		if c.budget.over() {
			return
		}
		if cur.Start >= 0 && c.runes(Span{cur.Start, p.End}) > c.maxRunes {
			if last := pieces[i-1]; last.Start > cur.Start && IsBareHeadLine(c.work[last.Start:last.End]) {
				// A short unnumbered line ("组织协调") heads the
				// paragraph after it: it opens the next chunk with
				// that paragraph, not ends this one.
				c.add(Span{cur.Start, pieces[i-2].End}, sec)
				cur = last
			} else {
				c.add(cur, sec)
				cur = Span{-1, -1}
			}
		}
		if cur.Start < 0 {
			cur.Start = p.Start
		}
		cur.End = p.End
	}
	if cur.Start >= 0 {
		c.add(cur, sec)
	}
}

// maxBareHeadRunes bounds a line with no number that heads a paragraph.
const maxBareHeadRunes = 12

// IsBareHeadLine reports whether a line is short and holds no punctuation
// or digit: a heading without a number ("组织协调"), not a sentence.
func IsBareHeadLine(line string) bool {
	line = strings.TrimSpace(line)
	return line != "" && utf8.RuneCountInString(line) <= maxBareHeadRunes && !strings.ContainsAny(line, "，,。；;：:、!！?？0123456789")
}

// linkContinuations names in each chunk cut inside a paragraph the chunk
// that continues it (Next) and in that one the chunk before (Prev), so that
// a search can read a paragraph whole: what its opening sentence announces
// may stand in the next chunk, and the opening in the one before.
//
// A chunk whose last paragraph announces a list with a colon ("重点抓好以下
// 十二项任务：") is continued by the next too: the list is what it says.
func (c *chunker) linkContinuations() {
	for i := 0; i+1 < len(c.out); i++ {
		cur, next := &c.out[i], &c.out[i+1]
		if next.Span.Start < cur.Span.End {
			continue
		}
		between := c.work[cur.Span.End:next.Span.Start]
		sameParagraph := next.Section == cur.Section && !strings.Contains(between, "\n")
		// The announced list's items may be read as headings under the
		// announcing section ("一是大力实施…").
		listFollows := strings.HasPrefix(next.Section, cur.Section) && strings.TrimSpace(between) == "" && AnnouncesList(c.work[cur.Span.Start:cur.Span.End])
		if sameParagraph || listFollows {
			cur.Next, next.Prev = next.ID, cur.ID
		}
	}
}

// AnnouncesList reports whether a text ends with a colon that announces
// what follows it.
func AnnouncesList(text string) bool {
	t := strings.TrimSpace(text)
	return strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")
}

// splitLong cuts one over-long sentence at clause punctuation, and only as a
// last resort between two runes that are not part of a number or word.
func splitLong(text string, s Span, maxRunes int) []Span {
	var out []Span
	start := s.Start
	lastBreak := -1
	n := 0
	for i := s.Start; i < s.End; {
		r, size := utf8.DecodeRuneInString(text[i:s.End])
		i += size
		n++
		if r == '，' || r == ',' || r == '、' || r == '：' || r == ':' {
			lastBreak = i
		}
		if n >= maxRunes {
			cut := lastBreak
			if cut <= start {
				cut = safeCut(text, start, i)
			}
			out = append(out, trimSpan(text, Span{start, cut}))
			start = cut
			lastBreak = -1
			n = utf8.RuneCountInString(text[start:i])
		}
	}
	if start < s.End {
		out = append(out, trimSpan(text, Span{start, s.End}))
	}
	return out
}

// safeCut moves a cut point back so it does not split a number, a Latin
// word or a blank ("___").
func safeCut(text string, start, cut int) int {
	c := cut
	for c > start {
		r, size := utf8.DecodeLastRuneInString(text[start:c])
		next, _ := utf8.DecodeRuneInString(text[c:])
		if !(isNumberRune(r) && isNumberRune(next)) {
			return c
		}
		c -= size
	}
	return cut
}

func isNumberRune(r rune) bool {
	return unicode.IsDigit(r) || unicode.IsLetter(r) && r < 0x80 || r == '.' || r == '%' || r == '_' || r == ',' || r == '．' || r == '％'
}

func (c *chunker) runes(s Span) int { return utf8.RuneCountInString(c.work[s.Start:s.End]) }

// add records a chunk labelled with section sec.
func (c *chunker) add(span Span, sec int) {
	s := c.rep.Sections[sec]
	c.addAs(span, sec, s.Kind, s.Year)
}

func (c *chunker) addAs(span Span, sec int, kind Kind, year int) {
	span = trimSpan(c.work, span)
	if span.Len() == 0 || c.budget.over() {
		return
	}
	text := c.work[span.Start:span.End]
	norm := Normalize(text)
	id := chunkID(c.doc.File, norm)
	if n := c.seen[id]; n > 0 {
		c.seen[id] = n + 1
		id += "-" + strconv.Itoa(n+1)
	} else {
		c.seen[id] = 1
	}
	c.out = append(c.out, Chunk{
		ID:      id,
		Report:  c.rep.ID,
		Section: c.rep.Sections[sec].PathString(),
		Kind:    kind,
		Year:    year,
		Span:    span,
		Text:    strings.TrimSpace(text),
		Norm:    norm,
	})
	c.budget.chargeChunk(&c.out[len(c.out)-1])
}

// chunkID derives a chunk's ID from its file and normalised text, so the
// same passage keeps its ID (and its cached embedding) across ingests.
func chunkID(file, norm string) string {
	h := sha256.New()
	h.Write([]byte(file))
	h.Write([]byte{0})
	h.Write([]byte(norm))
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// OpensItem reports whether a line opens with an outline number ("一、",
// "（二）", "3.", "第四"), as the items of an announced list do.
func OpensItem(line string) bool {
	_, ok := matchMarker(strings.TrimSpace(line), 0)
	return ok
}
