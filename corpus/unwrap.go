package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text extracted from a PDF (by the PDF reader, or saved by pdftotext as
// a .txt) is hard-wrapped: every line of a paragraph is cut at the page's
// width, mid-sentence and mid-word ("预防是最经济最有\n效的健康策略"), and
// numbers are spaced from the characters around them ("到 2022 年"). Left
// so, a sentence is never whole: search misses the words cut in two and
// figures lose their labels. unwrap joins such lines back into paragraphs.

// minWrapWidth is the narrowest line, in display columns (a Chinese
// character is two), taken for a page's width: 15 characters.
const minWrapWidth = 30

// wrapSlack is how many columns short of the page's width a line may end
// and still be full: a line break avoids cutting a number or a word, and
// punctuation is set narrower than a character.
const wrapSlack = 8

// unwrap joins the lines of a hard-wrapped text into paragraphs: a full
// line (as wide as most lines) that does not end a sentence continues on
// the next, unless the next is empty or opens an outline item. Spaces the
// extraction put between Chinese characters and numbers go too. A text
// whose lines are not of one width is returned as it is.
func unwrap(text string) string {
	lines := strings.Split(text, "\n")
	width := wrapWidth(lines)
	if width == 0 {
		return text
	}
	table := make([]bool, len(lines)) // table rows and their translations: never part of a paragraph
	for i, l := range lines {
		table[i] = tableLine(l)
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t\r")
		b.WriteString(l)
		if i == len(lines)-1 {
			break
		}
		if i+2 < len(lines) && strings.TrimSpace(lines[i+1]) == "" && continuesOverBlank(l, lines[i+2], width) {
			i++ // the blank line is a page or column break inside a sentence
			continue
		}
		if table[i] || table[i+1] || !continues(l, lines[i+1], width) {
			b.WriteByte('\n')
		}
	}
	out := strings.Split(b.String(), "\n")
	for i, l := range out {
		if !tableLine(l) {
			out[i] = unspaceNumbers(l) // a table row's spaces part its cells
		}
	}
	return strings.Join(out, "\n")
}

// tableLine reports whether a line is a row of an aligned table ("执业医师
// 4743 8569 8076": a name and two numbers or more after it) or a yearbook's
// English translation of one: never part of a wrapped paragraph.
func tableLine(l string) bool {
	if translationLine(l) {
		return true
	}
	f := strings.Fields(l)
	n := 0
	for n < len(f) && isValueCell(f[len(f)-1-n]) {
		n++
	}
	return n >= 2
}

// continuesOverBlank reports whether line l runs on into next across a
// blank line that a page or column break left inside a sentence ("…未成年人
// 救\n\n助保护机构…"): l is at least half a line, is no heading and ends
// mid-sentence with a character, a 、 or a ，, and next opens no outline
// item and starts with a character.
func continuesOverBlank(l, next string, width int) bool {
	l = strings.TrimSpace(l)
	next = strings.TrimSpace(next)
	if l == "" || next == "" || strings.ContainsRune(l, '\t') || displayWidth(l) < width/2 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	first, _ := utf8.DecodeRuneInString(next)
	if !(unicode.Is(unicode.Han, last) || last == '、' || last == '，') || !unicode.Is(unicode.Han, first) {
		return false
	}
	if level, _ := MarkerLevel(l); level >= 0 {
		return false
	}
	if level, _ := MarkerLevel(next); level >= 0 {
		return false
	}
	if IsMetadataLine(l) || IsMetadataLine(next) || isTitleDebris(l) || articleDateline(next) || clockedDate.MatchString(next) && strings.Index(next, clockedDate.FindString(next)) == 0 {
		// A page's breadcrumb ("您当前的位置:首页 » …") or date line
		// ("发布时间: …", "2025-01-19 10:47:47 来源: …") is a line of
		// its own, however wide.
		return false
	}
	return true
}

// wrapWidth is the width of a hard-wrapped text's lines, 0 when the text
// is not hard-wrapped: the most common width among lines of some length,
// shared (within the slack) by at least a third of them and by 5 or more.
func wrapWidth(lines []string) int {
	count := map[int]int{}
	long := 0
	for _, l := range lines {
		if strings.ContainsRune(l, '\t') {
			continue
		}
		w := displayWidth(strings.TrimSpace(l))
		if w < minWrapWidth || tableLine(l) {
			continue
		}
		long++
		count[w]++
	}
	best, bestN := 0, 0
	for w := range count {
		n := 0
		for d := 0; d <= wrapSlack/2; d++ {
			n += count[w-d]
		}
		if n > bestN || n == bestN && w > best {
			best, bestN = w, n
		}
	}
	if bestN < 5 || 3*bestN < long {
		return 0
	}
	return best
}

// continues reports whether line l of a text wrapped at width runs on into
// next.
func continues(l, next string, width int) bool {
	l = strings.TrimSpace(l)
	next = strings.TrimSpace(next)
	if l == "" || next == "" || strings.ContainsRune(l, '\t') || displayWidth(l) < width-wrapSlack {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	if isSentenceEnd(last) || last == '：' || last == ':' {
		return false
	}
	if level, _ := MarkerLevel(next); level >= 0 {
		return false
	}
	if IsMetadataLine(l) || IsMetadataLine(next) || isTitleDebris(l) || articleDateline(next) || clockedDate.MatchString(next) && strings.Index(next, clockedDate.FindString(next)) == 0 {
		// A page's breadcrumb ("您当前的位置:首页 » …") or date line
		// ("发布时间: …", "2025-01-19 10:47:47 来源: …") is a line of
		// its own, however wide.
		return false
	}
	return true
}

// displayWidth counts a wide (CJK) rune as two columns, others as one.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		if r >= 0x1100 && (unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hangul, unicode.Hiragana, unicode.Katakana) || r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFF60) {
			w += 2
		} else {
			w++
		}
	}
	return w
}

// unspaceNumbers removes a single space between a Chinese character and a
// number or percent sign ("到 2022 年" → "到2022年", "13 号" → "13号").
func unspaceNumbers(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && (isHanRune(rs[i-1]) && isNumberStart(rs[i+1]) || isNumberEnd(rs[i-1]) && isHanRune(rs[i+1])) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

func isHanRune(r rune) bool {
	return unicode.Is(unicode.Han, r) || r == '〔' || r == '〕' || r == '（' || r == '）'
}

func isNumberStart(r rune) bool { return r >= '0' && r <= '9' }

func isNumberEnd(r rune) bool { return r >= '0' && r <= '9' || r == '%' }
