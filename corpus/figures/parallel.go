package figures

import "strings"

// Counts listed one after the other often name their subject once:
// "完成“双随机、一公开”国家任务412个、省级任务204个" counts the 省级任务 of
// the same 双随机、一公开. A label right after "、" that differs from the
// previous label only by a word of the same contrast (国家 / 省级) takes the
// words before that word.

// levelContrasts are words that name parts of one thing side by side.
var levelContrasts = [][]string{
	{"国家级", "国家", "省级", "市级", "县级", "区级", "乡镇级", "乡级", "村级"},
	{"城市", "城镇", "农村"},
	{"一级", "二级", "三级"},
	{"公立", "民营", "社会办"},
	{"男性", "女性"},
	{"西医", "中医", "中西医结合"},
	// The insured, as 医保 notices part their contributions ("成年居民个人缴费
	// 标准为310元,学生儿童为210元").
	{"成年居民", "老年居民", "学生儿童", "中小学生", "大学生", "未成年人", "成年人", "老年人", "学生", "儿童"},
}

// minSubjectRunes is the shortest subject carried: one character is a verb
// or a particle ("有三级医院").
const minSubjectRunes = 2

// maxParallelRunes bounds the label that takes a subject this way.
const maxParallelRunes = 6

// parallelSubject gives c the subject of prev when c follows prev's unit
// (or the bracket after it) after "、" or "," and names the same head with
// another word of a contrast.
func parallelSubject(t *text, prev, c *cand) {
	cw, head, set, ok := contrastOf(t, prev, c, "、,", true)
	if !ok {
		return
	}
	pl := string(prev.label.r)
	for _, pw := range set {
		i := strings.Index(pl, pw)
		if pw == cw || i <= 0 || !strings.HasSuffix(pl, head) {
			continue
		}
		subject := pl[:i]
		// As long as prev's own label: the same subject, another kind.
		if n := len([]rune(subject)); n >= minSubjectRunes && n+len(c.label.r) <= max(maxLabel, len(prev.label.r)+2) {
			c.label = newPhrase(subject + cw + head)
		}
		return
	}
}

// parallelMeasure gives c the measure of prev when c follows prev's unit
// after "、" or "," and names only another part of prev's subject by a word
// of a contrast: "城市居民健康素养水平为30.98%,农村居民为30.33%" gives the
// 农村居民 their 健康素养水平 (and not the place before 城市).
func parallelMeasure(t *text, prev, c *cand) {
	cw, head, set, ok := contrastOf(t, prev, c, "、,", false)
	if !ok {
		return
	}
	pl := string(prev.label.r)
	for _, pw := range set {
		i := strings.Index(pl, pw+head)
		if pw == cw || i < 0 {
			continue
		}
		measure := pl[i+len(pw+head):]
		if n := len([]rune(measure)); n >= minSubjectRunes && n+len(c.label.r) <= maxLabel {
			c.label = newPhrase(cw + head + measure)
		}
		return
	}
}

// contrastOf reads c, a short label right after prev's unit and one of
// seps, as a word of a contrast (cw: 农村) and the rest (head: 居民), with
// the words of that contrast; ok is false for any other label. pastBracket
// lets a bracket closed after prev's unit stand before the separator.
func contrastOf(t *text, prev, c *cand, seps string, pastBracket bool) (cw, head string, set []string, ok bool) {
	if c.source != fromCore || len(c.label.r) == 0 || len(c.label.r) > maxParallelRunes || prev.label.empty() {
		return "", "", nil, false
	}
	k := prev.ue
	if pastBracket && k < len(t.n) && (t.n[k] == ')' || t.n[k] == '）') {
		k++ // "西医诊疗病种133种(增加14种),中医诊疗病种73种": past the bracket
	}
	if k >= len(t.n) || !strings.ContainsRune(seps, t.n[k]) {
		return "", "", nil, false
	}
	cl := string(c.label.r)
	for _, set := range levelContrasts {
		if cw := prefixOf(cl, set); cw != "" {
			return cw, strings.TrimPrefix(cl, cw), set, true
		}
	}
	return "", "", nil, false
}

// prefixOf returns the word of set s starts with, longest first, or "".
func prefixOf(s string, set []string) string {
	best := ""
	for _, w := range set {
		if strings.HasPrefix(s, w) && len(w) > len(best) {
			best = w
		}
	}
	return best
}

// sharedVerb gives a count whose label is a bare noun the verb of the
// count it follows, listed with it with no verb of its own ("落实31个场景
// 38项任务", "落实31个场景、38项任务": 落实任务, not a bare 任务 dropped).
func sharedVerb(t *text, prev, c *cand) {
	if c.source != fromFollow || !bareNouns.has(c.label.n) || prev.label.empty() {
		return
	}
	if between := strings.TrimSpace(string(t.n[min(max(prev.followTo, prev.ue), c.num.a):c.num.a])); between != "" && between != "、" {
		return
	}
	if l := contentVerbs.prefix(prev.label.n, 0, len(prev.label.n)); l > 0 && l < len(prev.label.n) {
		c.label = joinPhrase(prev.label.slice(0, l), c.label)
	}
}
