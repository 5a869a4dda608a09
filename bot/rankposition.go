package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A question may ask where one thing ranks ("医改评价在省里排第几"); its
// sentence often ranks it twice, or ranks two things ("全国排名第26名,省内
// 排名第6名", "千人口献血率…位居全市第3名,采血量同期比…位居全市第13名").
// Quoted whole, the other rank reads as the answer too: the clause of the
// scope and the thing asked is quoted, after the clause naming what is
// ranked.

// positionAsked asks a rank: "排第几", "第几名", "排名多少", "排在哪".
var positionAsked = regexp.MustCompile(`排第几|排在第几|第几名|第几位|排名多少|排名如何|排名怎么样|排在哪|排哪|名次`)

// positionGiven is a clause giving a rank: "排名第26名", "位居全市第13名",
// "居全省第一", "列第3位".
var positionGiven = regexp.MustCompile(`(?:排名|排序|排位|位居|位列|居|列|排)[^，,；;。]{0,12}?第[\d一二三四五六七八九十]+(?:名|位)?`)

// rankScopes are the words naming where a rank is counted, each with the
// scope it names: a clause of the scope asked is the answer.
var rankScopes = []struct{ word, scope string }{
	{"全国", "国"}, {"国内", "国"}, {"全省", "省"}, {"省内", "省"}, {"省里", "省"}, {"省上", "省"}, {"全区", "区"}, {"区内", "区"},
	{"全市", "市"}, {"市内", "市"}, {"市里", "市"}, {"全州", "州"}, {"州内", "州"}, {"全县", "县"}, {"县内", "县"}, {"县里", "县"},
}

// scopeOf is the scope a text names for a rank, "" when it names none.
func scopeOf(text string) string {
	for _, s := range rankScopes {
		if strings.Contains(text, s.word) {
			return s.scope
		}
	}
	return ""
}

// rankPositionItems is the clause of the best sources giving the rank a
// question asks: of the scope it names when it names one, sharing most of
// its words, quoted after the nearest clause before it that ranks nothing
// (what is ranked); ok is false when no rank is asked or no clause gives
// one.
func rankPositionItems(question string, sources []Source) ([]listItem, bool) {
	asked := corpus.Normalize(question)
	if !positionAsked.MatchString(asked) {
		return nil, false
	}
	q := bigrams(understand.Topic(question))
	scope := scopeOf(asked)
	m, ok := bestClause(sources, positionGiven, func(clause, _ string) int {
		n := shared(q, clause)
		if scope != "" && scopeOf(clause) == scope {
			n += ownWeight
		}
		return n
	})
	if !ok {
		return nil, false
	}
	text := m.clauses[m.at]
	if k := m.before(positionGiven); k >= 0 {
		text = m.clauses[k] + "…" + text
	}
	return []listItem{{text, m.src}}, true
}
