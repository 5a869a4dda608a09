package corpus

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/healthbot/healthbot/corpus/figures"
)

// chineseDigits maps Chinese numerals (and the zero forms used in years) to
// their values.
var chineseDigits = map[rune]int{
	'〇': 0, '零': 0, 'О': 0, 'o': 0, 'O': 0, '0': 0,
	'一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5,
	'六': 6, '七': 7, '八': 8, '九': 9,
}

// ParseChineseNumber reads the outline numbers found in headings and the
// counts questions ask by: 一 … 九十九 (两 is 2), and plain Arabic digits.
// It returns -1 when s is not a number.
func ParseChineseNumber(s string) int { return figures.ChineseNumber(s) }

// ChineseNumeral writes 1…99 in Chinese numerals as outlines and lists
// number their items (一, 十二, 二十); other numbers in digits.
func ChineseNumeral(n int) string { return toChineseNumber(n) }

var (
	// yearPattern finds explicit four-digit years ("2023年", "2023年度") and
	// years written digit by digit in Chinese ("二〇二三年").
	yearPattern = regexp.MustCompile(`(` + yearDigits + `|[一二][〇零○Ｏ0一二三四五六七八九]{3})\s*年`)
	// templateYear finds years left blank in a template: "20xx年", "xx年",
	// "*年", "___年", "××年", "20**年".
	templateYear = regexp.MustCompile(`(?:20|19)?(?:[xXｘＸ×＊*]{1,4}|[_＿]{1,})\s*年`)
)

// parseYear turns a matched year ("2023", "二〇二三") into a number, 0 if it is
// not a plausible year.
func parseYear(s string) int {
	if n, err := strconv.Atoi(halfWidthDigits(s)); err == nil {
		if n >= 1949 && n <= 2100 {
			return n
		}
		return 0
	}
	n := 0
	for _, r := range s {
		d, ok := chineseDigits[r]
		if !ok {
			if r == '○' || r == 'Ｏ' {
				d = 0
			} else {
				return 0
			}
		}
		n = n*10 + d
	}
	if n >= 1949 && n <= 2100 {
		return n
	}
	return 0
}

// yearMention is a year found in text.
type yearMention struct {
	Year     int  // 0 for a template blank
	Template bool // "20xx年" and the like
	Start    int  // byte offset of the match
	End      int
}

// findYears lists explicit and template years in s, in order. Years used as a
// comparison base ("较2015年", "比上年") are flagged by the caller if needed.
func findYears(s string) []yearMention {
	var out []yearMention
	for _, m := range yearPattern.FindAllStringSubmatchIndex(s, -1) {
		if y := parseYear(s[m[2]:m[3]]); y > 0 {
			out = append(out, yearMention{Year: y, Start: m[0], End: m[1]})
		}
	}
	for _, m := range templateYear.FindAllStringIndex(s, -1) {
		// "___年" directly after a digit run is a partly blank number, still a blank year.
		out = append(out, yearMention{Template: true, Start: m[0], End: m[1]})
	}
	if len(out) > 1 {
		sortMentions(out)
	}
	return out
}

// startingYear follows a year at which something began.
var startingYear = regexp.MustCompile(`^(?:\d{1,2}月份?)?(?:开始|起|以来|启动)`)

// startedThen reports whether the text after a year's 年 makes it the year
// something began ("在2011年开始推进…试点", "2015年以来"): not the year a
// text is about.
func startedThen(after string) bool { return startingYear.MatchString(after) }

func sortMentions(m []yearMention) {
	for i := 1; i < len(m); i++ {
		for j := i; j > 0 && m[j].Start < m[j-1].Start; j-- {
			m[j], m[j-1] = m[j-1], m[j]
		}
	}
}

// firstYear returns the first year mentioned in s: its value, or 0 with
// template=true when the first mention is a blank template year.
func firstYear(s string) (year int, template bool) {
	ys := findYears(s)
	if len(ys) == 0 {
		return 0, false
	}
	return ys[0].Year, ys[0].Template
}

// titleYear is a title's first year of its own (ownYears), and whether it
// is a template's blank.
func titleYear(simpTitle string) (year int, template bool) {
	ys := ownYears(simpTitle)
	if len(ys) == 0 {
		return 0, false
	}
	return ys[0].Year, ys[0].Template
}

// joinPath joins section headings the way paths are displayed.
func joinPath(p []string) string { return strings.Join(p, " > ") }

// ExplicitYears returns the years written out in s ("2023年", "二〇二三年"),
// in order of appearance, each once.
func ExplicitYears(s string) []int {
	var out []int
	seen := map[int]bool{}
	for _, m := range yearPattern.FindAllStringSubmatch(s, -1) {
		if y := parseYear(m[1]); y > 0 && !seen[y] {
			seen[y] = true
			out = append(out, y)
		}
	}
	return out
}

// StripExplicitYears replaces the years written out in s with a space.
func StripExplicitYears(s string) string { return yearPattern.ReplaceAllString(s, " ") }

// yearDigits matches the four digits of a year, in ASCII or full-width
// ("２００９": reports typeset in full-width digits).
const yearDigits = `(?:19|20|１９|２０)[0-9０-９]{2}`

// halfWidthDigits turns full-width digits into ASCII ones.
func halfWidthDigits(s string) string {
	if !strings.ContainsAny(s, "０１２３４５６７８９") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}
