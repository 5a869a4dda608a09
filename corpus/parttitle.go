package corpus

import (
	"strings"
	"unicode/utf8"
)

// Many government work reports, once converted to text, head their main
// parts with a bare title line and no outline number: "“十四五”时期工作回顾",
// "“十五五”时期的主要目标任务", "2026年重点工作". Without them the whole report
// is one part, and a plan for 2030 reads as last year's results.

// Limits on a part title line, in runes.
const (
	minPartTitleRunes = 4
	maxPartTitleRunes = 24
)

// matchPartTitle reads a bare part title: a short line of its own, with no
// sentence punctuation or comma, that says outright whether its part reports
// or plans (a strong kind word such as 工作回顾, 重点工作, 主要目标任务, but
// not both), that is no table row ("序号 | 任务内容 | 进展情况"), that
// names no administrative body or document type, and that is followed by
// a longer body line. It is never the first line of the
// body (where the report's title is often repeated). The caller checks the
// line start.
func matchPartTitle(text string, body Span, i int) (marker, bool) {
	if strings.TrimSpace(text[body.Start:i]) == "" {
		return marker{}, false
	}
	lineEnd := strings.IndexByte(text[i:], '\n')
	if lineEnd < 0 {
		return marker{}, false // a title is never the last line
	}
	lineEnd += i
	line := strings.TrimRight(text[i:lineEnd], " \t\u3000\r")
	n := utf8.RuneCountInString(line)
	if n < minPartTitleRunes || n > maxPartTitleRunes || containsSentenceEnd(line) ||
		strings.ContainsAny(line, "，,：:、（）()\t|｜") {
		return marker{}, false
	}
	simp := Simplify(line)
	if yearTitle(text, body, i, lineEnd, simp) {
		return marker{style: stylePartTitle, num: 1, start: i, end: i, text: line}, true
	}
	plans, reviews := lastWord(simp, strongPlanWords) >= 0, lastWord(simp, strongSummaryWords) >= 0
	if plans == reviews || strings.ContainsAny(simp, documentTitleChars) || hasAnySuffix(simp, documentTypes) {
		return marker{}, false // no kind, both kinds or a document's own title
	}
	next := nextNonBlankLine(text, lineEnd)
	if utf8.RuneCountInString(next) <= n && !containsSentenceEnd(next) {
		return marker{}, false // a list of short lines, not a title over a body
	}
	if bareYearLine.MatchString(Simplify(next)) || isValueCell(next) {
		return marker{}, false // a table's header cell ("完成情况" over "2020年"), not a title over a body
	}
	// The marker is empty: the whole line is the heading.
	return marker{style: stylePartTitle, num: 1, start: i, end: i, text: line}, true
}

// A line that names an administrative body or a document type is the title
// of a document ("2016年绍兴市卫生计生工作总结", "…工作要点的通知", "2024年工作
// 总结及2025年工作重点"), repeated in the body, not the title of a part.
const documentTitleChars = "省市县区州盟旗委局厅办"

var documentTypes = []string{"通知", "报告", "意见", "决定", "方案", "函"}

func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// nextNonBlankLine returns the first line after the newline at from that has
// any text, trimmed.
func nextNonBlankLine(text string, from int) string {
	for from < len(text) {
		from++ // past the newline
		end := strings.IndexByte(text[from:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += from
		}
		if line := strings.TrimSpace(text[from:end]); line != "" {
			return line
		}
		from = end
	}
	return ""
}

// partTitles decides, while the outline is read, whether bare part titles
// count in this report: they do until the report shows that its main parts
// are numbered (一、 or 第一部分 on top before any bare title), or once an
// annex has begun.
type partTitles struct {
	seen, refused bool
}

// allowed reports whether a bare part title may open a part now.
func (p *partTitles) allowed() bool { return !p.refused }

// accepted records a heading accepted at the given depth.
func (p *partTitles) accepted(m marker, level int) {
	switch {
	case m.style == stylePartTitle:
		p.seen = true
	case m.style == styleAnnex:
		p.refused = true
	case level == 1 && !p.seen && (m.style == styleCNDun || m.style == stylePart):
		p.refused = true
	}
}
