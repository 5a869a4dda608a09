package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// A count asked of something the reports say did not happen ("未收到依法申请
// 公开信息的申请", "全年未发生因政府信息公开申请引发的行政诉讼") is answered by
// that sentence: none is a count, though no figure holds it.

// noneStated matches a sentence's statement that the thing it names did
// not occur or was not received.
var noneStated = regexp.MustCompile(`(?:未|没有|没|尚未|均未|从未)(?:收到|接到|发生|出现|受理|发现|办理|产生)|无(?:一起|一例|一件|一宗)|零(?:投诉|事故|发生|报告)`)

// statesNone reports whether sent says the thing it names did not occur,
// for a question asking how many.
func statesNone(question, sent string) bool {
	return understand.AskedUnit(question) != "" && noneStated.MatchString(sent)
}

// firstQuoteStatesNone reports whether the first quote of an extractive
// answer to a count question says the thing did not occur.
func firstQuoteStatesNone(question, text string) bool {
	for _, line := range strings.Split(text, "\n") {
		if m := quoteLine.FindStringSubmatch(line); m != nil {
			return statesNone(question, m[1])
		}
	}
	return false
}
