package corpus

import (
	"strings"

	"github.com/healthbot/healthbot/corpus/places"
)

// A bulletin breaks a count down in brackets right after it: "死亡131例(艾滋
// 病113例、肺结核12例、丙肝4例)". Each part is labelled by its own name
// only ("肺结核"), and would answer "肺结核报了多少例" with its deaths; it
// is the measure the count before the bracket gives, of that part.

// bracketMeasures are the measures of a count whose bracket breaks it down
// by disease or kind.
var bracketMeasures = []string{"死亡", "发病", "治愈", "出院", "住院"}

// partsInBrackets gives each figure in a bracket opened right after a
// count of one of bracketMeasures that measure ("肺结核死亡"), and each
// labelled by a place's name alone ("本土病例349例(上海234例,北京61例…)":
// 北京) the count's own label: 北京's 本土病例.
func partsInBrackets(work string, figs []Figure) {
	for i := 0; i < len(figs); i++ {
		whole := figs[i]
		measure := ""
		for _, m := range bracketMeasures {
			if strings.HasSuffix(whole.Label, m) {
				measure = m
			}
		}
		for j := i + 1; j < len(figs); j++ {
			f := &figs[j]
			if f.Span.Start < whole.Span.End || f.Unit != whole.Unit {
				break
			}
			between := work[whole.Span.End:f.Span.Start]
			open := strings.TrimLeft(between, " ")
			if !strings.HasPrefix(open, "(") && !strings.HasPrefix(open, "（") || strings.ContainsAny(between, ")）。；;\n") {
				break
			}
			switch {
			case placeNameOnly(f.Label) && whole.Label != "" && !placeNameOnly(whole.Label):
				f.Label = whole.Label
			case measure != "" && !strings.Contains(f.Label, measure):
				f.Label += measure
			}
		}
	}
}

// placeNameOnly reports whether a label is a place's name and nothing
// else ("北京", "上海市").
func placeNameOnly(label string) bool {
	_, ok := places.Lookup(label)
	return ok
}

// placesOfCount gives each figure of a list of places after a count
// ("全省累计报告确诊病例1200例，其中湖北68例、吉林836例") that is labelled
// by its place's name alone the count's label: 吉林's 确诊病例, its place
// recorded apart. The count is the nearest figure before it in the same
// sentence, in its unit, with a label of its own.
func placesOfCount(work string, figs []Figure) {
	for j := range figs {
		f := &figs[j]
		if !placeNameOnly(f.Label) {
			continue
		}
		for i := j - 1; i >= 0; i-- {
			whole := figs[i]
			if whole.Span.End > f.Span.Start || strings.ContainsAny(work[whole.Span.End:f.Span.Start], "。；;\n") {
				break
			}
			if whole.Unit == f.Unit && whole.Label != "" && !placeNameOnly(whole.Label) {
				f.Label = whole.Label
				break
			}
		}
	}
}
