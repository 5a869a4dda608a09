package figures

import (
	"regexp"
	"slices"
)

// goalSetName matches the name of a set of goals by its count and level:
// "3个90%", "三个95%", "两个100%" (艾滋病防治"三个90%"): no count of anything
// and no share reached.
var goalSetName = regexp.MustCompile(`(?:[0-9]+|[一二三四五六七八九十两])个[“"]?[0-9]+(?:\.[0-9]+)?%`)

// withoutGoalSetNames drops the figures read from the names of goal sets a
// sentence writes ("经过…艾滋病防治3个90%全面实施").
func withoutGoalSetNames(sentence string, figs []Figure) []Figure {
	names := goalSetName.FindAllStringIndex(sentence, -1)
	if names == nil {
		return figs
	}
	return slices.DeleteFunc(figs, func(f Figure) bool {
		for _, m := range names {
			if f.Start >= m[0] && f.End <= m[1] {
				return true
			}
		}
		return false
	})
}
