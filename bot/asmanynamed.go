package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// A question asking which of a stated number ("陕西有个县上了两家卫生院，是哪
// 两家") is answered by the sentence that names that many, introduced as
// such ("此次上榜的我县基层医疗卫生机构,分别是广平镇中心卫生院、汉源中心卫生院"),
// wherever in the passage it stands and whatever words of the question it
// repeats.

// namingIntro introduces the names of the things a sentence lists.
var namingIntro = regexp.MustCompile(`(?:分别是|分别为|依次是|依次为|分别有|即|包括|是|为)[：:]?`)

// asManyNamed finds, in rank order, the sentence naming as many things as
// the question asks for, after an introducing word, when a word of the
// question's topic names them or their subject; ok is false when the
// question states no number or no sentence names that many.
func asManyNamed(question string, sources []Source) (listItem, bool) {
	n, ok := understand.AskedItems(question)
	if !ok || n < 2 {
		return listItem{}, false
	}
	topic := bigrams(understand.Topic(question))
	for _, s := range sources {
		for _, sent := range bodySentences(s.Text) {
			body := strings.TrimRight(sent, "。；;")
			for _, m := range namingIntro.FindAllStringIndex(body, -1) {
				listed := body[m[1]:]
				if strings.ContainsAny(listed, "，,；;：:") || listedItems(listed) != n {
					continue
				}
				if shared(topic, body) == 0 {
					continue
				}
				return listItem{sent, s.N}, true
			}
		}
	}
	return listItem{}, false
}
