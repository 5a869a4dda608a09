package figures

import "strings"

// ownerVerbs say who has what a list goes on to count: "市级医院现有副高以上
// 职称5000人、硕士以上学历4710人".
var ownerVerbs = []string{"现有", "拥有", "共有"}

// ownerOfList gives c, listed right after prev's unit with "、", the owner
// prev's label names before its verb of having ("市级医院现有"): the
// hospitals have the 硕士以上学历 as well as the 副高以上职称.
func ownerOfList(t *text, prev, c *cand) {
	if c.source != fromCore || c.label.empty() || prev.label.empty() || t.nAt(prev.se) != '、' || !startsLabel(t, prev.se+1, c) {
		return
	}
	pl := string(prev.label.r)
	for _, v := range ownerVerbs {
		i := strings.Index(pl, v)
		if i <= 0 {
			continue
		}
		owner := pl[:i+len(v)]
		if strings.HasPrefix(string(c.label.r), owner) || len([]rune(owner))+len(c.label.r) > maxLabel {
			return
		}
		c.label = newPhrase(owner + string(c.label.r))
		return
	}
}

// startsLabel reports whether c's label is written from k on: the list
// goes straight on to it.
func startsLabel(t *text, k int, c *cand) bool {
	return k+len(c.label.r) <= len(t.r) && string(t.r[k:k+len(c.label.r)]) == string(c.label.r)
}
