package bot

import (
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// A question asking which things of a kind ("哪些重点场所发现传染病病人要报告")
// is answered by the sentence that enumerates them under that kind's name
// ("学校、托育机构、养老机构…、车站、港口、机场等重点场所发现传染病患者…").

// minEnumerated is how many items (、-separated) a sentence must list.
const minEnumerated = 3

// enumeration finds, in rank order, the sentence listing items of the kind
// the question asks which of: "等" + the kind's name, after a list.
func enumeration(question string, sources []Source) (listItem, bool) {
	kind := []rune(understand.WhichKind(question))
	if len(kind) < 2 {
		return listItem{}, false
	}
	for _, s := range sources {
		for _, sent := range splitSentences(s.Text) {
			for l := min(len(kind), 6); l >= 2; l-- {
				i := strings.Index(sent, "等"+string(kind[:l]))
				if i >= 0 && strings.Count(sent[:i], "、") >= minEnumerated-1 {
					return listItem{sent, s.N}, true
				}
			}
		}
	}
	return listItem{}, false
}
