package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// style is a kind of outline number. Chinese official documents nest them
// as 一、 > （一） > 1. > （1） > ①, with 一是/二是 lists inside paragraphs,
// but real files skip and reorder levels, so levels are assigned by the
// order in which styles open, not by a fixed table.
type style int

const (
	styleNone      style = iota
	stylePart            // 第一部分, 第一章
	styleCNDun           // 一、
	styleCNParen         // （一） and the broken form 一）
	styleNumDot          // 1. 1、 1．
	styleNumParen        // （1）
	styleCircled         // ①
	styleOrdinal         // 一是, 一要, 第一，
	styleAnnex           // 附件1, 附件, 名词解释: a part after the body, always on top
	stylePartTitle       // a bare title line over a main part ("2026年重点工作"), always on top
)

// marker is an outline number found in the text.
type marker struct {
	style style
	num   int
	start int    // byte offset of the number
	end   int    // byte offset just after the number and its punctuation
	text  string // the number as written
	open  bool   // for styleCNParen: written with its opening parenthesis
}

// canonical is the number as shown in section paths: full-width parentheses,
// a dot after Arabic numbers.
func (m marker) canonical() string {
	switch m.style {
	case styleCNParen:
		return "（" + toChineseNumber(m.num) + "）"
	case styleNumParen:
		return "（" + strconv.Itoa(m.num) + "）"
	case styleNumDot:
		return strconv.Itoa(m.num) + "."
	case styleCNDun:
		return toChineseNumber(m.num) + "、"
	case styleAnnex:
		if strings.HasPrefix(m.text, "附件") {
			return m.text + " "
		}
	case stylePartTitle:
		return "" // the title is the heading
	}
	return m.text
}

const cnNumerals = "一二三四五六七八九十百两"

func isCNNumeral(r rune) bool { return strings.ContainsRune(cnNumerals, r) }

// matchMarker tries to read an outline number at text[i:].
func matchMarker(text string, i int) (marker, bool) {
	rest := text[i:]
	r, size := utf8.DecodeRuneInString(rest)
	switch {
	case r == '第':
		return matchPart(text, i, size)
	case r == '附' || r == '名' || r == '《':
		return matchAnnex(text, i)
	case r == '(' || r == '（':
		j := i + size
		numStart := j
		for j < len(text) {
			c, cs := utf8.DecodeRuneInString(text[j:])
			if !isCNNumeral(c) && !(c >= '0' && c <= '9') {
				break
			}
			j += cs
		}
		if j == numStart || j-numStart > 9 || j >= len(text) {
			return marker{}, false
		}
		c, cs := utf8.DecodeRuneInString(text[j:])
		if c != ')' && c != '）' {
			return marker{}, false
		}
		numText := text[numStart:j]
		n := ParseChineseNumber(numText)
		if n <= 0 || n > 99 {
			return marker{}, false
		}
		st := styleCNParen
		if numText[0] >= '0' && numText[0] <= '9' {
			st = styleNumParen
		}
		return marker{style: st, num: n, start: i, end: j + cs, text: text[i : j+cs], open: true}, true
	case r >= '0' && r <= '9':
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		if j-i > 2 || j >= len(text) {
			return marker{}, false
		}
		c, cs := utf8.DecodeRuneInString(text[j:])
		switch c {
		case '.', '．', '、':
		default:
			return marker{}, false
		}
		k := j + cs
		if k < len(text) {
			// "5.12护士节", "1.5倍" are numbers, not outline numbers.
			next, _ := utf8.DecodeRuneInString(text[k:])
			if unicode.IsDigit(next) || next == '%' {
				return marker{}, false
			}
		}
		n := ParseChineseNumber(text[i:j])
		if n <= 0 {
			return marker{}, false
		}
		return marker{style: styleNumDot, num: n, start: i, end: k, text: text[i:k]}, true
	case r >= '①' && r <= '⑳':
		return marker{style: styleCircled, num: int(r-'①') + 1, start: i, end: i + size, text: text[i : i+size]}, true
	case isCNNumeral(r):
		j := i
		for j < len(text) {
			c, cs := utf8.DecodeRuneInString(text[j:])
			if !isCNNumeral(c) {
				break
			}
			j += cs
		}
		if j-i > 9 || j >= len(text) {
			return marker{}, false
		}
		n := ParseChineseNumber(text[i:j])
		if n <= 0 || n > 99 {
			return marker{}, false
		}
		c, cs := utf8.DecodeRuneInString(text[j:])
		switch c {
		case '、', '．':
			return marker{style: styleCNDun, num: n, start: i, end: j + cs, text: text[i : j+cs]}, true
		case ')', '）':
			return marker{style: styleCNParen, num: n, start: i, end: j + cs, text: text[i : j+cs]}, true
		case '是', '要':
			return marker{style: styleOrdinal, num: n, start: i, end: j + cs, text: text[i : j+cs]}, true
		}
	}
	return marker{}, false
}

