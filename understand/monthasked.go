package understand

import (
	"regexp"
	"strconv"
	"time"

	"github.com/healthbot/healthbot/corpus"
)

// singleMonth is one calendar month a question asks about, alone: "12月",
// "十一月份", "去年3月", "截到11月份"; not a range ("1-6月"), an as-of day
// ("截至8月底", "截至8月12日"), a day ("3月5日") or an age ("6月龄").
var singleMonth = regexp.MustCompile(`(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?`)

// dayAfter is a day written after a month: "5日", "12号" ("3月120" is the
// month and the 120 line).
var dayAfter = regexp.MustCompile(`^\s*(?:[12][0-9]|3[01]|0?[1-9])\s*[日号]`)

// monthRunes are the Chinese numerals of the months.
var monthRunes = map[string]int{"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}

// asOfWords date a count to a month's end: "截到11月份" is answered by the
// report of that month's progress, as "11月" is.
var asOfWords = []string{"截至", "截止", "截到"}

// MonthAsked is the one calendar month a question asks a figure of ("河南
// 去年12月法定传染病报了多少例" → 12), 0 when it names none, several, a
// range, an as-of date or a day: a month's figure is answered by that
// month's report, not by another month's.
func MonthAsked(question string) int {
	q := corpus.Normalize(question)
	locs := singleMonth.FindAllStringSubmatchIndex(q, -1)
	if len(locs) != 1 {
		return 0
	}
	a, b := locs[0][0], locs[0][1]
	before, after := q[:a], q[b:]
	switch {
	case a > 0 && isDigitAt(q, a-1), // "2023" runs into no month; "11" of "111月" is no month
		endsWithAny(before, []string{"-", "—", "~", "至", "到", "第"}) && !endsWithAny(before, asOfWords),
		endsWithAny(before, []string{"跟", "比", "较", "与", "和", "同"}), // "跟6月比": the base compared with, not the month asked
		opensWithAny(after, []string{"龄", "大", "-", "—", "~", "至", "到", "日", "号", "底", "初", "末", "中旬", "上旬", "下旬", "以来", "起", "后", "前"}),
		dayAfter.MatchString(after):
		return 0
	}
	name := q[locs[0][2]:locs[0][3]]
	if n, err := strconv.Atoi(name); err == nil {
		return n
	}
	return monthRunes[name]
}

// MonthAskedOn is MonthAsked for a question asked on the date now, also
// when it names the month by "上个月" (not compared with: "比上个月"): the
// month before now's.
func MonthAskedOn(question string, now time.Time) int {
	if m := MonthAsked(question); m > 0 {
		return m
	}
	for _, m := range monthAsked.FindAllStringSubmatch(corpus.Normalize(question), -1) {
		if m[1] == "" {
			return int(now.AddDate(0, -1, 0).Month())
		}
	}
	return 0
}

// asOfMonth is a month's end a question or a text counts up to: "到10月底",
// "截至9月底", "截止到8月份", "截至2020年10月30日".
var asOfMonth = regexp.MustCompile(`(?:截至|截止到?|截到|到)\s*(?:今年|去年|(?:19|20)\d\d\s*年)?\s*(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:底|末|份)?`)

// AsOfMonthAsked is the month whose end a question counts a figure up to
// ("到10月底已经完成多少座" → 10), 0 when it names none.
func AsOfMonthAsked(question string) int {
	if ms := AsOfMonths(question); len(ms) > 0 {
		return ms[0]
	}
	return 0
}

// AsOfMonths are the months a text counts up to, in order ("截至2020年10月
// 30日,全区已完成…" → 10).
func AsOfMonths(text string) []int {
	var out []int
	for _, m := range asOfMonth.FindAllStringSubmatch(corpus.Normalize(text), -1) {
		if n, err := strconv.Atoi(m[1]); err == nil {
			out = append(out, n)
		} else {
			out = append(out, monthRunes[m[1]])
		}
	}
	return out
}
