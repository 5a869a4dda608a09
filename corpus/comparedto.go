package corpus

import (
	"regexp"
	"strings"
)

// A local bulletin compares its rates with the country's in brackets:
//
//	孕产妇死亡率为5.83/10万，婴儿死亡率为2.80‰，均低于同期全国平均水平（16.1/10万、5.0‰）。
//
// The bracketed values are the country's, of the measures given before them
// in the same order of units: 全国 孕产妇死亡率 16.1/10万, 全国 婴儿死亡率 5.0‰,
// not a "低于同期全国平均水平" of the place's own.

// nationalLevel is the comparison a bracket of national values follows:
// "全国平均水平（", "全国水平(", "全国平均(".
var nationalLevel = regexp.MustCompile(`全国\p{Han}{0,4}(?:水平|平均|均值)\s*[（(]$`)

// maxComparedLead bounds, in bytes, the text between the comparison's
// opening bracket and the figure read as one of its values.
const maxComparedLead = 120

// nationalComparisons gives the figures in a bracket after a comparison
// with the national level the country as place and, in order, the labels
// of the figures of the same units before the comparison in the sentence.
func nationalComparisons(work string, rep *Report) {
	figs := rep.Figures
	for i := range figs {
		f := &figs[i]
		open := comparedBracket(work, f.Span.Start)
		if open < 0 {
			continue
		}
		f.Place = NationalPlace
		// The figures of its unit before the bracket in the sentence, in
		// order: the measures compared.
		var before []*Figure
		for j := i - 1; j >= 0 && figs[j].Sentence == f.Sentence; j-- {
			if figs[j].Span.End <= open && figs[j].Unit == f.Unit {
				before = append([]*Figure{&figs[j]}, before...)
			}
		}
		if n := sameUnitBefore(figs, i, open); n < len(before) {
			f.Label = withoutOpeningPlace(before[n].Label) // the place's 安徽省孕产妇死亡率 is the country's 孕产妇死亡率
		}
	}
}

// sameUnitBefore counts the figures of figs[i]'s unit inside its bracket
// before it: which of the compared measures of that unit it is.
func sameUnitBefore(figs []Figure, i, open int) int {
	n := 0
	for j := i - 1; j >= 0 && figs[j].Sentence == figs[i].Sentence && figs[j].Span.Start > open; j-- {
		if figs[j].Unit == figs[i].Unit {
			n++
		}
	}
	return n
}

// comparedBracket is where the bracket holding byte at opens when it
// follows a comparison with the national level and is still open at at;
// -1 otherwise.
func comparedBracket(work string, at int) int {
	lo := max(0, at-maxComparedLead)
	seg := work[lo:at]
	open := max(strings.LastIndex(seg, "（"), strings.LastIndex(seg, "("))
	if open < 0 || strings.ContainsAny(seg[open:], "）)。；\n") || !strings.Contains(seg[:open], "全国") && !strings.Contains(seg[:open], "全國") {
		return -1 // no comparison with the country: nothing to simplify and match
	}
	size := len("（")
	if seg[open] == '(' {
		size = 1
	}
	if !nationalLevel.MatchString(Simplify(seg[:open+size])) {
		return -1
	}
	return lo + open
}
