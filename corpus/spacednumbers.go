package corpus

import (
	"regexp"
	"strings"
)

// Some pages set numbers apart from the Chinese around them with spaces
// ("从 2020 年的 24.45% 跃升至 2024 年的 31.92%", "增至 7.86 万张"): the
// spaces split years, values and units for every reader of the text, so
// they are taken out. Columns of numbers set apart by spaces ("医院 208
// 18803") stay: a number joins only words, not another number.

// spacedNumber is a number with spaces before or after it, between
// Chinese characters or punctuation.
var spacedNumber = regexp.MustCompile(`([\p{Han}“”‘’（）《》、，。；：！？:;,()])([ \t]{0,2})([0-9](?:[0-9.]*[0-9])?[%‰]?)([ \t]{0,2})([\p{Han}“”‘’（）《》、，。；：！？:;,()])`)

// joinSpacedNumbers takes out the spaces around numbers written between
// Chinese words.
func joinSpacedNumbers(text string) string {
	if !strings.Contains(text, " ") {
		return text
	}
	join := func(m string) string {
		p := spacedNumber.FindStringSubmatch(m)
		if p[2] == "" && p[4] == "" {
			return m
		}
		return p[1] + p[3] + p[5]
	}
	// Twice: a match takes the character after its number, which may stand
	// before the next number ("2020 年 2025 年").
	for range 2 {
		text = spacedNumber.ReplaceAllStringFunc(text, join)
	}
	return text
}
