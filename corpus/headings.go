package corpus

import (
	"iter"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Limits on what counts as a heading, in runes.
const (
	maxHeadingRunes = 40 // a heading sentence longer than this is body text with a number in front
	runInCutRunes   = 24 // where a run-in heading with no punctuation is cut at the latest
)

// headingFinalWords end a heading that runs straight into its paragraph with
// no punctuation ("(一)全力以赴抓好手足口病防治工作自___月___日…").
var headingFinalWords = []string{
	"工作", "建设", "工程", "体系", "机制", "制度", "成效", "任务", "问题", "改革",
	"管理", "能力", "水平", "服务", "措施", "情况", "目标", "成绩", "要点", "计划",
}

// wordFormers are characters that, placed before 一、 or 一是 without
// punctuation, make it part of a word ("统一、", "唯一是") rather than an
// outline number.
const wordFormers = "统第唯之万同单逐划专合均整归初周星择其另任某每这那哪不"

// outlineHeading is a heading found in a report.
type outlineHeading struct {
	m       marker
	level   int    // depth in the stack when it was accepted, 1-based
	heading Span   // the heading text, without its number
	body    int    // where the text after the heading starts
	display string // short form for paths
}

// parseOutline finds the headings of a report in text[span]. The text is the
// cleaned text (boilerplate blanked), span the report body.
func parseOutline(text string, span Span) []outlineHeading {
	type open struct {
		style style
		last  int
	}
	var stack []open
	var out []outlineHeading
	var titles partTitles
	lineStart := true
	afterPunct := true
	var prev rune
	inNotes := false // inside the numbered notes under a table ("注:1.…")
	tocs := tocSpans(text, span)
	for i := span.Start; i < span.End; {
		if len(tocs) > 0 && i >= tocs[0].Start {
			if i < tocs[0].End {
				i = tocs[0].End // a table of contents' entries open no sections
				continue
			}
			tocs = tocs[1:]
		}
		r, size := utf8.DecodeRuneInString(text[i:span.End])
		if r == '\n' {
			lineStart, afterPunct = true, true
			prev = r
			i += size
			continue
		}
		if isBlank(r) {
			i += size
			continue
		}
		if lineStart && notesOpen(text[i:span.End]) {
			inNotes = true
		}
		m, ok := matchMarker(text[:span.End], i)
		if ok && inNotes && m.style == styleNumDot {
			ok = false // "注:1. 2013年起,…" and "2. 2014年起,…": a table's notes
		}
		if !ok && lineStart && titles.allowed() {
			m, ok = matchPartTitle(text[:span.End], span, i)
		}
		if ok {
			depth := -1
			for d := range stack {
				if stack[d].style == m.style {
					depth = d
					break
				}
			}
			expected := 1
			if depth >= 0 {
				expected = stack[depth].last + 1
			}
			if acceptMarker(text[:span.End], m, lineStart, afterPunct, prev, depth, expected) {
				inNotes = false // a heading of another style ends the notes
				if depth >= 0 {
					stack = stack[:depth]
				}
				if m.style == styleAnnex || m.style == stylePartTitle {
					stack = stack[:0] // a part of its own, above the body's outline
				}
				stack = append(stack, open{style: m.style, last: m.num})
				h := headingAfter(text[:span.End], m)
				h.level = len(stack)
				titles.accepted(m, h.level)
				out = append(out, h)
				i = h.body
				lineStart, afterPunct = false, h.body > h.heading.End
				prev = 0
				continue
			}
		}
		lineStart = false
		afterPunct = isSentenceEnd(r) || r == '：' || r == ':'
		prev = r
		i += size
	}
	return out
}

// notesOpen reports whether a line opens the notes under a table or a
// list: "注:1. …", "注：", "备注:", "说明:1." — their numbered lines are
// notes, not headings.
func notesOpen(line string) bool {
	return notesOpener.MatchString(line)
}

// notesOpener opens a line of notes.
var notesOpener = regexp.MustCompile(`^(?:注|备注|附注|说明)\s*[:：]\s*(?:[0-9]|$|\n)`)

// isTableRowAt reports whether the line starting at i is a row of a
// space-aligned table: a name and two numbers or more.
func isTableRowAt(text string, i int) bool {
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		end = len(text)
	} else {
		end += i
	}
	_, _, ok := spaceRow(text, Span{i, end})
	return ok
}

