package figures

import (
	"strings"
	"unicode/utf8"
)

// A group counted whole and then measured in a run of "、" ("重点人群共15012
// 人、签约人数14818人、签约率98.7%") measures that group: the signed and
// their rate are the group's (重点人群签约人数, 重点人群签约率), not every
// resident's.

// groupMeasureEnds end a label that measures some of a group: a count of
// people or a rate.
var groupMeasureEnds = []string{"人数", "人次", "率"}

// maxGroupRunes bounds the name of a group counted whole.
const maxGroupRunes = 10

// measuresOfCountedGroup prefixes the group's name to the labels of the
// measures listed after it with "、".
func measuresOfCountedGroup(sentence string, figs []Figure) {
	for k := 0; k+1 < len(figs); k++ {
		group := figs[k]
		if group.Label == "" || utf8.RuneCountInString(group.Label) > maxGroupRunes || !strings.HasSuffix(sentence[:group.Start], group.Label+"共") {
			continue
		}
		end := group.End
		for j := k + 1; j < len(figs); j++ {
			m := &figs[j]
			if m.Start < end || !strings.HasPrefix(sentence[end:m.Start], "、") || !strings.HasSuffix(sentence[end:m.Start], m.Label) {
				break // the run of "、" ends
			}
			end = m.End
			if strings.Contains(m.Label, group.Label) || !hasAnySuffix(m.Label, groupMeasureEnds) {
				continue
			}
			m.Label = group.Label + m.Label
		}
	}
}

// hasAnySuffix reports whether s ends with one of ends.
func hasAnySuffix(s string, ends []string) bool {
	for _, e := range ends {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}
