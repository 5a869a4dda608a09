package figures

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// respectiveChanges gives the changes a sentence lists after 分别 ("医院、
// 卫生院拥有床位16.05万张,卫生技术人员16.32万人,分别较2012年增长45.63%、
// 43.83%") the labels of the levels written just before them, in order:
// the first change is the first level's, not the last level's label
// inherited by all.
func respectiveChanges(sentence string, figs []Figure) {
	for j := 1; j < len(figs); j++ {
		if figs[j-1].End > figs[j].Start || !isChangeFigure(figs[j]) {
			continue
		}
		// 分别 right after the levels' clause: a clause naming items of
		// its own ("城镇、农村居民人均可支配收入分别增长") lists its own.
		between := sentence[figs[j-1].End:figs[j].Start]
		// The base of the changes may stand before it: "较2022年分别增长".
		k := strings.Index(between, "分别")
		if k < 0 || !respectiveBase.MatchString(strings.Trim(between[:k], "，,、 ")) && !objectOfLevels(between[:k]) {
			continue
		}
		m := 1
		for j+m < len(figs) && figs[j+m-1].End <= figs[j+m].Start && respectiveSeparated(sentence[figs[j+m-1].End:figs[j+m].Start]) {
			m++
		}
		if m < 2 || j < m {
			continue
		}
		levels := figs[j-m : j]
		ok := true
		for _, l := range levels {
			if l.Label == "" || l.Missing || isChangeFigure(l) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for i := range m {
			figs[j+i].Label = levels[i].Label
		}
		j += m - 1
	}
}

// objectOfLevels reports whether the words between the last level and 分别
// are the object the levels were written before and what it does, one
// clause: "92.97%的乡镇卫生院、60.28%的村卫生室能够提供中医药服务,分别比2012年
// 增长…".
func objectOfLevels(seg string) bool {
	seg = strings.TrimRight(seg, "，, ")
	return strings.HasPrefix(seg, "的") && !strings.ContainsAny(seg, "，,；;。：:") && utf8.RuneCountInString(seg) <= maxLevelObjectRunes
}

// maxLevelObjectRunes bounds the object after the last level of a list
// whose changes follow.
const maxLevelObjectRunes = 24

// respectiveBase is what may stand between the levels and 分别: nothing,
// or the base their changes are measured from ("较2022年", "比上年",
// "较“十二五”末").
var respectiveBase = regexp.MustCompile(`^(?:(?:较|比|与)(?:\d{4}年(?:底|末)?|上年度?|上一年|去年|上年同期|同期|[“"]?十[一二三四五六七八九]五[”"]?(?:末|期末|时期末)))?$`)

// respectiveSeparated reports whether the words between two listed
// changes only part them: "、", "和", "、和".
func respectiveSeparated(seg string) bool {
	switch strings.TrimSpace(seg) {
	case "和", "及", "与", "以及", "、和", "、及":
		return true
	}
	return listSeparated(seg)
}

// isChangeFigure reports whether a figure is an amount of change: a
// qualifier of change ("增长", "较2012年增长").
func isChangeFigure(f Figure) bool {
	return slices.ContainsFunc(strings.Fields(f.Qualifier), ChangeQualifier)
}

// ChangeQualifier reports whether one word of a figure's qualifier says
// the figure is an amount of change: it ends with a verb of change
// ("增长", "较2012年增长", "比受援前翻").
func ChangeQualifier(word string) bool {
	n := newPhrase(word).n
	return changeVerbs.suffix(n, 0, len(n)) > 0
}

// comparedAreas lists the places or bodies a level is compared with, one
// for each difference after them: "，分别比全省、全市高出" before "3.85和1.85
// 个百分点".
var comparedAreas = regexp.MustCompile(`^[，,\s]*分别(比|较|高于|低于)((?:\p{Han}{1,8}[、和与及])+\p{Han}{1,8}?)(高出|高|低|增加|提高|下降|降低|多|少|快|慢)?\s*$`)

// respectiveBases gives the differences a sentence lists after "分别比A、B"
// ("居民健康素养水平达33.97%,分别比全省、全市高出3.85和1.85个百分点") the
// level's label, each with the place it is compared with as its qualifier
// ("比全省高出"), in order.
func respectiveBases(sentence string, figs []Figure) {
	for j := 1; j < len(figs); j++ {
		level := figs[j-1]
		if level.End > figs[j].Start || level.Label == "" || level.Missing {
			continue
		}
		m := comparedAreas.FindStringSubmatch(sentence[level.End:figs[j].Start])
		if m == nil {
			continue
		}
		areas := strings.FieldsFunc(m[2], func(r rune) bool { return strings.ContainsRune("、和与及", r) })
		n := 1
		for j+n < len(figs) && n < len(areas) && figs[j+n-1].End <= figs[j+n].Start && listSeparator(sentence[figs[j+n-1].End:figs[j+n].Start]) {
			n++
		}
		if n != len(areas) {
			continue
		}
		for i := range n {
			figs[j+i].Label = level.Label
			figs[j+i].Qualifier = strings.TrimSpace(m[1] + areas[i] + m[3])
		}
		j += n - 1
	}
}