// insideBarRow reports whether i stands in a table row after one of its
// bars: in a cell, not at the start of a line.
func insideBarRow(text string, i int) bool {
	line := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
	return strings.ContainsAny(line, "|｜")
}

// acceptMarker decides whether an outline number found in the text really
// opens a section.
func acceptMarker(text string, m marker, lineStart, afterPunct bool, prev rune, depth, expected int) bool {
	inSequence := m.num == expected
	if insideBarRow(text, m.start) {
		return false // "1 | 一、两慢病常用药免费服用 | …": a cell of a table row
	}
	if lineStart && (isTableRowAt(text, m.start) || numbersFollow(text, m.start) || outlineCellFollows(text, m.start) || barCellAmongCells(text, m.start)) || groupCellAmongCells(text, m) {
		// "一、医院    92    19833": a row of an aligned table; "一、本年新收
		// 政府信息公开申请数量" then its cells one a line: a row too; so is
		// "一、医疗机构情况 (间)" over a row numbered "1.1" alone on its line.
		return false
	}
	if m.style == styleAnnex || m.style == stylePartTitle {
		return lineStart
	}
	if (lineStart || afterPunct) && affiliationLine(text, m.start) {
		return false // "单位:1. 兴化市妇幼保健院 妇产科, 江苏 泰州 225700;": an author's unit
	}
	switch {
	case lineStart:
		if m.style == styleCNParen && !m.open && depth < 0 && m.num != 1 {
			return false // "二）" alone at a line start with no list open
		}
		if m.style == styleNumDot && cutMidSentence(text, m.start) {
			return false // "2、院通报表扬…": a shared document's page number, mid-sentence
		}
		return true
	case afterPunct:
		switch m.style {
		case styleNumDot, styleCircled:
			return inSequence
		case styleOrdinal:
			// "重点抓好以下几方面工作:一是…;二是…", "会议强调,一要…;二要…":
			// a list the sentence runs into after its colon or comma is its
			// text, not an outline.
			return inSequence && !strings.ContainsRune(runInListPunct, prev) && !(m.num > 1 && listRunIntoLine(text, m.start))
		case styleCNParen:
			return m.open || (inSequence && (depth >= 0 || secondFollows(text, m)))
		default:
			return inSequence
		}
	}
	// Run-in: the number sits inside running text with no punctuation before it.
	if strings.ContainsRune(wordFormers, prev) || isCNNumeral(prev) || (prev >= '0' && prev <= '9') {
		return false
	}
	switch m.style {
	case styleCNParen:
		if !m.open {
			return inSequence && (depth >= 0 || secondFollows(text, m))
		}
		return inSequence
	case styleCNDun, styleOrdinal:
		if m.style == styleOrdinal && strings.ContainsRune(runInListPunct, prev) {
			return false // "会议强调,一要…": the sentence runs into its list
		}
		if m.style == styleCNDun && m.end < len(text) {
			// "引进央企二、三级子公司": two numbers read together, not a heading.
			if next, _ := utf8.DecodeRuneInString(text[m.end:]); isCNNumeral(next) {
				return false
			}
		}
		return inSequence && (m.num > 1 || secondFollows(text, m))
	}
	return false
}

// postcodeEnd ends an address with its postcode: "江苏 泰州 225700;".
var postcodeEnd = regexp.MustCompile(`[\p{Han}\s]\d{6}\s*[;；。]?\s*$`)

// affiliationLine reports whether the line from i on is a paper's
// numbered author affiliation, its unit then an address ending in a
// postcode: no heading.
func affiliationLine(text string, i int) bool {
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 {
		end = len(text) - i
	}
	line := text[i : i+end]
	return strings.ContainsAny(line, ",，") && postcodeEnd.MatchString(line)
}

// minCutLineRunes is how long a line ending with no punctuation must be
// to be read as a paragraph cut by a page break, not a heading.
const minCutLineRunes = 60

