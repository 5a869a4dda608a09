package understand

import (
	"regexp"
	"strconv"

	"github.com/healthbot/healthbot/corpus"
)

// calendarDay is a month and a day written together: "2月16号", "9月5日".
var calendarDay = corpus.CalendarDay

// anotherDay is a second day written after a first without its month:
// "2月16号和17号".
var anotherDay = regexp.MustCompile(`^\s*[和、及与,，]\s*(?:[12][0-9]|3[01]|0?[1-9])\s*[日号]`)

// DayAsked is the one calendar day a question asks a figure of ("辽宁2月
// 16号新增本土确诊几例" → 2, 16), zeros when it names none, several
// ("2月16号和17号"), or a span ("8月12号以来", "1月1日至2月16日"): a daily bulletin's figure is of
// its day, and another day's is no answer.
func DayAsked(question string) (month, day int) {
	q := corpus.Normalize(question)
	locs := calendarDay.FindAllStringSubmatchIndex(q, -1)
	if len(locs) != 1 {
		return 0, 0
	}
	a, b := locs[0][0], locs[0][1]
	if isDigitAt(q, a-1) || endsWithAny(q[:a], []string{"-", "—", "~", "至", "到", "截至", "截止", "截到"}) ||
		opensWithAny(q[b:], []string{"以来", "起", "至", "到", "-", "—", "~", "后", "前"}) || anotherDay.MatchString(q[b:]) {
		return 0, 0
	}
	month, _ = strconv.Atoi(q[locs[0][2]:locs[0][3]])
	day, _ = strconv.Atoi(q[locs[0][4]:locs[0][5]])
	return month, day
}

// OfOtherDay reports whether a text dates what it counts by calendar days
// other than month/day only ("辽宁2月17日新增9例本土确诊病例" is no answer
// for 2月16日); a text naming no day says nothing.
func OfOtherDay(text string, month, day int) bool {
	t := corpus.Normalize(text)
	named := false
	for _, m := range calendarDay.FindAllStringSubmatchIndex(t, -1) {
		if isDigitAt(t, m[0]-1) {
			continue // "112月3日" holds no month
		}
		named = true
		mo, _ := strconv.Atoi(t[m[2]:m[3]])
		d, _ := strconv.Atoi(t[m[4]:m[5]])
		if mo == month && d == day {
			return false
		}
	}
	return named
}

// dayAsked asks on which day: "定的是哪天", "几号开始", "几月几日".
var dayAsked = regexp.MustCompile(`哪天|哪一天|几号|几月几[日号]?|什么日子|啥日子|具体日期|日期是`)

// AsksDay reports whether a question asks on which calendar day something
// happens: its answer is the clause that names a month and a day.
func AsksDay(question string) bool {
	return dayAsked.MatchString(corpus.Normalize(question))
}
