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
// the question asks which of: "等" + the kind's name, after a list; else the
// clause listing what the question's verb acts on ("要加快推动哪几个方面" →
// "加快推动健康服务体系全域均衡、优质健康服务全程贯通、…").
func enumeration(question string, sources []Source) (listItem, bool) {
	kind := []rune(understand.WhichKind(question))
	if len(kind) < 2 {
		return listItem{}, false
	}
	if it, ok := kindEnumeration(kind, sources); ok {
		return it, true
	}
	return verbEnumeration([]rune(understand.WhichVerb(question)), sources)
}

// kindEnumeration finds the sentence listing items before "等" + kind.
func kindEnumeration(kind []rune, sources []Source) (listItem, bool) {
	for _, s := range sources {
		for _, sent := range bodySentences(s.Text) {
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

// verbEnumeration finds the clause in which the question's verb (its last
// two to four characters) is followed by a list of at least minEnumerated
// items, and returns that clause from the verb on.
func verbEnumeration(verb []rune, sources []Source) (listItem, bool) {
	if len(verb) < 2 {
		return listItem{}, false
	}
	for _, s := range sources {
		for _, sent := range bodySentences(s.Text) {
			for l := min(len(verb), 4); l >= 2; l-- {
				v := string(verb[len(verb)-l:])
				i := strings.Index(sent, v)
				if i < 0 {
					continue
				}
				clause := sent[i:]
				if end := strings.IndexAny(clause, "，,；;。"); end >= 0 {
					clause = clause[:end]
				}
				if strings.Count(clause, "、") >= minEnumerated-1 {
					return listItem{clause, s.N}, true
				}
				break
			}
		}
	}
	return listItem{}, false
}
