package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// kindBeforeWhich is a question that names the kind it asks which things
// of before the which-word at its end: "加快建设的卫生重点项目有哪几个" →
// 卫生重点项目 (group 1).
var kindBeforeWhich = regexp.MustCompile(`(\p{Han}{3,12}?)(?:都|主要|具体)?(?:有|是|包括)(?:哪几个|哪几项|哪几家|哪几所|哪些|哪几)[？?。\s]*$`)

// minKindBefore is the shortest kind named before the which-word that
// marks out a list: "措施" names the items of many a sentence.
const minKindBefore = 3

// kindBefore is the kind a question names before its final which-word,
// without what qualifies it up to a 的 ("要加快建设的卫生重点项目" → 卫生重点
// 项目); "" when it names none long enough.
func kindBefore(question string) string {
	m := kindBeforeWhich.FindStringSubmatch(corpus.Normalize(question))
	if m == nil {
		return ""
	}
	kind := m[1]
	if i := strings.LastIndex(kind, "的"); i >= 0 {
		kind = kind[i+len("的"):]
	}
	if len([]rune(kind)) < minKindBefore {
		return ""
	}
	return kind
}

// namedKindEnumeration is the sentence listing things of the kind the
// question names before its which-word, the kind written right after the
// list ("加快建设县妇幼保健院、医疗废物集中处置中心、县疾控中心等重点项目"
// for "…卫生重点项目有哪几个"): the list the question names, ahead of the
// lines under a heading that shares some of its words.
func namedKindEnumeration(question string, sources []Source) (listItem, bool) {
	kind := []rune(kindBefore(question))
	for start := 0; len(kind)-start >= minKindBefore; start++ {
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
