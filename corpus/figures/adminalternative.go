package figures

import "strings"

// adminLevels are the characters that name a level of administration or
// of residence; a bracket right after one of them that holds only others
// ("乡（镇）", "村（居）", "县（市、区）", "镇（街道）") gives the same level
// under its other names, part of the noun rather than a note on it.
const adminLevels = "省市县区乡镇村居街道社"

// adminAlternative reports whether the bracket p of t, a pair of
// positions [open, close+1), lists other names of the level written
// right before it.
func adminAlternative(t *text, p [2]int) bool {
	if p[0] < 1 || !strings.ContainsRune(adminLevels, t.n[p[0]-1]) {
		return false
	}
	in := t.n[p[0]+1 : p[1]-1]
	if len(in) == 0 || len(in) > 5 {
		return false
	}
	for _, c := range in {
		if c != '、' && !strings.ContainsRune(adminLevels, c) {
			return false
		}
	}
	return true
}
