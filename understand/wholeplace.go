package understand

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// wholeOfLevel pairs the words that stress a whole area ("全省") with
// the endings of the names of areas of that level.
var wholeOfLevel = []struct{ whole, ends string }{
	{"全省", "省"}, {"全区", "区"}, {"全市", "市"}, {"全州", "州"}, {"全县", "县"}, {"全盟", "盟"}, {"全旗", "旗"},
}

// WholeOfPlaceAsked is the word by which the question stresses that it asks
// of the whole of the place it names ("四川全省…一共有多少人" of 四川省:
// 全省), "" when it does not: the figures of places within it (攀枝花市's)
// answer nothing of it, unless their sentence speaks of that whole too
// ("此次全省共有8家医院晋级三级甲等医院" in 南充's news). "全省各市" asks of
// its parts, not of the whole.
func WholeOfPlaceAsked(question, place string) string {
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
