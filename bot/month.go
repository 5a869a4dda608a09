package bot

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// ofMonthAsked keeps, for a question about one calendar month ("去年12月
// 法定传染病报了多少例"), the figures whose report, section or sentence
// dates them by that month or by none: November's monthly report is no
// answer about December. dropped reports whether figures of other months
// were left out.
func ofMonthAsked(cands []figureCandidate, question string, now time.Time) (kept []figureCandidate, dropped bool) {
	month := understand.MonthAskedOn(question, now)
	if month == 0 {
		return cands, false
	}
	return withoutDatedOtherwise(cands, func(h corpus.FigureHit) bool {
		text := h.Title + "\n" + h.Figure.Section + "\n" + h.Figure.Sentence
		if h.Figure.Month > 0 {
			text += "\n" + strconv.Itoa(h.Figure.Month) + "月" // the monthly report's own month
		}
		return ofOtherMonth(text, month)
	})
}

// monthText is how a reply names the month asked: "12月".
func monthText(question string, now time.Time) string {
	if m := understand.MonthAskedOn(question, now); m > 0 {
		return strconv.Itoa(m) + "月"
	}
	return ""
}

// monthInText is a calendar month a report's text dates something by:
// "2023年11月", "11月1日", "1—11月" (a range, its start in the first group).
var monthInText = regexp.MustCompile(`(?:(1[0-2]|0?[1-9])\s*[-—~至到]\s*)?(1[0-2]|0?[1-9])\s*月`)

// comparedWith are the words before a month that make it the base of a
// comparison.
var comparedWith = []string{"较", "比", "与", "同"}

// ofOtherMonth reports whether a text dates what it counts by calendar
// months other than month only: "2023年11月…全省共报告法定传染病171188例"
// does not answer how many were reported in December. A range ("1—11月")
// counts the range, never one month; a text naming no month says nothing.
func ofOtherMonth(text string, month int) bool {
	named := false
	for _, m := range monthInText.FindAllStringSubmatchIndex(text, -1) {
		if m[0] > 0 && text[m[0]-1] >= '0' && text[m[0]-1] <= '9' {
			continue // "111月" holds no month
		}
		if rest := text[m[1]:]; len(rest) >= 3 && rest[:3] == "龄" {
			continue // "6月龄": an age
		}
		if before := strings.TrimRight(text[:m[0]], " "); slices.ContainsFunc(comparedWith, func(w string) bool { return strings.HasSuffix(before, w) }) {
			continue // "较11月上升": the month compared with, not the one counted
		}
		named = true
		if m[2] >= 0 {
			continue // a range answers no single month
		}
		if n, _ := strconv.Atoi(text[m[4]:m[5]]); n == month {
			return false
		}
	}
	return named
}

// statesAsOfMonth reports whether a sentence gives its count as of a day
// of month.
func statesAsOfMonth(sentence string, month int) bool {
	return slices.Contains(understand.AsOfMonths(sentence), month)
}
