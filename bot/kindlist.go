package bot

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/understand"
)

// A question asking which things of a kind ("都覆盖了哪些社区", "设了哪些
// 科室", "是哪几个村") is answered by the sentence that lists them by name,
// each name ending in the kind: "服务区域范围:曙光社区、牌坊社区、…和靳塘社区".

// genericKinds are kinds too wide for their names to answer: "查了哪些
// 单位" asks the kinds of places inspected (公共场所244户次, 医疗机构93家),
// not a list that happens to name two 接种单位.
var genericKinds = []string{"单位", "机构", "方面", "工作", "内容", "东西", "事", "事情", "措施", "地方", "部门", "问题", "项目", "活动", "人"}

// kindListSources is how many of the best sources are read for such a list.
const kindListSources = 3

// minKindNames is how many names of the kind make a list.
const minKindNames = 2

// kindListed finds, in the best sources, the sentence listing names of the
// kind a which-question asks; ok is false when the question asks no kind
// or no sentence lists two names of it.
func kindListed(question string, sources []Source) ([]listItem, bool) {
	kinds := askedKinds(understand.WhichKind(question))
	if len(kinds) == 0 || slices.Contains(genericKinds, kinds[len(kinds)-1]) {
		return nil, false
	}
	for _, s := range sources[:min(kindListSources, len(sources))] {
		for _, sent := range splitSentences(s.Text) {
			if namesOfKind(sent, kinds) >= minKindNames {
				return []listItem{{sent, s.N}}, true
			}
		}
	}
	return nil, false
}

// askedKinds are the nouns a which-question's kind may end its names in:
// the kind asked and its shorter heads ("科室" names end in 科 too), of
// two characters or one when that is all it is ("村").
func askedKinds(kind string) []string {
	r := []rune(kind)
	if len(r) == 0 {
		return nil
	}
	if len(r) > maxKindRunes {
		r = r[:maxKindRunes]
	}
	var out []string
	for n := len(r); n >= 2; n-- {
		out = append(out, string(r[:n]))
	}
	if len(r) == 1 || strings.HasSuffix(string(r[:2]), "室") {
		out = append(out, string(r[:1])) // "村"; 科室 → 科
	}
	return out
}

// maxKindRunes bounds the kind read after the which-word.
const maxKindRunes = 4

// namesOfKind counts the items of a sentence's 、-list that are names of
// one of the kinds: longer than the kind and ending in it.
func namesOfKind(sent string, kinds []string) int {
	if !strings.Contains(sent, "、") {
		return 0
	}
	items := strings.FieldsFunc(sent, func(r rune) bool { return strings.ContainsRune("、,，:：;；。和及", r) })
	best := 0
	for _, kind := range kinds {
		n := 0
		for _, item := range items {
			item = strings.TrimSpace(item)
			if strings.HasSuffix(item, kind) && utf8.RuneCountInString(item) > utf8.RuneCountInString(kind) {
				n++
			}
		}
		best = max(best, n)
	}
	return best
}
