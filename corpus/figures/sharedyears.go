package figures

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// listedYearsShared opens a clause with two or three years written as a
// list ("2023和2024年", "2022年、2023年"); groups 1 to 3 are the years.
var listedYearsShared = regexp.MustCompile(`((?:19|20)\d\d)年?(?:和|、|及|与)((?:19|20)\d\d)年?(?:(?:和|、|及|与)((?:19|20)\d\d))?年`)

// sharedWords say the value after them is each listed year's: "均", "都".
var sharedWords = []string{"均", "都"}

// sharedByListedYears gives a value said of several listed years at once
// ("2023和2024年,四川省卫生健康方面支出均占…4.7%") to each of them: the
// figure becomes the first year's, and a copy is added for each of the
// others. Only a lone value after the list, with 均 or 都 between, is
// shared; values listed one per year are datePerListedYear's.
func sharedByListedYears(sentence string, figs []Figure) []Figure {
	m := listedYearsShared.FindStringSubmatchIndex(sentence)
	if m == nil {
		return figs
	}
	var after []int
	for i, f := range figs {
		if f.Start >= m[1] {
			after = append(after, i)
		}
	}
	if len(after) != 1 {
		return figs
	}
	f := figs[after[0]]
	between := sentence[m[1]:f.Start]
	if !containsAnyWord(between, sharedWords) || strings.ContainsAny(between, "。；;") {
		return figs
	}
	var years []int
	for g := 1; g <= 3; g++ {
		if m[2*g] >= 0 {
			y, _ := strconv.Atoi(sentence[m[2*g]:m[2*g+1]])
			years = append(years, y)
		}
	}
	figs[after[0]].Year = years[0]
	for _, y := range years[1:] {
		c := f
		c.Year = y
		figs = append(figs, c)
	}
	return figs
}

// containsAnyWord reports whether s holds any of words.
func containsAnyWord(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// yearBeforeWords name the year before the one a sentence is of, written
// right before a label ("超过了去年实际执行数(509574万元)").
var yearBeforeWords = []string{"去年", "上年", "上一年"}

// baseMarkers are the words that make a year before a comparison's
// base ("比去年", "较上年"), which dates no label.
var baseMarkers = []string{"比", "较", "同", "与", "跟", "和"}

// ofYearBefore dates the figures whose label the year before opens
// ("2025年…预算金额…超过了去年实际执行数(509574万元)": 2024's), one year
// before the year the sentence gave them; a label that runs on over it
// ("预算金额超过了去年实际执行数") is what follows it.
func ofYearBefore(sentence string, figs []Figure) {
	for i, f := range figs {
		if f.Year == 0 || f.Label == "" || isChangeFigure(f) || yearNamedMeasure(f.Label) {
			continue // "比去年增加3%": a change, of the year it is in
		}
		for _, w := range yearBeforeWords {
			if k := strings.LastIndex(f.Label, w); k >= 0 && !hasAnySuffix(f.Label[:k], baseMarkers) && utf8.RuneCountInString(f.Label[k+len(w):]) >= 2 {
				figs[i].Label, figs[i].Year = f.Label[k+len(w):], f.Year-1
				break
			}
			at := strings.LastIndex(sentence[:f.Start], f.Label)
			if at < 0 || i > 0 && at < figs[i-1].End {
				continue // the label written for a figure before, not for this one
			}
			if rest, ok := strings.CutSuffix(sentence[:at], w); ok && !hasAnySuffix(rest, baseMarkers) {
				figs[i].Year = f.Year - 1
				break
			}
		}
	}
}

// yearNamedMeasure reports whether a label is a measure named by the year
// before ("上年结转", "上年结余"): no value of that year.
func yearNamedMeasure(label string) bool {
	for _, w := range yearBeforeWords {
		if i := strings.Index(label, w); i >= 0 && hasAnyPrefix(label[i+len(w):], []string{"结转", "结余", "结存"}) {
			return true
		}
	}
	return false
}

// hasAnyPrefix reports whether s starts with any of words.
func hasAnyPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