// cutMidSentence reports whether the line before the one starting at i is
// a long paragraph that stops mid-sentence ("…公立医院综合改革工作获国务"):
// the number opening this line ("2、院通报表扬并奖励。") numbers a page of a
// document-sharing site's preview, and the text runs on.
func cutMidSentence(text string, i int) bool {
	end := strings.LastIndexByte(text[:i], '\n')
	if end <= 0 {
		return false
	}
	prev := strings.TrimRight(text[strings.LastIndexByte(text[:end], '\n')+1:end], " \t\r　")
	if utf8.RuneCountInString(prev) < minCutLineRunes {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	return unicode.Is(unicode.Han, last)
}

// runInListPunct are the marks after which a sentence runs into a list
// of its own: a colon or a comma ("会议强调,一要…").
const runInListPunct = "：:，,"

// firstOrdinalItem is the first item of a run-in list: "一是", "一要".
var firstOrdinalItem = regexp.MustCompile(`一(?:是|要)`)

// listRunIntoLine reports whether the line holding a later run-in item
// ("二是", "二要") opened its list after a colon or a comma: the whole
// list is text.
func listRunIntoLine(text string, at int) bool {
	start := strings.LastIndexByte(text[:at], '\n') + 1
	line := text[start:at]
	loc := firstOrdinalItem.FindStringIndex(line)
	if loc == nil || loc[0] == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(line[:loc[0]])
	return strings.ContainsRune(runInListPunct, prev)
}

// secondFollows reports whether a first list item run into the text ("一、",
// "一是", "一）") is followed by its second ("二、", "二是", "二）"): only then
// is it taken for an outline number.
func secondFollows(text string, m marker) bool {
	if m.num != 1 || !strings.HasPrefix(m.text, "一") {
		return m.num > 1
	}
	return strings.Contains(text[m.end:], "二"+strings.TrimPrefix(m.text, "一"))
}

// headingAfter reads the heading text that follows an outline number.
func headingAfter(text string, m marker) outlineHeading {
	h := outlineHeading{m: m}
	start := m.end
	for start < len(text) {
		r, size := utf8.DecodeRuneInString(text[start:])
		if r != ' ' && r != '\t' && r != '\u3000' {
			break
		}
		start += size
	}
	// Scan to the end of the line, at most a few sentences' worth.
	lineEnd := strings.IndexByte(text[start:], '\n')
	if lineEnd < 0 {
		lineEnd = len(text)
	} else {
		lineEnd += start
	}
	switch m.style {
	case styleAnnex:
		return annexHeading(text, m, h, start, lineEnd)
	case stylePartTitle:
		h.heading = Span{m.start, m.start + len(m.text)}
		h.body = h.heading.End
		h.display = shortHeading(m.text)
		return h
	}
	// A line that is short and has no sentence punctuation is a heading line.
	line := text[start:lineEnd]
	if n := utf8.RuneCountInString(strings.TrimSpace(line)); n <= maxHeadingRunes && !containsSentenceEnd(line) && !containsNextMarker(line) {
		h.heading = trimSpan(text, Span{start, lineEnd})
		h.body = lineEnd
		h.display = shortHeading(text[h.heading.Start:h.heading.End])
		return h
	}
	// Walk runes: stop at the first sentence punctuation, or at another
	// outline number run straight in.
	runes := 0
	firstComma := -1
	final := -1 // end of the first heading-final word, when one comes early enough
	commaRunes := 0
	for i := start; i < lineEnd; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSentenceEnd(r) || r == '：' || r == ':' {
			if runes <= maxHeadingRunes && runes > 0 {
				h.heading = trimSpan(text, Span{start, i})
				h.body = i + size
				h.display = shortHeading(text[h.heading.Start:h.heading.End])
				return h
			}
			break
		}
		if runes > 0 && runes <= maxHeadingRunes {
			if nm, ok := matchMarker(text, i); ok && nm.style != styleNumDot && nm.style != styleCircled && (nm.style != styleCNParen || nm.open || nm.num > 1) {
				if nm.style != m.style || nm.num == m.num+1 || nm.style == styleCNParen || nm.style == styleOrdinal {
					if final < 0 && firstComma < 0 {
						h.heading = trimSpan(text, Span{start, i})
						h.body = i
						h.display = shortHeading(text[h.heading.Start:h.heading.End])
						return h
					}
					break // the next heading starts here: decide from what came before
				}
			}
		}
		if (r == '，' || r == ',') && firstComma < 0 {
			firstComma = i
			commaRunes = runes
		}
		runes++
		i += size
		if final < 0 && runes >= 6 && runes <= runInCutRunes && firstComma < 0 {
			if w, ok := finalWordAt(text[:i], start); ok && !programmeWordAt(text[:lineEnd], i-len(w)) {
				final = i
				// "体系建设", "目标任务": keep adjacent final words together.
				for {
					n, ok := finalWordPrefix(text[final:lineEnd])
					if !ok {
						break
					}
					final += n
				}
			}
		}
		if runes > maxHeadingRunes+runInCutRunes {
			break
		}
	}
	if clause := text[start:lineEnd]; statedFigure.MatchString(clause[:clauseEnd(clause)]) {
		// "1.孕产妇免费产前筛查项目目标人群为500人,我区已完成…": the line
		// opens with a clause stating a figure, a sentence of a list and
		// no heading run into its text.
		final, firstComma = -1, -1
	}
	switch {
	case final > 0:
		h.heading = Span{start, final}
		h.body = final
	case firstComma > 0 && commaRunes >= 2 && commaRunes <= runInCutRunes:
		h.heading = Span{start, firstComma}
		h.body = firstComma
	default:
		// No way to tell where the heading ends: show its start, keep all
		// of the text as body.
		end := start
		for n := 0; n < runInCutRunes/2 && end < lineEnd; n++ {
			_, size := utf8.DecodeRuneInString(text[end:])
			end += size
		}
		h.heading = Span{start, end}
		h.body = start
		h.display = shortHeading(text[start:end]) + "…"
		return h
	}
	h.display = shortHeading(text[h.heading.Start:h.heading.End])
	return h
}

