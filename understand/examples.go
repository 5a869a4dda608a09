package understand

import "regexp"

// bracketedExamples are examples of what a question asks about, given in
// brackets after it: "搞医疗技术的人（医生护士技师这些）", "大病（癌症、尿毒症
// 等）". They name parts of the thing asked, not what is asked: the count
// asked is the whole's (卫生技术人员), not a part's (注册护士).
var bracketedExamples = regexp.MustCompile(`[（(][^（）()]{2,30}?(?:这些|那些|这类|那类|之类|啥的|什么的|等等|等)[)）]`)

// leadingExamples are examples given before the kind they belong to,
// which the question then names: "像流感、腮腺炎、拉肚子这一类（丙类）的病".
// The kind is what is asked.
var leadingExamples = regexp.MustCompile(`像[^，,。；;？?（）()]{2,30}?(?:这一类|这类|那一类|那类|这些|之类)的?\s*[（(]([^（）()]{1,12})[)）]`)

// withoutExamples removes the examples of a question, keeping the kind a
// bracket after them names.
func withoutExamples(q string) string {
	q = leadingExamples.ReplaceAllString(q, " $1")
	return bracketedExamples.ReplaceAllString(q, " ")
}
