package understand

import (
	"regexp"

	"github.com/healthbot/healthbot/corpus"
)

// countedItems asks for a number of items: "哪三点要求", "哪两个方面",
// "哪两家".
var countedItems = regexp.MustCompile(`哪([两二三四五六七八九十])(?:点|条|项|个方面|方面|件事|件|个|家|所|种|类|位|名|块)`)

// AskedItems reports whether a question asks for a stated number of items,
// and how many ("哪三点要求" → 3). "哪几点" states none: WantsList reads it.
func AskedItems(text string) (n int, ok bool) {
	m := countedItems.FindStringSubmatch(corpus.Normalize(text))
	if m == nil {
		return 0, false
	}
	return corpus.ParseChineseNumber(m[1]), true
}
