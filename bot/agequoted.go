package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// ageWords is an age group as a text names it ("60岁以上", "3至11岁"), no
// measure of its own.
var ageWords = regexp.MustCompile(`\d+\s*(?:[-—至到~]\s*\d+\s*)?周?岁(?:及以上|以上|以下|以内)?`)

// quotesAgeAsked reports whether an extractive answer quotes a number in a
// clause naming the age group the question asks of ("60岁以上老人的加强针
// 打了多少" is not answered by "18岁以上人群接种率95.76%"); true when the
// question names no age.
func quotesAgeAsked(text, question string) bool {
	asked := corpus.AgesNamed(corpus.Normalize(question))
	if len(asked) == 0 {
		return true
	}
	for _, clause := range strings.FieldsFunc(corpus.Simplify(text), func(r rune) bool { return strings.ContainsRune("，,；;。\n", r) }) {
		if !corpus.SharesAge(asked, corpus.AgesNamed(clause)) {
			continue
		}
		if strings.ContainsAny(notMeasures.ReplaceAllString(ageWords.ReplaceAllString(citationMarks.ReplaceAllString(clause, ""), ""), ""), "0123456789") {
			return true
		}
	}
	return false
}
