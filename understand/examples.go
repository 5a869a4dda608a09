package understand

import "regexp"

// bracketedExamples are examples of what a question asks about, given in
// brackets after it: "搞医疗技术的人（医生护士技师这些）", "大病（癌症、尿毒症
// 等）". They name parts of the thing asked, not what is asked: the count
// asked is the whole's (卫生技术人员), not a part's (注册护士).
var bracketedExamples = regexp.MustCompile(`[（(][^（）()]{2,30}?(?:这些|那些|这类|那类|之类|啥的|什么的|等等|等)[)）]`)

// withoutExamples removes the bracketed examples of a question.
func withoutExamples(q string) string {
	return bracketedExamples.ReplaceAllString(q, " ")
}
