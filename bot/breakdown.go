package bot

import (
	"regexp"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A question asking the kinds a whole is made of ("公开的信息都有哪几类") is
// answered by the sentence breaking that whole down by kind: "共公开发布信
// 息1017条,其中政策文件11条,…,行政执法信息公示36条,…,人员招聘公示35条".

// kindsAsked asks the kinds of something.
var kindsAsked = regexp.MustCompile(`哪几类|哪些类|哪几种类|哪些种类|哪几个类|什么类型|哪些类型|哪几个类型|分几类|分哪几类|哪些类别|哪几个方面的`)

// breakdownPart is one part of a breakdown: its name and count ("政策文件11条").
var breakdownPart = regexp.MustCompile(`\p{Han}{2,16}?[0-9]+(?:\.[0-9]+)?\s*(?:条|件|篇|个|项|次|例|人|家|期|份|万元|元)`)

// minBreakdownParts is how many counted parts make a breakdown.
const minBreakdownParts = 3

// minBreakdownCoverage is the share of the question's topic the words
// before 其中 must hold: the whole asked about, not another.
const minBreakdownCoverage = 0.3

// breakdownItems finds, in rank order, the sentence that breaks down the
// whole a kinds question asks about into at least minBreakdownParts counted
// parts after 其中.
func breakdownItems(question string, sources []Source) ([]listItem, bool) {
	if !kindsAsked.MatchString(corpus.Normalize(question)) {
		return nil, false
	}
	topic := bigrams(understand.Topic(question))
	for _, s := range sources {
		for _, sent := range bodySentences(s.Text) {
			whole, parts, ok := strings.Cut(sent, "其中")
			if !ok || len(breakdownPart.FindAllString(parts, -1)) < minBreakdownParts {
				continue
			}
			if coverage(topic, whole) >= minBreakdownCoverage {
				return []listItem{{sent, s.N}}, true
			}
		}
	}
	return nil, false
}
