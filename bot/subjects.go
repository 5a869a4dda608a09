package bot

import "strings"

// subjectKinds are kinds of institution a text assigns different duties
// ("基层医疗卫生机构主要提供…", "医院主要提供…"), longest first.
var subjectKinds = []string{"基层医疗卫生机构", "专业公共卫生机构", "疾病预防控制机构", "妇幼保健机构", "医疗卫生机构", "医院"}

// ofAskedSubject drops the items whose subject is another kind of
// institution than the one the question asks about: "基层医疗卫生机构主要
// 负责哪些服务" is not answered by "医院主要提供…急危重症…". Items are
// kept when none would be left.
func ofAskedSubject(question string, items []listItem) []listItem {
	asked := firstWordOf(question, subjectKinds)
	if asked == "" {
		return items
	}
	var kept []listItem
	for _, it := range items {
		subject := it.text
		if k := strings.IndexAny(subject, "，,："); k >= 0 {
			subject = subject[:k]
		}
		if i := strings.Index(subject, "主要"); i >= 0 {
			subject = subject[:i]
		}
		if other := firstWordOf(subject, subjectKinds); other != "" && other != asked && !strings.Contains(subject, asked) {
			continue
		}
		kept = append(kept, it)
	}
	if len(kept) == 0 {
		return items
	}
	return kept
}

// firstWordOf is the first word of words (in their order) that s holds, "" if
// none.
func firstWordOf(s string, words []string) string {
	for _, w := range words {
		if strings.Contains(s, w) {
			return w
		}
	}
	return ""
}
