package figures

import (
	"slices"
	"strings"
)

// A result announced in one clause and given by a copula in the next
// ("北京市2024年居民健康素养监测结果公布,为44.6%") names what it measures in
// the clause before: the thing announced.

// copulas give a value with no words of its own ("为44.6%").
var copulas = []string{"为", "是", "达", "达到", "约为", "约"}

// announcingVerbs end the clause that announces a result: "结果公布",
// "数据发布".
var announcingVerbs = []string{"公布", "发布", "出炉", "揭晓", "显示", "公开"}

// isClauseSep reports whether r ends a clause of a sentence.
func isClauseSep(r rune) bool { return strings.ContainsRune("，,；;：:。", r) }

// announcedValue labels a candidate the sentence gives no label, its
// clause holding only a copula before the number, by the clause before it,
// without the verb announcing it ("居民健康素养监测结果").
func announcedValue(t *text, c *cand) {
	if !c.label.empty() {
		return
	}
	k := c.num.a
	for k > 0 && !isClauseSep(t.n[k-1]) {
		k--
	}
	if k == 0 || !slices.Contains(copulas, strings.TrimSpace(string(t.n[k:c.num.a]))) {
		return
	}
	end := k - 1
	s := end
	for s > 0 && !isClauseSep(t.n[s-1]) {
		s--
	}
	p := phrase{t.r[s:end], t.n[s:end]}
	for _, v := range announcingVerbs {
		if strings.HasSuffix(string(p.n), v) {
			p = p.slice(0, len(p.r)-len([]rune(v)))
			break
		}
	}
	if p = clean(p); len(p.r) >= 2 && hasHan(p) {
		c.label = capLabel(p)
	}
}
