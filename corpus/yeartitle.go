package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// News pages on a work conference often part their text with a bare year
// line: "2024年" over what was done, "2025年" over what is planned. The
// line is the title of a part whose year it names (the kind follows from
// the year, as for any heading that names one).

// bareYearLine is a line holding only a year.
var bareYearLine = regexp.MustCompile(`^(?:19|20)\d{2}年[:：]?$`)

// Context a bare year line needs to title a part rather than be a cell of
// a table laid out one cell a line, in runes.
const (
	yearTitleProseBefore = 10 // the line before is prose this long at least
	yearTitleHanAfter    = 6  // the line after holds this many Han characters
)

// yearTitle reports whether the line text[start:end] (simplified simp) is
// a bare year titling the part below it: prose before it, a line of prose
// after it, and no number in either (a table's cells).
func yearTitle(text string, body Span, start, end int, simp string) bool {
	if !bareYearLine.MatchString(simp) {
		return false
	}
	before := prevNonBlankLine(text, body.Start, start)
	after := nextNonBlankLine(text, end)
	if utf8.RuneCountInString(before) < yearTitleProseBefore || bareYearLine.MatchString(after) {
		return false
	}
	han := 0
	for _, r := range after {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsDigit(r) && !strings.ContainsRune(after, '，') && !strings.ContainsRune(after, ','):
			return false // a cell with a number, not a line of prose
		}
	}
	return han >= yearTitleHanAfter
}

// prevNonBlankLine returns the last line with any text that ends before
// the line starting at lineStart, not looking before from; trimmed.
func prevNonBlankLine(text string, from, lineStart int) string {
	end := lineStart
	for end > from {
		start := strings.LastIndexByte(text[from:end-1], '\n') + 1 + from
		if line := strings.TrimSpace(text[start : end-1]); line != "" {
			return line
		}
		end = start
	}
	return ""
}
