package corpus

import (
	"regexp"
	"strings"
)

// A New Year's address ("二〇二四年元旦贺词", "2025年新年致辞") is titled
// with the year that begins and looks back on the one that ended ("回眸
// 2023年，…。一年来，…"): its results are that year's, its "新的一年" the
// title's, as a work conference held early in a year reviews the year
// before and plans its own (leadConference).

// newYearAddress matches the title of a New Year's address.
var newYearAddress = regexp.MustCompile(`(?:元旦|新年|新春|春节)(?:贺词|致辞|献词|寄语|贺信|致辞书)`)

// greetingReviewYear is the year a New Year's address titled with year
// looks back on, year-1, when its text opens its review with it or says
// 一年来; 0 when the title is no such address or the text reviews
// nothing.
func greetingReviewYear(simpTitle, simpText string, year int) int {
	if year == 0 || !newYearAddress.MatchString(simpTitle) {
		return 0
	}
	if reviewOpensWith(simpText, year-1) || strings.Contains(simpText, "一年来") || strings.Contains(simpText, "过去的一年") {
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
