package corpus

import (
	"fmt"
	"regexp"
	"strings"
)

// A news report says where it was filed: "记者耿兴敏 发自北京", "新华社北京
// 10月28日电", "本报长沙3月5日讯". That is the reporter's desk, not what the
// report is about: a national press conference held in Beijing is the
// country's, so the place of a filing line is not counted when the text's
// place is read from the places it names most.

// agencyDay is a news agency, paper or site, then a place of up to four
// characters, then the day: "中新网12月21日", "新华社北京3月5日".
const agencyDay = `(?:网|社|报)\p{Han}{%d,4}\d{1,2}月\d{1,2}日`

// wiredDateline is a news agency's dateline: "中新网12月21日电", "新华社北京
// 3月5日电".
var wiredDateline = regexp.MustCompile(fmt.Sprintf(agencyDay, 0) + `电`)

// filingLine matches a filing line's place: after 发自, or between an
// agency or paper and its dateline.
var filingLine = regexp.MustCompile(`发自\p{Han}{2,4}|` + fmt.Sprintf(agencyDay, 2) + `(?:电|讯)`)

// withoutFilingPlaces blanks the places of a text's filing lines.
func withoutFilingPlaces(text string) string {
	return filingLine.ReplaceAllStringFunc(text, func(m string) string {
		return strings.Repeat(" ", len(m))
	})
}
