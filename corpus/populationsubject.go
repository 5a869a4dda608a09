package corpus

import (
	"regexp"
	"strings"
)

// A bulletin gives several rates of one population in a run of clauses,
// naming the population once: "12岁及以上人群第1剂次覆盖率为99.23%,全程接种
// 覆盖率为90.06%;…全人群第1剂次覆盖率为83.76%,全程接种覆盖率为76.02%".
// Read alone, the two 全程接种覆盖率 look like one measure with two values
// (a conflict); each is of the population its clause run names.

// populationHead is the population a label opens with, by age or whole:
// "12岁及以上人群", "60岁以上老年人群", "全人群"; not "目标人群", which the
// rates after it need not share.
var populationHead = regexp.MustCompile(`^(?:全|[0-9０-９]+\p{Han}{0,6})人群`)

// ownAgeGroup opens a label with a population of its own, defined by age
// or schooling, not a part of the population before it: "初中生吸烟率为3.2%"
// after "15岁及以上人群吸烟率…" is of the pupils.
var ownAgeGroup = regexp.MustCompile(`^(?:初中生|高中生|中学生|小学生|大学生|中小学生|学生|青少年|儿童|婴幼儿|新生儿|孕产妇|孕妇)`)

// populationsOfBareRates gives a rate labelled with no population the
// population of the rate before it, when the two stand in one run of
// clauses (no semicolon or full stop between them).
func populationsOfBareRates(work string, figs []Figure) {
	for i := 1; i < len(figs); i++ {
		f, prev := &figs[i], figs[i-1]
		if f.Unit != "%" || strings.Contains(f.Label, "人群") || ownAgeGroup.MatchString(f.Label) || prev.Span.End > f.Span.Start {
			continue
		}
		m := populationHead.FindString(prev.Label)
		if m == "" || m == prev.Label || strings.ContainsAny(work[prev.Span.End:f.Span.Start], "；;。\n") {
			continue
		}
		f.Label = m + f.Label
	}
}
