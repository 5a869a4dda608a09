package figures

import (
	"regexp"
	"strings"
)

// groupHead matches a sentence opening that names the group its figures
// count within ("28种乙类传染病中,"): the group in group 1.
var groupHead = regexp.MustCompile(`^(?:[0-9]+种)?(\p{Han}{2,12}?)中[,，:：]`)

// ofGroupHead gives a figure whose label opens with the group's noun the
// rest of the group's name: in "28种乙类传染病中,…等12种传染病无发病、死亡报告,
// 其余16种传染病共报告发病14434例" the 14434 cases are of 乙类传染病.
func ofGroupHead(sentence string, figs []Figure) {
	m := groupHead.FindStringSubmatch(strings.TrimSpace(sentence))
	if m == nil {
		return
	}
	group := []rune(m[1])
	for i := range figs {
		for k := 1; k+2 <= len(group); k++ {
			if noun := string(group[k:]); strings.HasPrefix(figs[i].Label, noun) {
				figs[i].Label = string(group[:k]) + figs[i].Label
				break
			}
		}
	}
}
