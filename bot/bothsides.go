package bot

import (
	"strings"
	"unicode/utf8"
)

// bothNamedFirst puts first, for a question that asks two things joined by
// 和 ("新报告了多少例艾滋病感染者和病人"), the figure of the same report and
// year whose label names both ("新报告艾滋病病毒感染者和病人3755例") when
// the best names only one of them (艾滋病病人705例, a part written after
// 其中): the two together are asked, not one of them.
func bothNamedFirst(cands []figureCandidate, topic string) []figureCandidate {
	sides := joinedHeads(topic)
	if len(cands) < 2 || sides == nil {
		return cands
	}
	named := func(label string) int {
		n := 0
		for _, s := range sides {
			if strings.Contains(label, s) {
				n++
			}
		}
		return n
	}
	best := cands[0].hit.Figure
	if named(best.Label) != 1 {
		return cands
	}
	for i, c := range cands[1:] {
		f := c.hit.Figure
		if f.Report == best.Report && f.Year == best.Year && isChange(f) == isChange(best) && named(f.Label) == 2 {
			return promoted(cands, i+1)
		}
	}
	return cands
}

// joinedHeads are the heads (last two characters) of the two things a
// topic joins by 和 within one of its words ("感染者和病人" → 染者, 病人);
// nil when it joins none.
func joinedHeads(topic string) []string {
	for _, w := range strings.Fields(topic) {
		left, right, ok := strings.Cut(w, "和")
		if !ok || utf8.RuneCountInString(left) < 2 || utf8.RuneCountInString(right) < 2 {
			continue
		}
		l, r := []rune(left), []rune(right)
		return []string{string(l[len(l)-2:]), string(r[len(r)-2:])}
	}
	return nil
}
