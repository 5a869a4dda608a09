package corpus

import (
	"regexp"
	"strconv"
)

// ageMark is an age in years written in digits, perhaps the top of a range
// or a bound: "14岁", "65周岁", "0-6岁" (6), "7岁以下" (7, below).
var ageMark = regexp.MustCompile(`(\d+)周?岁(以下|以内)?`)

// AgesNamed are the ages in years a text names, a bound also as the top
// of the range it stands for: "7岁以下" is 0-6岁 as well. It is how a
// question's age group is told from an indicator's or a figure's
// ("14岁以下小孩" is 0-14岁, not 5岁以下).
func AgesNamed(text string) map[int]bool {
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

// SharesAge reports whether two sets of ages hold one in common.
func SharesAge(a, b map[int]bool) bool {
	for n := range a {
		if b[n] {
			return true
		}
	}
	return false
}
