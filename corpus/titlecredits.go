package corpus

import (
	"regexp"
	"strings"
)

// A saved page may run its headline and its credit line together on one
// line:
//
//	卫生健康和体育局安排部署新冠病毒疫苗第二剂次接种工作 作者:本通 时间:2021-06-23 次数:150
//
// The credits are put on a line of their own, so the title is the
// headline and the date is the page's.

// titleWithCredits is a line of a headline, then spaces, then the credits
// that open with a key and name a date.
var titleWithCredits = regexp.MustCompile(`^([^\n]*?\p{Han}[^\n]*?)([ \t\x{3000}]+)((?:作者|来源|时间|发布时间|发布日期|日期|编辑|责任编辑)\s*[:：][^\n]*(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}[^\n]*)$`)

// maxCreditLines bounds how far down a page its headline is looked for.
const maxCreditLines = 6

// splitTitleCredits puts the credits a headline runs into on their own
// line. The text keeps its length: the spaces between them become a line
// break and spaces.
func splitTitleCredits(text string) string {
	lines := strings.SplitAfterN(text, "\n", maxCreditLines+1)
	changed := false
	for i, l := range lines[:min(len(lines), maxCreditLines)] {
		body := strings.TrimSuffix(l, "\n")
		m := titleWithCredits.FindStringSubmatchIndex(body)
		if m == nil || CountHan(body[m[2]:m[3]]) < minCreditTitleHan {
			continue
		}
		gap := body[m[4]:m[5]]
		lines[i] = body[:m[4]] + "\n" + strings.Repeat(" ", len(gap)-1) + body[m[5]:] + l[len(body):]
		changed = true
	}
	if !changed {
		return text
	}
	return strings.Join(lines, "")
}

// minCreditTitleHan is the fewest Chinese characters of a headline before
// credits: fewer are a field's key ("发布时间 2021-06-23"), not a title.
const minCreditTitleHan = 6
