package corpus

import (
	"regexp"
	"strconv"
)

// paragraphDeadline is a deadline that opens a sentence or a clause of a
// paragraph ("（二）主要目标。到2020年，…", "到2030年，…"); group 1 is its year.
var paragraphDeadline = regexp.MustCompile(`(?:^|[。，,：:；;])\s*(?:到|至)((?:19|20)\d\d)年(?:底|末)?前?\s*[，,]`)

// carriedDeadline is the deadline a plan's paragraph with no time of its
// own goes on with: the last one the paragraph before it wrote, or the
// one that paragraph went on with itself (prev). "（二）主要目标。到2020年，
// …" then "…5岁以下儿童贫血率控制在12%以下；孕妇贫血率下降至15%以下": the
// targets listed after the goal's year are of that year, not of the
// plan's end (2030); "到2030年，…" after them opens the next year's.
func carriedDeadline(prevPara string, prev int) int {
	ms := paragraphDeadline.FindAllStringSubmatch(Simplify(prevPara), -1)
	if ms == nil {
		return prev
	}
	y, _ := strconv.Atoi(ms[len(ms)-1][1])
	return y
}

// titledSpanStart is the first year of a span of years a plan's title
// names ("国民营养计划(2019—2030年)": 2019), 0 for a title that names none
// or reviews one.
func titledSpanStart(simpTitle string) int {
	m := yearSpan.FindStringSubmatch(simpTitle)
	if m == nil || containsAny(simpTitle, reviewTitleWords) || !containsAny(simpTitle, planTitleWords) {
		return 0
	}
	return parseYear(m[1])
}

// planTitleWords name a document that sets goals for the years it spans.
var planTitleWords = []string{"计划", "规划", "纲要", "方案", "行动"}
