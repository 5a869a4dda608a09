package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus/places"
)

// Three places a text names once but plainly as its own: the yearbook it
// is an entry of ("江苏年鉴 2018年0期", a page of 江苏's yearbook), the
// subject of its opening sentence ("2017年，景宁畲族自治县卫生监督工作以…"),
// and the local publisher a news page credits ("来源:分宜县融媒体中心").

// yearbookName is the name of a yearbook: a place, then 年鉴 or 统计年鉴.
var yearbookName = regexp.MustCompile(`(\p{Han}{2,8}?)(?:统计)?年鉴`)

// yearbookPlace returns the place whose yearbook a text's top names, or "".
func yearbookPlace(top string) string {
	for _, m := range yearbookName.FindAllStringSubmatch(top, -1) {
		if p, ok := places.Lookup(m[1]); ok {
			return p.Name
		}
	}
	return ""
}

// openingSubjectRunes is how far into a text's first sentence its subject
// may stand (after a year and a comma).
const openingSubjectRunes = 20

// minOpeningRunes is how long a line must be to be the text's first
// sentence rather than a heading.
const minOpeningRunes = 20

// openingPlace returns the county or city (or province) that opens a
// text's first sentence as its subject, or "".
func openingPlace(body string) string {
	first := ""
	for _, line := range strings.Split(body, "\n") {
		// The first line of text, not a heading or a page's furniture.
		if line = strings.TrimSpace(line); utf8.RuneCountInString(line) >= minOpeningRunes {
			first = line
			break
		}
	}
	if k := strings.Index(first, "。"); k >= 0 {
		first = first[:k]
	}
	for _, m := range places.Find(first) {
		if utf8.RuneCountInString(first[:m.Start]) > openingSubjectRunes {
			break
		}
		if m.Place.Level == places.Province || m.Place.Province != "" {
			return m.Place.Name
		}
	}
	return ""
}

// sourcePlace returns the county, city or province of the publisher a
// report credits (Report.Source), or "": a local paper or media centre
// writes of its own place ("我县召开…" above "来源:分宜县融媒体中心").
func sourcePlace(source string) string {
	for _, pm := range places.Find(source) {
		if pm.Place.Level == places.Province || pm.Place.Province != "" {
			return pm.Place.Name
		}
	}
	return ""
}
