package corpus

import (
	"regexp"
	"strconv"
)

// A monthly bulletin dates itself once, in its opening ("2023年1月(2023年1月
// 1日0时至1月31日24时),全省共报告法定传染病19种86458例。"), and its later
// sentences count that month without naming it ("其余13种乙类传染病共报告
// 80614例"): each figure of such a report records the month, so a question
// about another month is not answered by it.

// leadMonth is a month a report's opening dates what it counts by: "2023年1
// 月(", "2023年1月,", "1月全省法定报告传染病疫情", "陕西卫健委:6月全省共报告法定
// 传染病13609例".
// A title's month in brackets ("工作进展（11月）") dates it too.
var leadMonth = regexp.MustCompile(`(?:(?:19|20)\d\d年)(1[0-2]|[1-9])月份?(?:[(（，,]|全省|全市|全区|全县|共)|(?:^|[。！!\n:：])(1[0-2]|[1-9])月份?(?:全省|全市|全区|全县)(?:\p{Han}{0,12}(?:疫情|情况)|共?报告)|[(（](1[0-2]|[1-9])月份?[)）]`)

// monthRange is a span of months ("1-8月", "1至3月"): no single month.
var monthRange = regexp.MustCompile(`\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月`)

// leadMonthRunes bounds the opening read for the report's month.
const leadMonthRunes = 200

// reportMonth is the one calendar month a report's title or opening dates
// it by, 0 when they name none, several, or a span of months.
func reportMonth(title, text string) int {
	r := []rune(text)
	opening := title + "\n" + string(r[:min(len(r), leadMonthRunes)])
	if monthRange.MatchString(opening) {
		return 0
	}
	month := 0
	for _, m := range leadMonth.FindAllStringSubmatch(opening, -1) {
		n, _ := strconv.Atoi(m[1] + m[2] + m[3])
		if month != 0 && n != month {
			return 0
		}
		month = n
	}
	return month
}

// monthOfReport records on the figures of a monthly report its month,
// unless a figure's own sentence names another month ("2021年6月1日至6月30
// 日,…共报告…13609例" is of June still).
func monthOfReport(figs []Figure, month int) {
	if month == 0 {
		return
	}
	for k := range figs {
		if onlyMonth(figs[k].Sentence, month) {
			figs[k].Month = month
		}
	}
}

// monthNamed is a calendar month a sentence names.
var monthNamed = regexp.MustCompile(`(?:^|[^0-9])(1[0-2]|[1-9])\s*月`)

// onlyMonth reports whether a sentence names no month but month.
func onlyMonth(sentence string, month int) bool {
	if monthRange.MatchString(sentence) {
		return false
	}
	for _, m := range monthNamed.FindAllStringSubmatch(sentence, -1) {
		if n, _ := strconv.Atoi(m[1]); n != month {
			return false
		}
	}
	return true
}
