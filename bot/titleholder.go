package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// titleEnds end the titles of office a question may ask the holder of:
// 副县长, 局长, 院长, 党组书记, 主任, 政协副主席.
const titleEnds = `(?:长|书记|主任|主席)`

// holderAsked is a question asking who holds a title: "是哪位副县长参加的",
// "卫健局局长是谁", "谁是院长".
var holderAsked = regexp.MustCompile(`哪(?:位|个|一位)(\p{Han}{0,5}?` + titleEnds + `)|(\p{Han}{1,5}?` + titleEnds + `)(?:是谁|是哪位|叫什么|叫啥)|谁是(\p{Han}{1,5}?` + titleEnds + `)`)

// holderAfter are the words that may follow a holder's name after the
// title: punctuation or what the holder did at the event.
const holderAfter = `(?:[、，,。；;：:（(]|出席|参加|讲话|主持|指出|强调|介绍|表示|带队|一行|同志|等|$)`

// officeOf is the office a title names, as the reports write it before a
// name: its last two characters, with the 副 before them ("县卫健局局长" →
// 局长, "县政府副县长" → 副县长, "党组书记" → 书记).
func officeOf(title string) string {
	r := []rune(title)
	switch {
	case len(r) > 2 && r[len(r)-3] == '副':
		return string(r[len(r)-3:])
	case len(r) > 2:
		return string(r[len(r)-2:])
	}
	return title
}

// titleHolderItems answers a question asking who holds a title with the
// clause naming the holder right after it ("副县长李艳辉"): only that clause,
// since the sentence names other officials beside ("县委副书记唐伟文…").
// A title without 副 is not matched inside one with it (县长 is not
// 副县长).
func titleHolderItems(question string, sources []Source) ([]listItem, bool) {
	m := holderAsked.FindStringSubmatch(corpus.Normalize(question))
	if m == nil {
		return nil, false
	}
	title := officeOf(m[1] + m[2] + m[3])
	deputy := strings.HasPrefix(title, "副")
	for _, s := range sources {
		for _, sent := range splitSentences(s.Text) {
			simp := corpus.Simplify(sent)
			for at := strings.Index(simp, title); at >= 0; at = nextIndex(simp, title, at) {
				if !holderNamed.MatchString(simp[at+len(title):]) {
					continue
				}
				if !deputy && strings.HasSuffix(simp[:at], "副") {
					continue // "副县长李艳辉" holds no 县长's office
				}
				if clause := clauseAround(sent, simp, at); clause != "" {
					return []listItem{{clause, s.N}}, true
				}
			}
		}
	}
	return nil, false
}

// holderNamed is a holder's name right after the title, and what follows
// it (holderAfter).
var holderNamed = regexp.MustCompile(`^\p{Han}{2,3}?` + holderAfter)

// nextIndex is the next occurrence of sub in s after the one at at, -1
// when there is none.
func nextIndex(s, sub string, at int) int {
	if i := strings.Index(s[at+len(sub):], sub); i >= 0 {
		return at + len(sub) + i
	}
	return -1
}

// clauseAround is the clause of sent (its Simplified form simp, of the same
// length in runes) holding the byte offset at of simp: the words between the
// enumeration commas and clause breaks around it.
func clauseAround(sent, simp string, at int) string {
	rs, ss := []rune(sent), []rune(simp)
	if len(rs) != len(ss) {
		return ""
	}
	pos := len([]rune(simp[:at]))
	start, end := pos, pos
	for start > 0 && !strings.ContainsRune("、，,。；;：:", ss[start-1]) {
		start--
	}
	for end < len(ss) && !strings.ContainsRune("、，,。；;", ss[end]) {
		end++
	}
	return strings.TrimSpace(string(rs[start:end]))
}
