package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Some pages set numbers apart from the Chinese around them with spaces
// ("从 2020 年的 24.45% 跃升至 2024 年的 31.92%", "增至 7.86 万张"): the
// spaces split years, values and units for every reader of the text, so
// they are taken out. Columns of numbers set apart by spaces ("医院 208
// 18803") stay: a number joins only words, not another number.

// spacedNumber is a number with spaces before or after it, between
// Chinese characters or punctuation.
var spacedNumber = regexp.MustCompile(`([\p{Han}“”‘’（）《》、，。；：！？:;,()])([ ]{0,2})((?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9](?:[0-9.]*[0-9])?)[%‰]?)([ ]{0,2})([\p{Han}“”‘’（）《》、，。；：！？:;,()])`)

// joinSpacedNumbers takes out the spaces around numbers written between
// Chinese words. A space after a short field name opening its line stays
// ("发文日期 2019年12月28日": the field, then its value).
func joinSpacedNumbers(text string) string {
	var b strings.Builder
	last := 0
	for at := 0; at < len(text); {
		// Only a space beside a number can be taken out: the pattern is
		// tried in a window around such a space, not at every character.
		p := strings.IndexByte(text[at:], ' ')
		if p < 0 {
			break
		}
		p += at
		if !besideNumber(text, p) {
			at = p + 1
			continue
		}
		ws, we := runeStart(text, max(at, p-spaceWindow)), runeStart(text, min(len(text), p+spaceWindow))
		m := spacedAt(text, ws, we, p)
		if m == nil {
			at = p + 1
			continue
		}
		// m: the left character [2,3), its space [4,5), the number [6,7),
		// its space [8,9), the right character [10,11), which may be the
		// left one of the next match ("2020 年 2025 年").
		if text[m[10]:m[11]] == "," && m[11] < len(text) && text[m[11]] >= '0' && text[m[11]] <= '9' {
			// "111,415": the number goes on past the comma; left as written.
			at = max(p+1, m[10])
			continue
		}
		b.WriteString(text[last:m[3]])
		if m[5] > m[4] && fieldName(text[:m[3]]) {
			b.WriteString(text[m[4]:m[5]]) // the field's space stays
		}
		b.WriteString(text[m[6]:m[7]])
		last, at = m[10], m[10]
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// spaceWindow is how far, in bytes, around a space its number and the
// words beside it are looked for.
const spaceWindow = 48

// besideNumber reports whether the space at p stands right before a digit
// or right after a digit or a percent sign (a run of two spaces counts).
func besideNumber(text string, p int) bool {
	isDigit := func(i int) bool { return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9' }
	if isDigit(p+1) || text[min(p+1, len(text)-1)] == ' ' && isDigit(p+2) || isDigit(p-1) ||
		p > 0 && text[p-1] == ' ' && isDigit(p-2) || strings.HasSuffix(text[:p], "%") || strings.HasSuffix(text[:p], "‰") {
		return true
	}
	return false
}

// spacedAt is the match of spacedNumber in text[ws:we] that holds the
// space at p, its offsets into text; nil when none does.
func spacedAt(text string, ws, we, p int) []int {
	for from := ws; from < we; {
		m := spacedNumber.FindStringSubmatchIndex(text[from:we])
		if m == nil {
			return nil
		}
		for i := range m {
			m[i] += from
		}
		if m[4] <= p && p < m[9] {
			return m
		}
		if m[10] <= from {
			return nil
		}
		from = m[10]
	}
	return nil
}

// runeStart moves i back to the start of the rune it falls in.
func runeStart(text string, i int) int {
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// maxFieldNameRunes bounds a field name opening its line ("发文日期").
const maxFieldNameRunes = 8

// fieldNouns end the name of a field whose value is a number or a date.
var fieldNouns = []string{"日期", "时间", "年度", "年份", "编号", "文号", "期限", "金额", "数量", "人数", "序号"}

// fieldName reports whether the end of before is a short field name that
// opens its line ("发文日期").
func fieldName(before string) bool {
	line := strings.TrimSpace(before[strings.LastIndexByte(before, '\n')+1:])
	if utf8.RuneCountInString(line) > maxFieldNameRunes || strings.ContainsAny(line, "，,。；;：:、（）() ") {
		return false
	}
	for _, n := range fieldNouns {
		if strings.HasSuffix(line, n) {
			return true
		}
	}
	return false
}
