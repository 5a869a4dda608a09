package corpus

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// A page saved from a news or government site credits the paper it was
// taken from and the day it was published ("来源：天津日报",
// "时间：2026-02-03"). Such lines are page furniture, blanked from the text
// the report is read from, but staff ask for them ("哪家报纸、哪天发的"):
// they are kept on the report.

var (
	// sourceLine is a credit line: "来源：天津日报", "文章来源: 新华社".
	sourceLine = regexp.MustCompile(`^(?:来源|文章来源|信息来源|稿件来源|稿源)\s*[:：]\s*([^\s|，,。：:]{2,20})`)
	// publishedLine is a publication-date line: "时间：2026-02-03 09:02",
	// "发布日期：2025年5月8日".
	publishedLine = regexp.MustCompile(`^(?:时间|发布时间|发布日期|日期|发文日期|成文日期)\s*[:：|]?\s*\|?\s*((?:19|20)\d{2})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})`)
	// stampLine is a bare date stamp with its clock time opening a line
	// ("2014-05-21 09:14:00来源:大众网").
	stampLine = regexp.MustCompile(`^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})\s*\d{1,2}:\d{2}`)
	// stampInLine is a date stamp with its clock time inside a line of
	// page furniture ("http://www.sina.com.cn 2005年04月08日15:43 新华网").
	stampInLine = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*\d{1,2}:\d{2}`)
	// dayFirstStamp is a stamp written day first, as some sites and
	// reposts do: "18.02.2017  20:33".
	dayFirstStamp = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}`)
)

// maxPublicationLines bounds how far from the top of a report its credit
// and date lines are looked for.
const maxPublicationLines = 40

// maxPublicationLineBytes bounds a credit or date line (80 characters).
const maxPublicationLineBytes = 240

// publication reads the credited source and the publication date (as
// YYYY-MM-DD) from the first lines of a report's raw text, before page
// furniture is blanked; "" for what it does not state.
func publication(text string, span Span) (source, published string) {
	n := 0
	for _, l := range lines(text[span.Start:span.End]) {
		raw := strings.TrimSpace(text[span.Start+l.Start : span.Start+l.End])
		if raw == "" {
			continue
		}
		// Measured before it is converted: a long line (a paragraph of
		// megabytes) is passed over without a copy of it; a short news
		// page credits its source below the article.
		if n++; n > maxPublicationLines {
			break
		}
		if len(raw) > maxPublicationLineBytes {
			continue
		}
		line := Simplify(raw)
		if m := sourceLine.FindStringSubmatch(line); m != nil && source == "" {
			source = m[1]
		}
		m := publishedLine.FindStringSubmatch(line)
		if m == nil {
			m = stampLine.FindStringSubmatch(line)
		}
		if m == nil && !strings.ContainsAny(line, "，,。；;") {
			m = stampInLine.FindStringSubmatch(line) // no sentence's "自…10:00起，"
		}
		if d := dayFirstStamp.FindStringSubmatch(line); m == nil && d != nil {
			m = []string{d[0], d[3], d[2], d[1]} // year, month, day
		}
		if m != nil && published == "" {
			month, _ := strconv.Atoi(m[2])
			day, _ := strconv.Atoi(m[3])
			if month >= 1 && month <= 12 && day >= 1 && day <= 31 {
				published = fmt.Sprintf("%s-%02d-%02d", m[1], month, day)
			}
		}
	}
	return source, published
}