// statedFigure matches a number stated by its predicate ("人群为500人",
// "管理率达到65.2%", "共计683人").
var statedFigure = regexp.MustCompile(`(?:为|达|达到|是|共|计|共计)\s*\d`)

// clauseEnd is where the first clause of s ends: its first comma or
// sentence punctuation, else its end.
func clauseEnd(s string) int {
	if i := strings.IndexAny(s, "，,。；;：:！？!?"); i >= 0 {
		return i
	}
	return len(s)
}

// finalWordAt reports whether text[start:] ends with a heading-final word.
func finalWordAt(text string, start int) (string, bool) {
	for _, w := range headingFinalWords {
		if strings.HasSuffix(text[start:], w) {
			return w, true
		}
	}
	return "", false
}

// minRowNumbers is how many lines of a bare number after a numbered line
// make it a table's row, its cells one a line, rather than a heading.
const minRowNumbers = 2

// numbersFollow reports whether the line starting at i is followed by at
// least minRowNumbers lines that each hold a bare number.
func numbersFollow(text string, i int) bool {
	n := 0
	for s := range linesAfter(text, i) {
		switch {
		case s == "":
		case isValueCell(s):
			if n++; n >= minRowNumbers {
				return true
			}
		default:
			return false
		}
	}
	return false
}

// outlineCellFollows reports whether the next line with text after the
// line at i is an outline number alone ("1.1"): a table's row number, one
// cell a line.
func outlineCellFollows(text string, i int) bool {
	for s := range linesAfter(text, i) {
		if s != "" {
			return outlineNumber.MatchString(s)
		}
	}
	return false
}

// barCellAmongCells reports whether the line starting at i is a cell
// closed by a bar over another such cell ("一、卫生机构 |" over "个 |"): a
// row's name in a table laid out one cell a line, not a heading.
func barCellAmongCells(text string, i int) bool {
	barClosed := func(s string) bool {
		s = strings.TrimSpace(s)
		return strings.HasSuffix(s, "|") || strings.HasSuffix(s, "｜")
	}
	end := strings.IndexByte(text[i:], '\n')
	if end < 0 || !barClosed(text[i:i+end]) {
		return false
	}
	for s := range linesAfter(text, i) {
		if s != "" {
			return barClosed(s)
		}
	}
	return false
}

