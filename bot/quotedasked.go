package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
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
	return len(asked) == 0 || quotesNumberWhere(text, func(clause string) bool {
		return corpus.SharesAge(asked, corpus.AgesNamed(clause))
	}, func(clause string) bool {
		return len(corpus.AgesNamed(clause)) > 0
	})
}

// quotesDiseaseAsked reports whether an extractive answer quotes a number
// in a clause naming the diseases the question asks the cases of ("3月手足
// 口病报了多少例" is not answered by "报告丙类传染病7种37378例"); true when
// the question names none or asks no cases.
func quotesDiseaseAsked(text, question string) bool {
	diseases := understand.DiseasesNamed(question)
	if len(diseases) == 0 || !asksCases(question) {
		return true // "乙肝疫苗第一针打了多少人": the vaccine's doses, which name no disease
	}
	return quotesNumberWhere(rankOf.ReplaceAllString(corpus.Simplify(text), ""), func(clause string) bool {
		return namesEveryDisease(clause, diseases)
	}, func(clause string) bool {
		return len(understand.DiseasesNamed(clause)) > 0
	})
}

// rankOf is a rank a quote gives ("报告发病数居前5位的病种依次为…梅毒"): no
// count of the diseases it names.
var rankOf = regexp.MustCompile(`[前第]\s*\d{1,2}\s*(?:位|名)`)

// quotesNumberWhere reports whether a clause of an answer's quotes that
// about accepts holds a number measuring something: not an age, a year or
// an index. A clause about accepts governs the clauses after it in its
// sentence that name no group of their own (names): "为80周岁以上低保老人
// 增发高龄补贴，每人每月100元" gives the 80-year-olds' 100元.
func quotesNumberWhere(text string, about, names func(clause string) bool) bool {
	for _, sentence := range strings.FieldsFunc(corpus.Simplify(text), func(r rune) bool { return strings.ContainsRune("；;。\n", r) }) {
		governed := false
		for _, clause := range strings.FieldsFunc(sentence, func(r rune) bool { return r == '，' || r == ',' }) {
			switch {
			case about(clause):
				governed = true
			case names(clause):
				governed = false
			}
			if governed && strings.ContainsAny(notMeasures.ReplaceAllString(ageWords.ReplaceAllString(citationMarks.ReplaceAllString(clause, ""), ""), ""), "0123456789") {
				return true
			}
		}
	}
	return false
}

// casesWords ask the cases or deaths of a disease.
var casesWords = []string{"报了", "报告", "发病", "病例", "死了", "死亡", "得病", "感染"}

// asksCases reports whether a question asks the cases or deaths of a
// disease, not what was done against it.
func asksCases(question string) bool {
	q := corpus.Normalize(question)
	return understand.AskedUnit(q) == "例" || containsAny(q, casesWords)
}
