package corpus

import (
	"regexp"
	"strings"
)

// A bulletin says which count of the population its figures follow
// ("按公安户籍口径统计，全区总户数126960户；总人口448832人，比上年末增加4885
// 人"): the people counted in the rest of its paragraph are the registered
// (户籍) or resident (常住) population, though each label says only 总人口.

// populationCaliber matches the count a sentence says it follows.
var populationCaliber = regexp.MustCompile(`按[^，,。；;]{0,6}?(户籍|常住)(?:人口)?(?:口径|统计)`)

// caliberOf is the population count a sentence says it follows ("户籍",
// "常住"), "" when it says none.
func caliberOf(sentence string) string {
	if m := populationCaliber.FindStringSubmatch(Simplify(sentence)); m != nil {
		return m[1]
	}
	return ""
}

// withCaliber names the population counts among figs by the count they
// follow: 总人口 → 户籍总人口.
func withCaliber(caliber string, figs []Figure) {
	for i := range figs {
		l := figs[i].Label
		if strings.Contains(l, "人口") && !strings.Contains(l, "户籍") && !strings.Contains(l, "常住") {
			figs[i].Label = caliber + l
		}
	}
}
