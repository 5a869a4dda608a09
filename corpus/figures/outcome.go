package figures

import "strings"

// outcomeVerbs tell what became of things counted just before: of 22
// pieces submitted, "采用3篇"; of the applications received, "办结10件".
var outcomeVerbs = map[string]bool{"采用": true, "录用": true, "刊用": true, "采纳": true, "办结": true, "答复": true, "反馈": true}

// outcomesOfCounts labels a count named by an outcome verb alone ("上报盟
// 行署办22篇,采用3篇") with the count before it in the same unit:
// "上报盟行署办采用", the part of the 22 that was adopted.
func outcomesOfCounts(sentence string, figs []Figure) {
	for i := 1; i < len(figs); i++ {
		prev, cur := figs[i-1], &figs[i]
		if !outcomeVerbs[cur.Label] || prev.Unit != cur.Unit || prev.Label == "" || outcomeVerbs[prev.Label] || prev.End > cur.Start {
			continue
		}
		if between := strings.TrimSpace(sentence[prev.End:cur.Start]); between != "，"+cur.Label && between != ","+cur.Label {
			continue
		}
		cur.Label = prev.Label + cur.Label
	}
}
