package figures

import "strings"

// breakdownEnds end the head of a colon that introduces the parts of a
// whole: "主要死因构成：早产17.8%、出生窒息17.6%", "病种分布：…".
var breakdownEnds = []string{"构成", "分布", "顺位", "排位", "组成"}

// maxColonHead bounds the runes of a colon's head kept in a label.
const maxColonHead = 10

// colonHead is the head of the colon c's words follow in its sentence when
// that head names a breakdown ("主要死因构成"), so the parts listed after it
// keep what they are parts of; an empty phrase otherwise. The colon must
// be the last hard boundary before c's number, and the label must not
// already hold the head.
func colonHead(t *text, c *cand) phrase {
	colon := -1
	for k := c.num.a - 1; k >= 0; k-- {
		if isHardBoundary(t.n[k]) {
			if t.n[k] == ':' {
				colon = k
			}
			break
		}
	}
	if colon < 0 {
		return phrase{}
	}
	hs := colon
	for hs > 0 && !isHardBoundary(t.n[hs-1]) {
		hs--
	}
	head := trimTail(trimLead(phrase{t.r[hs:colon], t.n[hs:colon]}))
	if len(head.r) < 3 || len(head.r) > maxColonHead || !hasHan(head) {
		return phrase{}
	}
	hn := string(head.n)
	ends := false
	for _, e := range breakdownEnds {
		ends = ends || strings.HasSuffix(hn, e)
	}
	if !ends || strings.Contains(string(c.label.n), hn) {
		return phrase{}
	}
	return head
}

// withColonHead writes a breakdown's head before a part's label:
// "主要死因构成：出生窒息".
func withColonHead(head phrase, label string) string {
	if head.empty() {
		return label
	}
	return string(head.r) + "：" + label
}