// matchPart reads "第一部分", "第二章" (a top level) and "第一，" (an
// ordinal list like 一是).
func matchPart(text string, i, size int) (marker, bool) {
	j := i + size
	numStart := j
	for j < len(text) {
		c, cs := utf8.DecodeRuneInString(text[j:])
		if !isCNNumeral(c) {
			break
		}
		j += cs
	}
	if j == numStart || j-numStart > 9 || j >= len(text) {
		return marker{}, false
	}
	n := ParseChineseNumber(text[numStart:j])
	if n <= 0 {
		return marker{}, false
	}
	rest := text[j:]
	for _, suffix := range []string{"部分", "章"} {
		if strings.HasPrefix(rest, suffix) {
			end := j + len(suffix)
			if c, cs := utf8.DecodeRuneInString(text[end:]); c == '、' || c == '：' || c == ':' || c == ' ' || c == '\u3000' {
				end += cs
			}
			return marker{style: stylePart, num: n, start: i, end: end, text: text[i:end]}, true
		}
	}
	if c, cs := utf8.DecodeRuneInString(rest); c == '，' || c == ',' || c == '、' {
		return marker{style: styleOrdinal, num: n, start: i, end: j + cs, text: text[i : j+cs]}, true
	}
	return marker{}, false
}

// glossaryTitles open the glossary that ends many government work reports.
var glossaryTitles = []string{"名词解释", "名词注释", "名词解读"}

// matchAnnex reads "附件1", "附件一：", "附件" (on a line of their own or
// before the annex title) and a glossary title line ("名词解释",
// "《政府工作报告》有关内容名词注释"). Only whole lines count: a line start
// is checked by acceptMarker, the line end here.
func matchAnnex(text string, i int) (marker, bool) {
	lineEnd := strings.IndexByte(text[i:], '\n')
	if lineEnd < 0 {
		lineEnd = len(text)
	} else {
		lineEnd += i
	}
	line := strings.TrimSpace(text[i:lineEnd])
	if strings.HasPrefix(line, "附件") {
		j := i + len("附件")
		numStart := j
		for j < lineEnd {
			c, cs := utf8.DecodeRuneInString(text[j:])
			if !(c >= '0' && c <= '9') && !isCNNumeral(c) {
				break
			}
			j += cs
		}
		num := 1
		if j > numStart {
			if num = ParseChineseNumber(text[numStart:j]); num <= 0 || num > 99 {
				return marker{}, false
			}
		}
		end := j
		if c, cs := utf8.DecodeRuneInString(text[j:]); c == '：' || c == ':' || c == ' ' || c == '\u3000' || c == '、' || c == '.' || c == '．' {
			end += cs
		} else if j < lineEnd && strings.TrimSpace(text[j:lineEnd]) != "" && j == numStart {
			return marker{}, false // "附件材料…": a word, not an annex
		}
		rest := strings.TrimSpace(text[end:lineEnd])
		if utf8.RuneCountInString(rest) > maxHeadingRunes || containsSentenceEnd(rest) {
			return marker{}, false
		}
		return marker{style: styleAnnex, num: num, start: i, end: end, text: strings.TrimRight(text[i:end], "：:、.． \u3000")}, true
	}
	if utf8.RuneCountInString(line) <= maxHeadingRunes && !containsSentenceEnd(line) {
		for _, g := range glossaryTitles {
			if strings.HasSuffix(line, g) {
				return marker{style: styleAnnex, num: 1, start: i, end: i + len(line), text: line}, true
			}
		}
	}
	return marker{}, false
}

var chineseNumberNames = []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}

// toChineseNumber writes 1…99 as Chinese numerals (一, 十二, 二十).
func toChineseNumber(n int) string {
	switch {
	case n <= 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 10:
		return chineseNumberNames[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + chineseNumberNames[n-10]
	default:
		return chineseNumberNames[n/10] + "十" + chineseNumberNames[n%10]
	}
}
