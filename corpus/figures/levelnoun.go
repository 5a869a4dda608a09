package figures

import (
	"regexp"
	"strings"
)

// adminLevelEnd matches a label ending with an administrative level only
// ("新增国家级"): the noun it modifies is written once, after the last level
// of a list ("2个国家级、5个省级重点专科").
var adminLevelEnd = regexp.MustCompile(`(?:国家|省|市|县|区|州|乡)级$`)

// levelThenNoun splits a label opening its noun with a level ("省级重点专科",
// "新增省级重点专科"): the noun in group 1.
var levelThenNoun = regexp.MustCompile(`(?:国家|省|市|县|区|州|乡)级(\p{Han}{2,})$`)

// sharedLevelNouns gives a figure labelled by a level alone the noun the
// level after it in the list names: "新增2个国家级、5个省级重点专科" is 新增
// 国家级重点专科 2个 and 新增省级重点专科 5个.
func sharedLevelNouns(sentence string, figs []Figure) {
	for i := len(figs) - 2; i >= 0; i-- {
		a, b := &figs[i], figs[i+1]
		if !adminLevelEnd.MatchString(a.Label) || a.Unit != b.Unit || a.End > b.Start {
			continue
		}
		// "2个国家级、5个…": the level after the value or before it, then 、.
		between := strings.TrimSpace(sentence[a.End:b.Start])
		if level, ok := strings.CutSuffix(between, "、"); !ok || !strings.HasSuffix(a.Label, level) {
			continue
		}
		if m := levelThenNoun.FindStringSubmatch(b.Label); m != nil {
			a.Label += m[1]
		}
	}
}
