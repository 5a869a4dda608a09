package understand

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// A definition question asks what a term means or what it covers: "什么是
// 医共体", "甲类传染病是哪几种", "两癌筛查包括哪些". Laws, opinions and the
// 名词解释 of a government work report answer it in one sentence that
// opens with the term ("甲类传染病，是指…，包括鼠疫、霍乱").

var (
	// defineBefore: "什么是X", "何为X", "X的定义/含义".
	defineBefore = regexp.MustCompile(`(?:什么是|什么叫|何为|何谓)([\p{Han}A-Za-z0-9“”"（）()]{2,20})`)
	// defineAfter: "X是什么(意思)", "X指的是什么", "X是指什么", "X是哪几种/哪些/哪几类", "X包括哪些/什么/哪几种", "X的定义/含义是什么".
	defineAfter = regexp.MustCompile(`([\p{Han}A-Za-z0-9“”"（）()]{2,20}?)(?:是什么意思|是啥意思|是什么|指的是什么|指什么|是指什么|是哪几种|是哪几类|是哪些|有哪几种|有哪几类|包括哪些|包括什么|包含哪些|都包括哪些|分为哪几类|分为哪几种|的定义|的含义|的意思)`)
)

// termLead are words that may open the phrase before a definition
// pattern without being part of the term ("新的", "那个").
var termLead = []string{"新修订的", "新的", "那个", "这个", "里面的", "里的", "中的", "所说的", "所称", "说的", "说", "的"}

// DefinedTerm returns the term a definition question asks about ("甲类传染病"
// for "新的传染病防治法里，甲类传染病是哪几种？"), ok false when the
// question asks no definition.
func DefinedTerm(question string) (term string, ok bool) {
	q := corpus.Normalize(question)
	if term, ok := countedTerm(q); ok {
		return term, true
	}
	var m []string
	if m = defineBefore.FindStringSubmatch(q); m == nil {
		m = defineAfter.FindStringSubmatch(q)
	}
	if m == nil {
		return "", false
	}
	term = strings.Trim(m[1], "“”\"")
	for changed := true; changed; {
		changed = false
		for _, w := range termLead {
			if rest, cut := strings.CutPrefix(term, w); cut && utf8.RuneCountInString(rest) >= 2 {
				term, changed = rest, true
			}
		}
	}
	term = strings.Trim(term, "“”\"")
	if utf8.RuneCountInString(term) < 2 || isQuestionWord(term) {
		return "", false
	}
	return term, true
}

// isQuestionWord reports whether a would-be term is a question word ("这",
// "它", "哪些").
func isQuestionWord(term string) bool {
	for _, w := range []string{"这", "那", "它", "哪", "什么", "怎么"} {
		if strings.HasPrefix(term, w) {
			return true
		}
	}
	return false
}

var (
	// membersAsked: "…的那8类大病保障，具体是哪些病", "五项重点工作分别是什么".
	membersAsked = regexp.MustCompile(`([^，,。；;？?！!]{2,30}?)[，,]?\s*(?:具体|分别|都|主要)?(?:是|有|包括|指)(?:哪些|哪几|什么)`)
	// countedClass: a number of kinds or items named as one thing ("8类大病",
	// "五项重点工作", "12种重大疾病").
	countedClass = regexp.MustCompile(`[0-9一二三四五六七八九十两]+(?:类|项|种|大|条|个)\p{Han}{2,}`)
)

// countedTerm returns the counted class a question asks the members of
// ("8类大病保障" for "要全面推开的那8类大病保障，具体是哪些病？"): the
// question's subject after its last 的, when it names a number of kinds.
func countedTerm(q string) (string, bool) {
	m := membersAsked.FindStringSubmatch(q)
	if m == nil {
		return "", false
	}
	subj := m[1]
	if i := strings.LastIndex(subj, "的"); i >= 0 {
		subj = subj[i+len("的"):]
	}
	for _, w := range []string{"那", "这"} {
		subj = strings.TrimPrefix(subj, w)
	}
	loc := countedClass.FindStringIndex(subj)
	if loc == nil || loc[0] != 0 {
		return "", false
	}
	return subj, true
}

// TermVariants are the term and the term without a generic word at its
// end ("8类大病保障" → "8类大病"), the forms a defining sentence may use.
func TermVariants(term string) []string {
	out := []string{term}
	for _, w := range []string{"保障", "工作", "项目", "服务", "政策", "措施", "行动", "任务"} {
		if rest, ok := strings.CutSuffix(term, w); ok && utf8.RuneCountInString(rest) >= 3 {
			out = append(out, rest)
		}
	}
	return out
}
