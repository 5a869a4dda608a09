package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Staff gather a series into one file: "南京市2021~2024年国民经济和社会发展
// 统计公报汇总.docx" holds each year's bulletin under its own title line
// ("2023年东莞市国民经济和社会发展统计公报"), its outline starting again at
// "一、". Read as one report, every year's figures would take the first's
// year. Each titled part is a report of its own.

// seriesTitle is a report's own title line: a year, then the genre it
// ends with.
var seriesTitle = regexp.MustCompile(`^\S{0,20}?((?:19|20)\d{2})\s*年\S{0,40}?(统计公报|工作总结|工作报告|工作计划|工作要点|年度报告|统计快报|工作总结及\S{0,12}|工作情况)\s*$`)

// maxSeriesTitleRunes bounds a title line of a series.
const maxSeriesTitleRunes = 60

// outlineRestartLines is how many lines after a title its outline must
// start again ("一、") for the title to open a report.
const outlineRestartLines = 40

// titledPieces splits a file holding a series of reports, each under its
// own title line with a year and the same genre, the first at the top of
// the file, each followed by an outline starting at 一、; nil when the file
// is no such series. Titles repeated alike (a PDF's running header) are no
// series: their years differ. ls are text's lines.
func titledPieces(text string, ls []Span) []piece {
	type title struct {
		line        Span
		year, genre string
		at          int // the line's index
	}
	var titles []title
	firstText := -1
	for i, line := range ls {
		l := strings.TrimSpace(text[line.Start:line.End])
		if l == "" {
			continue
		}
		if firstText < 0 {
			firstText = i
		}
		if utf8.RuneCountInString(l) > maxSeriesTitleRunes || containsSentenceEnd(l) {
			continue
		}
		if m := seriesTitle.FindStringSubmatch(Simplify(l)); m != nil {
			titles = append(titles, title{trimSpan(text, line), m[1], m[2], i})
		}
	}
	if len(titles) < 2 || titles[0].at-firstText > 3 {
		return datedPieces(text, ls)
	}
	years := map[string]bool{}
	for i, t := range titles {
		if t.genre != titles[0].genre || years[t.year] || !outlineRestarts(text, ls[t.at+1:min(len(ls), t.at+1+outlineRestartLines)]) {
			return nil
		}
		if i > 0 && !outlineRestarts(text, ls[titles[i-1].at+1:t.at]) {
			return nil // the title said again above the text it heads, not a report of its own
		}
		years[t.year] = true
	}
	out := make([]piece, 0, len(titles))
	for i, t := range titles {
		end := len(text)
		if i+1 < len(titles) {
			end = titles[i+1].line.Start
		}
		out = append(out, piece{title: t.line, body: Span{t.line.End, end}})
	}
	if pre := trimSpan(text, Span{0, titles[0].line.Start}); pre.Len() > 0 {
		out[0].body.Start = pre.Start // a collection's own header stays with the first
		out[0].title = Span{}
	}
	return out
}

// outlineRestarts reports whether one of the lines opens with the first
// outline number, 一、.
func outlineRestarts(text string, ls []Span) bool {
	for _, l := range ls {
		if strings.HasPrefix(strings.TrimSpace(text[l.Start:l.End]), "一、") {
			return true
		}
	}
	return false
}

// Some series give only their first report a title line; each later one
// opens with its issuer and date ("南京市统计局 / 国家统计局南京调查队 /
// 2024年3月") above its outline starting again at 一、.

// dateOnlyLine is a document's date alone on its line: "2024年3月",
// "2025年3月5日".
var dateOnlyLine = regexp.MustCompile(`^((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$`)

// maxIssuerRunes bounds an issuer's line above a report's date.
const maxIssuerRunes = 30

// datedLookback is how many lines above an outline's 一、 its date line
// may stand.
const datedLookback = 8

// datedPieces splits a file whose outline starts again at 一、 below date
// lines of different years, one in the first report's head and one above
// each restart: a series of reports, each cut at the issuer lines above
// its date. nil when the file is no such series (an annex under its own
// 一、 has no dated head of another year).
func datedPieces(text string, ls []Span) []piece {
	type restart struct{ cut, year int }
	var starts []restart
	years := map[int]bool{}
	for i, line := range ls {
		if !strings.HasPrefix(strings.TrimSpace(text[line.Start:line.End]), "一、") {
			continue
		}
		for j := i - 1; j >= max(0, i-datedLookback); j-- {
			m := dateOnlyLine.FindStringSubmatch(strings.TrimSpace(text[ls[j].Start:ls[j].End]))
			if m == nil {
				continue
			}
			year := ParseChineseNumber(m[1])
			cut := j
			for cut > 0 && issuerLine(strings.TrimSpace(text[ls[cut-1].Start:ls[cut-1].End])) {
				cut--
			}
			starts = append(starts, restart{ls[cut].Start, year})
			years[year] = true
			break
		}
	}
	if len(starts) < 2 || len(years) != len(starts) {
		return nil
	}
	out := make([]piece, 0, len(starts))
	for i, st := range starts {
		start, end := st.cut, len(text)
		if i == 0 {
			start = 0 // the first report's title and head stand above its date
		}
		if i+1 < len(starts) {
			end = starts[i+1].cut
		}
		out = append(out, piece{body: Span{start, end}})
	}
	return out
}

// issuerLine reports whether a line can be an issuer's name above a date:
// short, no sentence, no number; a blank line is passed over too.
func issuerLine(l string) bool {
	return utf8.RuneCountInString(l) <= maxIssuerRunes && !containsSentenceEnd(l) && !strings.ContainsAny(l, "0123456789，,")
}
