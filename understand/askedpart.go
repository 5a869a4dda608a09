package understand

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// partAsked matches a question that names a whole and then, after a comma,
// the part of it asked: "去年主动公开的东西里，医疗卫生方面的有几条",
// "公开的信息里，工作动态那一类占了多少条", "基本公卫的钱里，中央给了多少".
var partAsked = regexp.MustCompile(`(?:里面|里头|当中|里|中)[，,]\s*(\p{Han}{2,12}?)(?:这一类|那一类|这类|那类|这一块|那一块|这块|那块|方面|领域)?的?(?:有|是|占|一共|总共|共|(?:给|拨|出|拿|投|花|掏|补)了?(?:多少|几))`)

// partWithin matches a part asked of a whole named right before 里, with
// no comma between: "艾滋病人里真正吃上抗病毒药的有几个", "妇幼保健机构里
// 能收病人住院的有几家"; group 1 is the part.
var partWithin = regexp.MustCompile(`\p{Han}{2}(?:里面|里头|当中|里)(?:真正|实际上|实际|已经|目前)?(\p{Han}{2,12}?)的(?:有|占)`)

// kindOf matches a part named as a kind of its whole: "医院这一类的医疗卫生
// 机构有多少个".
var kindOf = regexp.MustCompile(`(\p{Han}{2,8}?)(?:这一类|那一类|这类|那类|这一种|那一种|这种|那种)的?\p{Han}{2}`)

// countedPart matches a question that names a whole and then counts the
// part of it that is something: "去年收到的公开申请，有几件是要拖到下一年
// 接着办的", "…，其中多少个是民营的".
var countedPart = regexp.MustCompile(`[，,]\s*(?:其中)?(?:有|是)?(?:多少|几)(?:件|个|条|家|人|名|项|所|次)是?(?:要|被|需要|已经)?(\p{Han}{2,12}?)的`)

// AskedPart is the part of a whole a question asks about once it has named
// the whole ("…公开的东西里，医疗卫生方面的有几条": 医疗卫生), or as a kind
// of it ("医院这一类的医疗卫生机构": 医院), as the topic words of that part;
// "" when the question names no such part.
func AskedPart(question string) string {
	q := corpus.Normalize(question)
	m := partAsked.FindStringSubmatch(q)
	if m == nil {
		m = partWithin.FindStringSubmatch(q)
	}
	if m == nil {
		m = kindOf.FindStringSubmatch(StripYears(q))
	}
	if m == nil {
		if m = countedPart.FindStringSubmatch(q); m != nil {
			// What the counted part is, said first: "拖到下一年接着办" is
			// 结转; the verb after it says nothing more.
			if words := strings.Fields(Topic(m[1])); len(words) > 0 {
				m[1] = words[0]
			}
		}
	}
	if m == nil {
		return ""
	}
	part := strings.ReplaceAll(Topic(m[1]), " ", "")
	part = strings.TrimPrefix(part, placeTail(part)) // "全市医疗卫生机构"
	if p := strings.TrimRight(part, "出拿给拨投花掏"); utf8.RuneCountInString(p) >= 2 {
		part = p // "资金里，省里出的是多少": who gave it (省里), not the giving
	}
	if utf8.RuneCountInString(part) < 2 {
		return ""
	}
	return part
}
