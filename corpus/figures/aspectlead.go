package figures

import "strings"

// aspectLead is the field a sentence opens with before 方面 ("初级卫生护理场
// 所方面,求诊人次按年增加20.9%至379.0万"): the figures of the sentence are
// that field's, so c's label is read with it. An empty phrase when the
// sentence opens otherwise, the field is no short name, or the label
// already holds it.
func aspectLead(t *text, c *cand) phrase {
	n := t.n
	start := c.num.a
	for start > 0 && !sentenceEnd(n[start-1]) {
		start--
	}
	end := start
	for end < c.num.a && !isHardBoundary(n[end]) {
		end++
	}
	if end >= c.num.a || n[end] != ',' || end-start < 4 || string(n[end-2:end]) != "方面" {
		return phrase{}
	}
	head := trimLead(phrase{t.r[start : end-2], n[start : end-2]})
	if hasPrefixRunes(head.n, "在") {
		head = head.slice(1, len(head.n))
	}
	if len(head.r) < 3 || len(head.r) > maxAspectLead || !hasHan(head) || strings.ContainsFunc(string(head.n), isDigit) ||
		strings.Contains(string(c.label.n), string(head.n)) || len(c.label.r)+len(head.r) > maxLabel+maxAspectLead/2 {
		return phrase{}
	}
	return head
}

// maxAspectLead bounds the field named before 方面.
const maxAspectLead = 10

// sentenceEnd reports whether c ends a sentence or a line.
func sentenceEnd(c rune) bool { return strings.ContainsRune("。;!?\n\r", c) }
