package bot

import (
	"regexp"
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// rankAsked asks which items rank first: "丙类病里排前三的都是啥病", "报得
// 最多的是哪几种病", "居前几位的".
var rankAsked = regexp.MustCompile(`排前|排在前|前[几三五十]|最多的|最高的|居前|排名|靠前|最常见`)

// rankGiven is a sentence that ranks items: "报告发病数居前5位的病种依次为:
// 肺结核、乙肝…", "居前五位的丙类传染病是…", "排名前三的是…".
var rankGiven = regexp.MustCompile(`(?:居|位居|排名|排在|位列)?前[\d一二三四五六七八九十]+(?:位|名)|依次为|依次是|居首`)

// ownWeight is how much more a ranking sentence's own words count than
// those of the sentences before it.
const ownWeight = 10

// rankSources is how many of the best sources are read for a ranking.
const rankSources = 3

// rankedPlaceKinds are the kinds of place or institution a ranking may
// name instead of the things it ranks ("居前5位的县市:永平县、宾川县…").
var rankedPlaceKinds = []string{"县", "市", "区", "乡", "镇", "村", "省", "州", "社区", "医院", "卫生院"}

// rankedKindWeight is what a ranking naming things of the kind asked
// (永平县、宾川县… for 哪几个县) gains over one ranking another kind.
const rankedKindWeight = 20

// rankedItems is the sentence of the best sources that ranks the items a
// question asks the first of, the one whose own words, then those since
// the ranking before it (which may name the class ranked: 乙类), the
// question shares most; ok is false when the question asks no ranking or no source gives
// one.
func rankedItems(question string, sources []Source) ([]listItem, bool) {
	if !rankAsked.MatchString(corpus.Normalize(question)) {
		return nil, false
	}
	topic := understand.Topic(question)
	q := bigrams(topic + " " + understand.Substitute(topic)) // "死人最多的" in the reports' words too: 死亡
	kinds := askedKinds(understand.WhichKind(question))
	if len(kinds) == 0 || !slices.Contains(rankedPlaceKinds, kinds[len(kinds)-1]) {
		kinds = nil // a kind of disease or thing is what every ranking of them ranks
	}
	for _, s := range sources[:min(rankSources, len(sources))] {
		sents := splitSentences(s.Text)
		best, most, from := -1, -1, 0
		for i, sent := range sents {
			if !rankGiven.MatchString(sent) {
				continue
			}
			// The sentences since the ranking before it say what this one
			// ranks ("全省共报告丙类传染病9种…").
			context := strings.Join(sents[from:i+1], "")
			from = i + 1
			// Its own words first ("报告死亡数居前3位" for 死亡得最多的),
			// then those of what it ranks.
			n := ownWeight*shared(q, sent) + shared(q, context)
			if len(kinds) > 0 && namesOfKind(sent, kinds) >= minKindNames {
				n += rankedKindWeight // "排在前头的是哪几个县": the ranking of 县, not of 病种
			}
			if n > most {
				best, most = i, n
			}
		}
		if best >= 0 {
			return []listItem{{sents[best], s.N}}, true
		}
	}
	return nil, false
}