// groupCellAmongCells reports whether a marker alone on its line ("(一)")
// stands between cells of a table laid out one a line: the line above is
// a short cell (指标性质, 预期性) and so is the line below (a group's
// name). It numbers a group of the table's rows, not a part of the text.
func groupCellAmongCells(text string, m marker) bool {
	lineEnd := strings.IndexByte(text[m.end:], '\n')
	if lineEnd < 0 || strings.TrimSpace(text[m.end:m.end+lineEnd]) != "" {
		return false
	}
	lineStart := strings.LastIndexByte(text[:m.start], '\n') + 1
	if strings.Trim(text[lineStart:m.start], " \t\u3000(（") != "" {
		return false
	}
	cell := func(s string) bool {
		return s != "" && utf8.RuneCountInString(s) <= maxTableHeadRunes && !containsSentenceEnd(s)
	}
	if !cell(prevNonBlankLine(text, 0, lineStart)) {
		return false
	}
	for s := range linesAfter(text, m.start) {
		if s != "" {
			return cell(s)
		}
	}
	return false
}

// linesAfter yields, trimmed, the lines after the one starting at i.
func linesAfter(text string, i int) iter.Seq[string] {
	return func(yield func(string) bool) {
		for {
			end := strings.IndexByte(text[i:], '\n')
			if end < 0 {
				return
			}
			i += end + 1
			next := len(text)
			if k := strings.IndexByte(text[i:], '\n'); k >= 0 {
				next = i + k
			}
			if !yield(strings.TrimSpace(text[i:next])) {
				return
			}
		}
	}
}

// programmeWordAt reports whether a programme's name that holds a
// heading-final word starts at i ("计划生育", "计划免疫"): no heading ends
// inside it.
func programmeWordAt(text string, i int) bool {
	rest := text[i:]
	if len(rest) > 4*utf8.UTFMax {
		rest = rest[:4*utf8.UTFMax]
	}
	loc := notPlan.FindStringIndex(Simplify(strings.ToValidUTF8(rest, "")))
	return loc != nil && loc[0] == 0
}

// finalWordPrefix returns the length of the heading-final word s starts with.
func finalWordPrefix(s string) (int, bool) {
	for _, w := range headingFinalWords {
		if strings.HasPrefix(s, w) {
			return len(w), true
		}
	}
	return 0, false
}

// shortHeading is the part of a heading shown in paths: up to its first
// comma when what precedes the comma says enough.
func shortHeading(h string) string {
	h = strings.TrimSpace(h)
	for i, r := range h {
		if r == '，' || r == ',' {
			if utf8.RuneCountInString(h[:i]) >= 4 {
				return h[:i]
			}
			break
		}
	}
	return h
}

func containsSentenceEnd(s string) bool {
	return strings.ContainsAny(s, "。！？!?；;")
}

// containsNextMarker reports whether a short line has another outline number
// run into it after its start ("二、面临的困难和问题一是…", "投入不足二是…").
func containsNextMarker(line string) bool {
	var prev rune
	for i, r := range line {
		if i > 0 && (r == '(' || r == '（' || isCNNumeral(r)) && !strings.ContainsRune(wordFormers, prev) && !isCNNumeral(prev) {
			if m, ok := matchMarker(line, i); ok && (m.style == styleCNParen || m.style == styleOrdinal || m.style == styleCNDun) {
				return true
			}
		}
		prev = r
	}
	return false
}

// annexHeading reads the title of an annex: the rest of its line ("附件1
// 2026年省十件民生实事"), or the next line when "附件" stands alone; a
// glossary title is its own heading.
func annexHeading(text string, m marker, h outlineHeading, start, lineEnd int) outlineHeading {
	if !strings.HasPrefix(m.text, "附件") {
		h.heading = Span{m.end, m.end} // the title is the marker: its path shows it
		h.body = m.end
		return h
	}
	if strings.TrimSpace(text[start:lineEnd]) == "" && lineEnd < len(text) {
		next := lineEnd + 1
		for next < len(text) {
			e := strings.IndexByte(text[next:], '\n')
			if e < 0 {
				e = len(text)
			} else {
				e += next
			}
			line := strings.TrimSpace(text[next:e])
			if line == "" {
				if e >= len(text) {
					break
				}
				next = e + 1
				continue
			}
			if utf8.RuneCountInString(line) <= maxHeadingRunes && !containsSentenceEnd(line) {
				if _, ok := matchMarker(text, next+strings.Index(text[next:e], line)); !ok || strings.HasPrefix(line, "《") || strings.HasPrefix(line, "名") {
					start, lineEnd = next, e
				}
			}
			break
		}
	}
	h.heading = trimSpan(text, Span{start, lineEnd})
	h.body = lineEnd
	h.display = shortHeading(text[h.heading.Start:h.heading.End])
	return h
}
