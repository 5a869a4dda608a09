package bot

import (
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// wholeOfLevel pairs the words that stress a whole area ("全省") with
// the endings of the names of areas of that level.
var wholeOfLevel = []struct{ whole, ends string }{
	{"全省", "省"}, {"全区", "区"}, {"全市", "市"}, {"全州", "州"}, {"全县", "县"}, {"全盟", "盟"}, {"全旗", "旗"},
}

// wholeOfPlaceAsked is the word by which the question stresses that it asks
// of the whole of the place it names ("四川全省…一共有多少人" of 四川省:
// 全省), "" when it does not: the figures of places within it (攀枝花市's)
// answer nothing of it, unless their sentence speaks of that whole too
// ("此次全省共有8家医院晋级三级甲等医院" in 南充's news). "全省各市" asks of
// its parts, not of the whole.
func wholeOfPlaceAsked(question, place string) string {
	q := corpus.Normalize(question)
	for _, w := range wholeOfLevel {
		i := strings.Index(q, w.whole)
		if i < 0 || !strings.HasSuffix(place, w.ends) {
			continue
		}
		if rest := q[i+len(w.whole):]; strings.HasPrefix(rest, "各") || strings.HasPrefix(rest, "所有") {
			return ""
		}
		return w.whole
	}
	return ""
}

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
