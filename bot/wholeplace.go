package bot

import (
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// speaksOfWhole reports whether a figure's sentence gives it as the whole
// area's (whole, "全省") before its value: "此次全省共有8家医院晋级…", not
// "报告发病率45.58/10万,居全省第11位,低于全省(50.77/10万)平均水平", where
// the whole is only compared with.
func speaksOfWhole(fig corpus.Figure, whole string) bool {
	s := corpus.Normalize(corpus.SimplifyRunes(fig.Sentence))
	i := strings.Index(s, writtenValue(fig))
	if i < 0 {
		return false
	}
	before := s[:i]
	for at := strings.Index(before, whole); at >= 0; {
		if !slices.ContainsFunc(comparedWithWhole, func(w string) bool { return strings.HasSuffix(before[:at], w) }) {
			return true
		}
		next := strings.Index(before[at+len(whole):], whole)
		if next < 0 {
			break
		}
		at += len(whole) + next
	}
	return false
}

// comparedWithWhole stand before a whole area named only as what a figure
// is compared with or ranked in ("低于全省", "占全省", "居全省").
var comparedWithWhole = []string{"于", "比", "较", "占", "居", "列", "在"}
