package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
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
// without the spaces. Only a space between digits can be one: the pattern
// is tried in a window around each such space, not along the whole text
// (scanning a whole text with it cost ten times what joinSpacedNumbers does).
func joinDigitGroups(text string) string {
	if strings.Contains(text, "\u2009") || strings.Contains(text, "\u00a0") {
		return joinDigitGroupsIn(text, digitGroups.FindAllStringSubmatchIndex(text, -1))
	}
	var ms [][]int
	for at := 0; at < len(text); {
		p := strings.IndexByte(text[at:], ' ')
		if p < 0 {
			break
		}
		p += at
		at = p + 1
		if p == 0 || !isASCIIDigit(text[p-1]) || !threeDigitsAt(text, p+1) {
			continue
		}
		end := p
		for end < len(text) && text[end] == ' ' && threeDigitsAt(text, end+1) {
			end += 4
		}
		ws := runeStart(text, max(0, p-3-utf8.UTFMax))
		if len(ms) > 0 {
			ws = max(ws, ms[len(ms)-1][1])
		}
		m := digitGroups.FindStringSubmatchIndex(text[ws:end])
		if m == nil {
			continue
		}
		for i := range m {
			m[i] += ws
		}
		ms = append(ms, m)
		at = m[1]
	}
	return joinDigitGroupsIn(text, ms)
}

// threeDigitsAt reports whether text holds three ASCII digits from i.
func threeDigitsAt(text string, i int) bool {
	return i+3 <= len(text) && isASCIIDigit(text[i]) && isASCIIDigit(text[i+1]) && isASCIIDigit(text[i+2])
}

// joinDigitGroupsIn writes text without the spaces of the matches ms of
// digitGroups that are whole numbers.
func joinDigitGroupsIn(text string, ms [][]int) string {
	var b strings.Builder
	last := 0
	for _, m := range ms {
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
