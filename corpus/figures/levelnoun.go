package figures

import "strings"

// sharedLevelNouns gives a figure labelled by a level alone (levelEnd) the
// noun the level after it in the list names (levelThen): "新增2个国家级、5个
// 省级重点专科" is 新增国家级重点专科 2个 and 新增省级重点专科 5个; the noun
// is written once, after the last level. levelOfPrevious reads the other
// way, a level after the figure naming its noun.
func sharedLevelNouns(sentence string, figs []Figure) {
	for i := len(figs) - 2; i >= 0; i-- {
		a, b := &figs[i], figs[i+1]
		if !levelEnd.MatchString(a.Label) || a.Unit != b.Unit || a.End > b.Start {
			continue
		}
		// "2个国家级、5个…": the level after the value or before it, then 、.
		between := strings.TrimSpace(sentence[a.End:b.Start])
		if level, ok := strings.CutSuffix(between, "、"); !ok || !strings.HasSuffix(a.Label, level) {
			continue
		}
		if m := levelThen.FindStringSubmatch(b.Label); m != nil {
			a.Label += m[1]
		}
	}
}
