package corpus

import (
	"regexp"
	"strings"
)

// Journals and some bulletins group the digits of large numbers in threes
// with a space ("在册严重精神障碍患者数量为7 401 人,其中6 507 人…"): the
// groups are one number, which the text reads as two otherwise (7 and 401).
// A column of numbers set apart by spaces ("开放床位数 277 555") is no such
// number: the first group must follow a word or punctuation directly.

// digitGroups is a number of one to three digits written right after a
// word or punctuation, then groups of three digits each after one space.
var digitGroups = regexp.MustCompile(`([^\s\d.,:：])(\d{1,3})((?:[ \x{2009}\x{00A0}]\d{3})+)`)

// joinDigitGroups writes the numbers whose digits are grouped by spaces
// without the spaces.
func joinDigitGroups(text string) string {
	if !strings.ContainsAny(text, " \u2009\u00a0") {
		return text
	}
	var b strings.Builder
	last := 0
	for _, m := range digitGroups.FindAllStringSubmatchIndex(text, -1) {
		end := m[7]
		if end < len(text) && isASCIIDigit(text[end]) {
			continue // "7 4012": not groups of three
		}
		if end+1 < len(text) && text[end] == ' ' && isASCIIDigit(text[end+1]) {
			continue // "1 234 5678": a column, not one number
		}
		b.WriteString(text[last:m[4]])
		b.WriteString(text[m[4]:m[5]])
		for _, r := range text[m[6]:m[7]] {
			if r >= '0' && r <= '9' {
				b.WriteRune(r)
			}
		}
		last = end
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}
