package bot

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// wholeOfLevel pairs the words that stress a whole area ("全省") with
// the endings of the names of areas of that level.
var wholeOfLevel = []struct{ whole, ends string }{
	{"全省", "省"}, {"全区", "区"}, {"全市", "市"}, {"全州", "州"}, {"全县", "县"}, {"全盟", "盟"}, {"全旗", "旗"},
}

// asksWholeOfPlace reports whether the question stresses that it asks of
// the whole of the place it names ("四川全省…一共有多少人" of 四川省): the
// figures of places within it (攀枝花市's) answer nothing of it. "全省各
// 市" asks of its parts, not of the whole.
func asksWholeOfPlace(question, place string) bool {
	q := corpus.Normalize(question)
	for _, w := range wholeOfLevel {
		i := strings.Index(q, w.whole)
		if i < 0 || !strings.HasSuffix(place, w.ends) {
			continue
		}
		if rest := q[i+len(w.whole):]; strings.HasPrefix(rest, "各") || strings.HasPrefix(rest, "所有") {
			return false
		}
		return true
	}
	return false
}
