package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A New Year's address ("二〇二四年元旦贺词", "2025年新年致辞") is titled
// with the year that begins and looks back on the one that ended ("回眸
// 2023年，…。一年来，…"): its results are that year's, its "新的一年" the
// title's, as a work conference held early in a year reviews the year
// before and plans its own (leadConference).

// newYearAddress matches the name of a New Year's address in its title or
// subtitle.
var newYearAddress = regexp.MustCompile(`(?:元旦|新年|新春|春节)(?:贺词|致辞|献词|寄语|贺信|致辞书)`)

// greetingReviewYear is the year a New Year's address of year (so
// titled, or so named in a short line under its headline) looks back on,
// year-1, when its text opens its review with it, looks back on it
// ("回眸2023年") or says 一年来 or 过去一年; 0 when the text is no such
// address or reviews nothing.
func greetingReviewYear(simpTitle, simpText string, year int) int {
	if year == 0 || !newYearAddress.MatchString(simpTitle) && !subtitledAddress(simpText) {
		return 0
	}
	if reviewOpensWith(simpText, year-1) || containsAny(simpText, []string{"一年来", "过去一年", "过去的一年"}) {
		return year - 1
	}
	for _, m := range yearLookedBack.FindAllStringSubmatch(simpText, -1) {
		if atoiYear(m[1]) == year-1 {
			return year - 1 // "岁序更替。回眸2023年，…"
		}
	}
	return 0
}

// yearLookedBack is a year a text looks back on: "回眸2023年".
var yearLookedBack = regexp.MustCompile(`(?:` + reviewVerbs + `)((?:19|20)\d\d)年`)

// maxSubtitleLines is how far into a text a line naming it a New Year's
// address may stand ("——新郑市公立人民医院党委元旦致辞" under a headline).
const maxSubtitleLines = 12

// maxAddressLineRunes bounds such a line: a subtitle, not a sentence naming
// an address ("认真学习…新年贺词精神，…").
const maxAddressLineRunes = 30

// subtitledAddress reports whether a short line at the top of a text
// names it a New Year's address.
func subtitledAddress(simpText string) bool {
	n := 0
	for line := range strings.Lines(simpText) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if n++; n > maxSubtitleLines {
			return false
		}
		if utf8.RuneCountInString(line) <= maxAddressLineRunes && newYearAddress.MatchString(line) {
			return true
		}
	}
	return false
}
