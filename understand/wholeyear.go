package understand

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// wholeYearAsked asks a figure of a whole year: "一整年", "全年一共",
// "一年下来".
var wholeYearAsked = regexp.MustCompile(`一整年|整一年|整年|全年|一年下来|一年到头`)

// AsksWholeYear reports whether a question asks a whole year's figure
// ("阜阳去年一整年120出车多少次"), which half a year's is not; a question
// naming a half of the year asks that half.
func AsksWholeYear(question string) bool {
	q := corpus.Normalize(question)
	return wholeYearAsked.MatchString(q) && !strings.Contains(q, corpus.PeriodFirstHalf) && !strings.Contains(q, corpus.PeriodSecondHalf)
}
