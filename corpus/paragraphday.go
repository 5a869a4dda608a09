package corpus

import (
	"fmt"
	"regexp"
	"strconv"
)

// A progress report opens a paragraph with the day it counts up to and
// goes on, sentence after sentence, with the counts of that day:
// "截至2021年8月26日,北京市累计报告接种…。累计接种2013.39万人,…。全市18岁及以上
// 常住人口全程接种率95.08%。" The later sentences name no day; the
// paragraph's is theirs.

// openingAsOfDay is an as-of day opening a paragraph: "截至2021年8月26日,",
// "截止到3月29日11时,".
var openingAsOfDay = regexp.MustCompile(`^\s*(?:截至|截止到?|截到)\s*(?:(?:19|20)\d\d\s*年)?\s*(1[0-2]|0?[1-9])\s*月\s*([12][0-9]|3[01]|0?[1-9])\s*[日号]`)

// calendarDayPattern is a month and a day written together ("2月16号",
// "9月5日"): the month in group 1, the day in group 2.
const calendarDayPattern = `(1[0-2]|0?[1-9])\s*月\s*([12][0-9]|3[01]|0?[1-9])\s*[日号]`

// CalendarDay matches a month and a day written together (calendarDayPattern).
var CalendarDay = regexp.MustCompile(calendarDayPattern)

// dayInSentence is any month and day a sentence names, or a day it counts
// up to ("截至22日13时").
var dayInSentence = regexp.MustCompile(calendarDayPattern + `|(?:截至|截止到?|截到)\s*(?:[12][0-9]|3[01]|0?[1-9])\s*[日号]`)

// paragraphAsOf gives the figures of a paragraph the as-of day that opens
// it, on those whose sentence names no day of its own.
func paragraphAsOf(para string, figs []Figure) {
	m := openingAsOfDay.FindStringSubmatch(Simplify(para))
	if m == nil {
		return
	}
	month, _ := strconv.Atoi(m[1])
	day, _ := strconv.Atoi(m[2])
	for i := range figs {
		if !dayInSentence.MatchString(figs[i].Sentence) {
			figs[i].AsOf = fmt.Sprintf("%d月%d日", month, day)
		}
	}
}
