package figures

import "strings"

// maxFoundationSpan bounds how far before a value its "在/从" may stand
// ("从2024年的79岁基础上": 8 runes).
const maxFoundationSpan = 12

// foundationBases finds the values a change builds on, written inside its
// "在/从…基础上" ("人均预期寿命在2024年79岁的基础上提高1岁", "从2024年的79岁
// 基础上再提升1岁，达到80岁"): each is the start of the change after it, of
// the measure named before 在/从, which labels the change and the level it
// reaches too. It returns their indexes, each with the year the words
// before it name (0 for none), and the indexes of the values built on
// them, each with its base's year, which is not theirs.
func foundationBases(t *text, years []yearMark, cands []cand) (bases, builtOn map[int]int) {
	bases, builtOn = map[int]int{}, map[int]int{}
	for i := 0; i+1 < len(cands); i++ {
		c, next := &cands[i], &cands[i+1]
		if !foundationAfter(t, c.se) || next.label.empty() {
			continue
		}
		opener := -1
		for k := c.num.a - 1; k >= 0 && c.num.a-k <= maxFoundationSpan; k-- {
			if isHardBoundary(t.n[k]) {
				break
			}
			if t.n[k] == '在' || t.n[k] == '从' {
				opener = k
				break
			}
		}
		if opener < 0 {
			continue
		}
		// The measure is named before 在/从, after the clause's start.
		start := opener
		for start > lo0(cands, i) && !isHardBoundary(t.n[start-1]) {
			start--
		}
		subject := trimLead(newPhrase(string(t.n[start:opener])))
		if !hasHan(subject) && i > 0 && !cands[i-1].label.empty() {
			// "…减少到12.5万户,在2016年减少10.8万户的基础上再减少5.65万户":
			// the measure of the clause before.
			subject = cands[i-1].label
		}
		if !hasHan(subject) {
			continue
		}
		year := 0
		for _, m := range years {
			if m.a >= opener && m.b <= c.num.a {
				year = m.val
			}
		}
		bases[i] = year
		// The change and the levels after it that took their label from
		// the words between ("基础上") take the measure's.
		between := string(next.label.r)
		c.label = subject
		for j := i + 1; j < len(cands) && string(cands[j].label.r) == between; j++ {
			cands[j].label = subject
			builtOn[j] = year
		}
		for j := i + 1; j < len(cands); j++ {
			// "…再减少5.65万户,减幅31%": the change's own measure ("基础上减幅")
			// is the subject's.
			if rest, ok := strings.CutPrefix(string(cands[j].label.r), between); ok && rest != "" && between != "" {
				cands[j].label = joinPhrase(subject, newPhrase(rest))
				builtOn[j] = year
			}
		}
	}
	return bases, builtOn
}

// foundationAfter reports whether "(的)基础上" follows e: the value before
// it is what a change builds on.
func foundationAfter(t *text, e int) bool {
	if t.nAt(e) == '的' {
		e++
	}
	return e+3 <= len(t.n) && string(t.n[e:e+3]) == "基础上"
}
