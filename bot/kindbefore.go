package bot

import (
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// namedKindEnumeration is the sentence listing things of the kind the
// question names before its which-word, the kind written right after the
// list ("加快建设县妇幼保健院、医疗废物集中处置中心、县疾控中心等重点项目"
// for "…卫生重点项目有哪几个"): the list the question names, ahead of the
// lines under a heading that shares some of its words.
func namedKindEnumeration(question string, sources []Source) (listItem, bool) {
	kind := []rune(understand.KindBefore(question))
	for start := 0; len(kind)-start >= understand.MinKindBefore; start++ {
		named := "等" + string(kind[start:])
		for _, s := range sources {
			for _, sent := range bodySentences(s.Text) {
				if i := strings.Index(sent, named); i >= 0 && strings.Count(clauseUpTo(sent, i), "、") >= minEnumerated-1 {
					return listItem{sent, s.N}, true
				}
			}
		}
	}
	return listItem{}, false
}
