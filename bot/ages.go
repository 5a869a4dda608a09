package bot

import (
	"regexp"
	"strconv"
)

// ageMark is an age in years written in digits, perhaps the top of a range
// or a bound: "14岁", "65周岁", "0-6岁" (6), "7岁以下" (7, below).
var ageMark = regexp.MustCompile(`(\d+)周?岁(以下|以内)?`)

// ages are the ages a text names, each bound also as the range's top it
// stands for: "7岁以下" is 0-6岁 as well.
func ages(text string) map[int]bool {
	out := map[int]bool{}
	for _, m := range ageMark.FindAllStringSubmatch(text, -1) {
		n, err := strconv.Atoi(m[1])
		if err != nil {
			continue
		}
		out[n] = true
		if m[2] != "" {
			out[n-1] = true // "7岁以下": up to 6
		}
	}
	return out
}

// sameAges reports whether a figure's label names an age the question asks
// about ("14岁以下小孩" and "0-14岁儿童报告死亡率"; "7岁以下" and "0-6岁").
func sameAges(question, label string) bool {
	named := ages(label)
	for a := range ages(question) {
		if named[a] {
			return true
		}
	}
	return false
}
