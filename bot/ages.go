package bot

import "github.com/healthbot/healthbot/corpus"

// sameAges reports whether a figure's label names an age the question asks
// about ("14岁以下小孩" and "0-14岁儿童报告死亡率"; "7岁以下" and "0-6岁"),
// asked being the question's ages (corpus.AgesNamed).
func sameAges(asked map[int]bool, label string) bool {
	return len(asked) > 0 && corpus.SharesAge(asked, corpus.AgesNamed(label))
}
