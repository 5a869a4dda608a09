package corpus

import (
	"regexp"
	"strings"
)

// A five-year plan copied without its title line says what it is in its
// opening: "根据国家《“十四五”国民健康规划》…精神，结合实际，制定本规划。"
// Read as a plan of that period, its review of the period before keeps
// its own years and its goals take the period's end.

var (
	// declaresPlan is the clause by which a plan names itself.
	declaresPlan = regexp.MustCompile(`(?:制定|编制|制订|特制定)本规划`)
	// ordinalPlan is a five-year plan by its ordinal: "第十四个五年规划".
	ordinalPlan = regexp.MustCompile(`第十([一二三四五六七八九])个五年规划`)
)

// declaredPlanOpening is how far, in bytes, into a report its declaring
// sentence may stand.
const declaredPlanOpening = 1500

// declaredPlanStart is the first year of the five-year plan a report's
// opening declares itself to be (the latest plan the declaring sentence
// names: the national plans it follows are of the same period or earlier),
// 0 when it declares none.
func declaredPlanStart(work string, span Span) int {
	open := headSpan(work, span, declaredPlanOpening)
	simp := Simplify(work[open.Start:open.End])
	loc := declaresPlan.FindStringIndex(simp)
	if loc == nil {
		return 0
	}
	sentence := simp[strings.LastIndexAny(simp[:loc[0]], "。\n")+1 : loc[1]]
	latest := 0
	for _, re := range []*regexp.Regexp{fiveYearPlan, ordinalPlan} {
		for _, m := range re.FindAllStringSubmatch(sentence, -1) {
			latest = max(latest, PlanFirstYear(m[1]))
		}
	}
	return latest
}
