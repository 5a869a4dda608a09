package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Files copied from article sites often hold several reports, each under a
// line that numbers it: "2023年卫生局工作总结 篇1", "【篇二】…", "第3篇",
// "范文一：…". These patterns run on the Simplified form of a line.
var (
	// "第N" only numbers a report as "第N篇": "第一部分", "第一，", "第一场"
	// are parts, ordinals and counts inside one report.
	pieceSuffix = regexp.MustCompile(`^(.*?)\s*[【\[(（]?\s*(?:篇\s*([0-9一二三四五六七八九十]{1,3})|第\s*([0-9一二三四五六七八九十]{1,3})\s*篇)\s*[】\])）]?\s*[:：]?\s*$`)
	piecePrefix = regexp.MustCompile(`^\s*[【\[(（]?\s*(?:(?:篇|范文|文章|例文)\s*([0-9一二三四五六七八九十]{1,3})|第\s*([0-9一二三四五六七八九十]{1,3})\s*篇)\s*篇?\s*[】\])）]?\s*[:：]?\s*(.*)$`)
)

// maxPieceLineRunes: a line that numbers a report is a title line, short.
const maxPieceLineRunes = 80

// piece is one report's place in a file.
type piece struct {
	title Span // the line that introduced it (empty for a single report)
	body  Span
}

// splitReports finds the reports of a file in the cleaned text. A file with
// fewer than two numbered pieces in sequence is one report.
func splitReports(text string) []piece {
	type cand struct {
		num  int
		line Span
	}
	var cands []cand
	ls := lines(text)
	for _, line := range ls {
		l := strings.TrimSpace(text[line.Start:line.End])
		if l == "" || utf8.RuneCountInString(l) > maxPieceLineRunes || containsSentenceEnd(l) {
			continue
		}
		s := Simplify(l)
		num := -1
		if m := pieceSuffix.FindStringSubmatch(s); m != nil && (m[1] != "" || strings.ContainsAny(s, "篇")) {
			num = ParseChineseNumber(m[2] + m[3])
		} else if m := piecePrefix.FindStringSubmatch(s); m != nil {
			num = ParseChineseNumber(m[1] + m[2])
		}
		if num > 0 {
			cands = append(cands, cand{num, trimSpan(text, line)})
		}
	}
	// Keep the longest run 1, 2, 3, … in order.
	var best, cur []cand
	for _, c := range cands {
		switch {
		case c.num == 1:
			cur = []cand{c}
		case len(cur) > 0 && c.num == cur[len(cur)-1].num+1:
			cur = append(cur, c)
		default:
			continue
		}
		if len(cur) > len(best) {
			best = append([]cand(nil), cur...)
		}
	}
	if len(best) < 2 || partsOfOneDocument(text, best[0].line) {
		if series := titledPieces(text, ls); series != nil {
			return series
		}
		return []piece{{body: Span{0, len(text)}}}
	}
	out := make([]piece, 0, len(best)+1)
	if pre := trimSpan(text, Span{0, best[0].line.Start}); pre.Len() > 0 && !collectionHeader(text[pre.Start:pre.End]) {
		// Text before the first marker is never dropped: it is a report
		// of its own (an introduction, or a report the file began with).
		out = append(out, piece{body: pre})
	}
	for i, c := range best {
		end := len(text)
		if i+1 < len(best) {
			end = best[i+1].line.Start
		}
		out = append(out, piece{title: c.line, body: Span{c.line.End, end}})
	}
	return out
}

// chapterLine is a chapter heading: "第一章 指导思想", "第3章".
var chapterLine = regexp.MustCompile(`(?m)^\s*第\s*[0-9一二三四五六七八九十]{1,3}\s*章`)

// partsOfOneDocument reports whether "第N篇" lines are the parts of one
// document ("第一篇 总体战略" over "第一章 指导思想" … in a national plan),
// not reports of a collection: the text under the first is divided into
// chapters.
func partsOfOneDocument(text string, first Span) bool {
	if !strings.Contains(Simplify(text[first.Start:first.End]), "第") {
		return false // "篇1", "【篇二】", "范文一" number a collection's reports
	}
	return len(chapterLine.FindAllStringIndex(text[first.End:], 2)) >= 2
}

// lines returns the span of every line of text, without its newline.
func lines(text string) []Span {
	var out []Span
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			out = append(out, Span{start, len(text)})
			break
		}
		out = append(out, Span{start, start + end})
		start += end + 1
	}
	return out
}

// collectionHeader reports whether the text before a file's first report is
// only a collection's title line ("2023年卫生局工作总结合集"): short, one
// line, no sentence.
func collectionHeader(s string) bool {
	return !strings.Contains(s, "\n") && !containsSentenceEnd(s) && utf8.RuneCountInString(s) <= maxPieceLineRunes
}
