package bot

import (
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// peopleKinds are the kinds of people a count may be of, each with the
// words that name it.
var peopleKinds = [][]string{
	{"学生", "女生", "男生", "中小学生"},
	{"儿童", "孩子", "幼儿", "婴儿", "新生儿"},
	{"专家"},
	{"医生", "医师", "医务人员", "村医"},
	{"护士"},
	{"患者", "病人", "病例"},
	{"老年人", "老人"},
	{"孕产妇", "孕妇", "产妇"},
	{"妇女"},
	{"职工", "干部"},
	{"志愿者"},
}

// peopleKindOf is the index of the kind of people a text names last, -1
// for none.
func peopleKindOf(text string) int {
	t := corpus.Normalize(text)
	kind, at := -1, -1
	for k, words := range peopleKinds {
		for _, w := range words {
			if i := strings.LastIndex(t, w); i > at {
				kind, at = k, i
			}
		}
	}
	return kind
}

// countsOtherPeople reports whether a label counts people of another kind
// than the question asks ("邀请专家进行…宣讲4名" for "初筛一共筛了多少学生"):
// the label names a kind of people and not the one asked.
func countsOtherPeople(asked int, label string) bool {
	if asked < 0 {
		return false
	}
	l := corpus.Normalize(label)
	if slices.ContainsFunc(peopleKinds[asked], func(w string) bool { return strings.Contains(l, w) }) {
		return false
	}
	return peopleKindOf(l) >= 0
}
