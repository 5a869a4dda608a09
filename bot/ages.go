package bot

import "github.com/healthbot/healthbot/corpus"

// sameAges reports whether a figure's label names an age the question asks
// about ("14岁以下小孩" and "0-14岁儿童报告死亡率"; "7岁以下" and "0-6岁"),
// asked being the question's ages (corpus.AgesNamed).
func sameAges(asked map[int]bool, label string) bool {
	return len(asked) > 0 && corpus.SharesAge(asked, corpus.AgesNamed(label))
}

// ageGroupNouns name people of an age without saying it in years.
var ageGroupNouns = []string{"老年", "老人", "儿童", "婴", "幼", "学生", "青少年", "孕", "产妇", "新生儿", "育龄", "妇女", "适龄"}

// ofEveryAge reports whether a figure counts people of every age where the
// question asks of an age ("60岁以上的老人打了多少剂新冠疫苗" and "累计已接
// 种335.476万剂次"): neither its label nor its sentence names an age or a
// group of one.
func ofEveryAge(asked map[int]bool, fig corpus.Figure) bool {
	if len(asked) == 0 {
		return false
	}
	text := corpus.Simplify(fig.Label + fig.Sentence)
	return len(corpus.AgesNamed(text)) == 0 && !containsAny(text, ageGroupNouns)
}
