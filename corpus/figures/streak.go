package figures

// A streak counts the years in a row something held: "绩效奖励资金更是连续5
// 年在全国位居第1", "艾滋病新报告病例数已经连续5年呈下降趋势". Its number is
// the years, its label the subject and what held.

// streakAt reports whether the number at [a, b) counts a streak ("连续5年
// 位居第1"), not the years a value its clause goes on to give held ("连续3年
// 保持100%": that value is the figure).
func streakAt(t *text, a, b int) bool {
	if a < 2 || string(t.n[a-2:a]) != "连续" {
		return false
	}
	for k := b; k < len(t.n) && !isHardBoundary(t.n[k]); k++ {
		if isDigit(t.n[k]) && t.nAt(k-1) != '第' && !isDigit(t.nAt(k-1)) {
			return false
		}
	}
	return true
}

// streakAdverbs stand between a streak's subject and 连续.
var streakAdverbs = newWordSet(`更是 已经 已 均 都 也 还 仍 更 是`)

// streakLabel names a streak by its subject, before 连续 (its adverbs and
// a leading 其 left out), and what held, the rest of its clause after the
// years ("在全国位居第1"); the subject alone when both are too long.
func streakLabel(t *text, c *cand) phrase {
	subj := c.label
	if e := len(subj.n); e >= 2 && string(subj.n[e-2:]) == "连续" {
		subj = subj.slice(0, e-2)
	}
	for l := streakAdverbs.suffix(subj.n, 0, len(subj.n)); l > 0 && l < len(subj.n); l = streakAdverbs.suffix(subj.n, 0, len(subj.n)) {
		subj = subj.slice(0, len(subj.n)-l)
	}
	if len(subj.n) > 1 && subj.n[0] == '其' {
		subj = subj.slice(1, len(subj.n))
	}
	subj = trimTail(trimLead(subj))
	k := c.ue
	for k < len(t.n) && !isHardBoundary(t.n[k]) && t.n[k] != '、' {
		k++
	}
	held := phrase{t.r[c.ue:k], t.n[c.ue:k]}
	for l := predicateAdverbs.prefix(held.n, 0, len(held.n)); l > 0 && l < len(held.n); l = predicateAdverbs.prefix(held.n, 0, len(held.n)) {
		held = held.slice(l, len(held.n))
	}
	if held.empty() || len(subj.r)+len(held.r) > maxLabel {
		return subj
	}
	return joinPhrase(subj, held)
}
