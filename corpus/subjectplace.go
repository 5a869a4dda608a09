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
	// "中国青年报客户端北京3月21日电(…)今天,国家医保局发布…": the dateline
	// names the reporter's desk when a national body is the subject after
	// it; a local report's dateline names its own place ("本报长沙3月5日讯").
	if rest := first[len(newsCredit.FindString(first)):]; opensWithNationalBody(rest) {
		return ""
	}
	for _, m := range places.Find(first) {
		if utf8.RuneCountInString(first[:m.Start]) > openingSubjectRunes {
			break
		}
		if resolved(m.Place) {
			return m.Place.Name
		}
	}
	return ""
}

// campaignPlace is the one place a text's health campaigns are named
// after ("健康喀左", "健康镇江"): a bureau runs its own place's; "" when
// they name none or several.
func campaignPlace(body string) string {
	found := ""
	for _, m := range places.Find(body) {
		if !strings.HasSuffix(body[:m.Start], "健康") || !resolved(m.Place) {
			continue
		}
		if found != "" && found != m.Place.Name {
			return ""
		}
		found = m.Place.Name
	}
	return found
}

// sourcePlace returns the county, city or province of the publisher a
// report credits (Report.Source), or "": a local paper or media centre
// writes of its own place ("我县召开…" above "来源:分宜县融媒体中心").
func sourcePlace(source string) string {
	for _, pm := range places.Find(source) {
		if resolved(pm.Place) {
			return pm.Place.Name
		}
	}
	return ""
}

// selfWords are the words a text uses for its own area, by level.
var selfWords = []struct {
	level places.Level
	words []string
}{
	{places.County, []string{"全县", "我县", "本县"}},
	{places.City, []string{"全市", "我市", "本市", "全州", "我州", "本州", "全盟", "我盟"}},
	{places.Province, []string{"全省", "我省", "本省"}},
}

// minSelfWords is how often a text must call its area by one level for
// that level to be its own.
const minSelfWords = 2

// selfLevel is the level a text calls its own area by ("全县…全县"), when
// it does so at least minSelfWords times and more than by any other level.
func selfLevel(body string) (places.Level, bool) {
	best, bestN, second := places.Level(0), 0, 0
	for _, sw := range selfWords {
		n := 0
		for _, w := range sw.words {
			n += strings.Count(body, w)
		}
		switch {
		case n > bestN:
			best, bestN, second = sw.level, n, bestN
		case n > second:
			second = n
		}
	}
	return best, bestN >= minSelfWords && bestN > second
}

// selfNamedPlace is the place below guess that a text speaking of its own
// area as a county (or city) names at that level ("浦北县" in a text saying
// "全县" whose most named place, 广西 of "广西五星级乡村旅游区", is its
// province); "" when there is none.
func selfNamedPlace(body, guess string) string {
	level, ok := selfLevel(body)
	if !ok {
		return ""
	}
	if p, found := places.Lookup(guess); found && p.Level >= level {
		return ""
	}
	return placeOfLevel(body, guess, level)
}

// sourceArea is the area a text gets from the paper or station it came
// from (sourcePlace), raised to its province when the text calls its own
// area so:
// "来源:西安日报" over "我省中医类医院诊疗量…全省…" is 陕西省's report, not
// 西安市's.
func sourceArea(body, source string) string {
	place := sourcePlace(source)
	// Only to a province: a county-level city calls itself 市 as its
	// prefecture does ("来源:耒阳市融媒体中心" over "我市…全市").
	level, ok := selfLevel(body)
	if place == "" || !ok || level != places.Province {
		return place
	}
	p, found := places.Lookup(place)
	for found && p.Level > level && p.Parent != "" {
		p, found = places.Lookup(p.Parent)
	}
	if !found || p.Level != level {
		return place
	}
	return p.Name
}
