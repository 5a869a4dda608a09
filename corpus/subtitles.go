package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A news feature has no outline numbers; it breaks its story with short
// subtitles, each a line of its own between long paragraphs ("全力开展全民
// 健身运动", "完善社区10分钟健身圈"). They name what was done, and a question
// of how it was done is answered by them: read as headings, they make the
// feature's sections.

// Subtitle lines are short: minSubtitleRunes to maxSubtitleRunes.
const (
	minSubtitleRunes = 4
	maxSubtitleRunes = 16
)

// minStoryParagraphRunes is how long the paragraphs around a subtitle are.
const minStoryParagraphRunes = 40

// minSubtitles is how many subtitles make a feature's sections.
const minSubtitles = 2

// newsSubtitles reads the subtitles of a report with no outline as
// headings of one level; nil when it has fewer than minSubtitles.
func newsSubtitles(text string, body Span) []outlineHeading {
	type line struct {
		span Span
		s    string
	}
	var ls []line
	for _, l := range lines(text[body.Start:body.End]) {
		sp := Span{body.Start + l.Start, body.Start + l.End}
		s := strings.TrimFunc(text[sp.Start:sp.End], unicode.IsSpace)
		if s != "" {
			ls = append(ls, line{trimSpan(text, sp), s})
		}
	}
	var out []outlineHeading
	for i := 1; i+1 < len(ls); i++ {
		s := ls[i].s
		before := ls[i-1].s
		if !subtitleLike(s) || utf8.RuneCountInString(before) < minStoryParagraphRunes && !containsAny(before, bylineWords) || utf8.RuneCountInString(ls[i+1].s) < minStoryParagraphRunes {
			continue
		}
		sp := ls[i].span
		out = append(out, outlineHeading{
			m:       marker{style: styleNone, start: sp.Start, end: sp.Start},
			level:   1,
			heading: sp,
			body:    min(sp.End+1, body.End),
			display: s,
		})
	}
	if len(out) < minSubtitles {
		return nil
	}
	return out
}

// subtitleLike reports whether a line can be a news subtitle: short, only
// characters, digits and letters (no punctuation, so no sentence, date or
// byline with a colon), naming no reporter, no photo credit.
func subtitleLike(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < minSubtitleRunes || n > maxSubtitleRunes || IsMetadataLine(s) {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && !unicode.IsDigit(r) && !unicode.IsLetter(r) {
			return false
		}
	}
	return !containsAny(s, bylineWords) && !containsAny(s, []string{"摄影", "来源", "供稿"}) && !strings.HasSuffix(s, "摄")
}

// bylineWords name who wrote a story: a byline may stand right above its
// first subtitle.
var bylineWords = []string{"记者", "通讯员", "编辑"}
