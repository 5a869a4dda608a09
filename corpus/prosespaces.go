package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text taken from PDFs often keeps a space where a line or a text box was
// cut inside a sentence ("城、乡 居民健康素养水平分别提高到26%和18%以上"):
// the space splits the words a figure's label and the keyword index need.
// In a line of prose such a space between two Chinese characters is taken
// out. Lines without sentence punctuation (table rows, run-in headings,
// lists of names) keep their spaces, and so does the first space of a line
// after a short opening ("一、工作目标 进一步完善…", "发文机关 …").

// maxOpeningRunes bounds the opening of a line whose first space may end a
// run-in heading or a field name.
const maxOpeningRunes = 15

// runInHead reports whether the opening of a line before its first space
// is a run-in heading ("一、工作目标", "（二）主要措施") or a field's name
// ("发文机关", "信息来源").
func runInHead(opening string) bool {
	n := utf8.RuneCountInString(opening)
	if outlineOpening.MatchString(opening) {
		// "一、加强领导,把创卫工作落在实处 根据…"; not a sentence ended
		// before the space ("(一)…提高到26%以上.城、乡 居民…").
		return n <= maxHeadingRunes && !strings.ContainsAny(opening, "。；！？") && !hasProseFullStop(opening)
	}
	if n > maxOpeningRunes {
		return false
	}
	for _, end := range fieldNameEnds {
		if strings.HasSuffix(opening, end) {
			return true
		}
	}
	return false
}

// outlineOpening is an outline number opening a line.
var outlineOpening = regexp.MustCompile(`^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[、.．]|第[一二三四五六七八九十]+[部章节条])`)

// fieldNameEnds end the name of a field set before its value on a line.
var fieldNameEnds = []string{"机关", "单位", "名称", "标题", "日期", "时间", "来源", "作者", "文号", "索引号", "分类", "主题", "编号"}

// joinProseSpaces takes out single spaces between two Chinese characters in
// lines of prose.
func joinProseSpaces(text string) string {
	if !strings.Contains(text, " ") {
		return text
	}
	var b strings.Builder
	changed := false
	for line := range strings.SplitAfterSeq(text, "\n") {
		joined := joinLineSpaces(line)
		changed = changed || joined != line
		b.WriteString(joined)
	}
	if !changed {
		return text
	}
	return b.String()
}

// joinLineSpaces is joinProseSpaces on one line.
func joinLineSpaces(line string) string {
	if !strings.Contains(line, " ") || !strings.ContainsAny(line, "。，；") && !hasProseFullStop(line) {
		return line
	}
	var b strings.Builder
	first := true // the line's first space not yet seen
	last := 0
	for i := 0; i < len(line); i++ {
		if line[i] != ' ' {
			continue
		}
		opening := first
		first = false
		if i+1 >= len(line) || line[i+1] == ' ' || i > 0 && line[i-1] == ' ' {
			continue // two spaces or more: set apart on purpose
		}
		before, _ := utf8.DecodeLastRuneInString(line[:i])
		after, _ := utf8.DecodeRuneInString(line[i+1:])
		if !unicode.Is(unicode.Han, before) || !unicode.Is(unicode.Han, after) {
			continue
		}
		if opening && runInHead(strings.TrimSpace(line[:i])) {
			continue
		}
		b.WriteString(line[last:i])
		last = i + 1
	}
	if last == 0 {
		return line
	}
	b.WriteString(line[last:])
	return b.String()
}

// hasProseFullStop reports whether line ends a sentence with an ASCII full
// stop ("提高到26%以上.城、乡居民…").
func hasProseFullStop(line string) bool {
	for i := strings.IndexByte(line, '.'); i >= 0; {
		if proseFullStop(line, 0, i, len(line)) {
			return true
		}
		j := strings.IndexByte(line[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
