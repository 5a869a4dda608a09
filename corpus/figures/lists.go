package figures

import "strings"

// Figures written one after another in a list ("新增本科高校3所、博士硕士学位授予
// 单位7个", "分别增长4.4%、5.6%") share what only the first one says.

// eachListed calls f for every figure written right after another in the
// same list: the text between them holds a 、 and no clause punctuation, or
// is a conjunction alone ("分别增长6%和7.4%"); bare is true when it is the
// 、 or the conjunction alone.
func eachListed(sentence string, figs []Figure, f func(prev Figure, cur *Figure, bare bool)) {
	for i := 1; i < len(figs); i++ {
		prev, cur := figs[i-1], &figs[i]
		if prev.End > cur.Start {
			continue
		}
		seg := sentence[prev.End:cur.Start]
		bare := strings.TrimSpace(seg)
		joined := bare == "和" || bare == "及" || bare == "与"
		if !joined && (!strings.Contains(seg, "、") || strings.ContainsAny(seg, "，,。；;")) {
			continue
		}
		f(prev, cur, bare == "、" || joined)
	}
}

// newVerbs count what is new in the year ("新增本科高校3所"): a figure
// listed after one that opens with them counts new things too.
var newVerbs = []string{"新增", "新建", "新创建", "新开工", "新认定", "新培育", "新引进", "新招录", "新设立", "新组建", "新开设", "新纳入", "新入选", "新获批"}

// shareNewVerb gives the items of a list ("新增本科高校3所、博士硕士学位授予
// 单位7个") the "new" verb the first item opens with: the second counts new
// units too, not all of them.
func shareNewVerb(sentence string, figs []Figure) {
	eachListed(sentence, figs, func(prev Figure, cur *Figure, _ bool) {
		for _, v := range newVerbs {
			if strings.HasPrefix(prev.Label, v) && !strings.HasPrefix(cur.Label, "新") {
				cur.Label = v + cur.Label
				return
			}
		}
	})
}

// shareChange gives the values of a list ("分别增长4.4%、5.6%") the change
// word the first one is written with: the second is a growth rate too.
func shareChange(sentence string, figs []Figure) {
	eachListed(sentence, figs, func(prev Figure, cur *Figure, bare bool) {
		if !bare || cur.Qualifier != "" {
			return
		}
		for _, q := range strings.Fields(prev.Qualifier) {
			if changeVerbs.suffix(newPhrase(q).n, 0, len([]rune(q))) > 0 {
				cur.Qualifier = q
			}
		}
	})
}
