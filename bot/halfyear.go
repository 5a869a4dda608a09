package bot

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// halfNamed is a half of a year a report, section or sentence dates its
// figures by: "2023年上半年", "1—6月"; the second group the second half.
var halfNamed = regexp.MustCompile(`(上半年|前半年|1\s*[-—~～至到]\s*6\s*月)|(下半年|后半年|7\s*[-—~～至到]\s*12\s*月)`)

// halfOf is the half of the year a text names, "" for none or both.
func halfOf(text string) string {
	first, second := false, false
	for _, m := range halfNamed.FindAllStringSubmatch(text, -1) {
		first = first || m[1] != ""
		second = second || m[2] != ""
	}
	switch {
	case first && !second:
		return corpus.PeriodFirstHalf
	case second && !first:
		return corpus.PeriodSecondHalf
	}
	return ""
}

// ofWholeYearAsked keeps, for a question asking a whole year's figure
// ("去年一整年120出车多少次"), the figures not dated by half a year: the
// first half's 33424次 is no answer. dropped reports whether any were
// left out.
func ofWholeYearAsked(cands []figureCandidate, question string) (kept []figureCandidate, dropped bool) {
	if !understand.AsksWholeYear(question) {
		return cands, false
	}
	return withoutDatedOtherwise(cands, func(h corpus.FigureHit) bool {
		return halfOf(h.Title+"\n"+h.Figure.Section+"\n"+h.Figure.Lead+"\n"+h.Figure.Sentence) != "" || partOfYear(h.Figure.Sentence)
	})
}

// dateRange is a span of days within a year a sentence counts over: "1月1日
// 至3月31日", "1月1日—12月31日".
var dateRange = regexp.MustCompile(`(\d{1,2})\s*月\s*(\d{1,2})\s*日?\s*[-—~至到]\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)

// partOfYear reports whether a sentence counts over days that are not the
// whole year ("今年1月1日至3月31日,…乙类传染病共报告9530例"), and over no
// whole year beside them.
func partOfYear(sentence string) bool {
	part := false
	for _, m := range dateRange.FindAllStringSubmatch(corpus.Normalize(sentence), -1) {
		if m[1] == "1" && m[2] == "1" && m[3] == "12" && m[4] == "31" {
			return false
		}
		part = true
	}
	return part
}
