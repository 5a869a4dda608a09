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
			if whole, parts, ok := strings.Cut(sent, "其中"); ok && len(breakdownPart.FindAllString(parts, -1)) >= minBreakdownParts && coverage(topic, whole) >= minBreakdownCoverage {
				return []listItem{{sent, s.N}}, true
			}
			// "…民政扶助对象17516人(包含低保人员15674人,五保人员1790人,重点
			// 优抚对象52人)": the whole named before the bracket of its parts.
			for _, m := range bracketedBreakdown.FindAllStringSubmatchIndex(sent, -1) {
				whole, parts := sent[m[2]:m[3]], sent[m[4]:m[5]]
				if len(breakdownPart.FindAllString(parts, -1)) >= minBreakdownParts && (coverage(topic, whole) >= minBreakdownCoverage || sharesRun(understand.Topic(question), whole, minSharedWholeRunes)) {
					return []listItem{{sent[m[0]:m[1]], s.N}}, true
				}
			}
		}
	}
	return nil, false
}

// bracketedBreakdown is a whole named in a clause and its parts in the
// bracket after it: "民政扶助对象17516人(包含低保人员15674人,…)"; group 1
// is the whole's clause, group 2 the parts.
var bracketedBreakdown = regexp.MustCompile(`([^，,;；。（(]{2,40})[（(](?:包含|包括|其中|含)[:：]?([^（()）]{4,120})[）)]`)

// minSharedWholeRunes is how long a run of the question's words the whole
// before a bracket of parts must write to be the whole asked
// ("民政扶助" of "民政扶助对象17516人").
const minSharedWholeRunes = 4

// sharesRun reports whether a and b share a run of at least n characters.
func sharesRun(a, b string, n int) bool {
	r := []rune(a)
	for i := 0; i+n <= len(r); i++ {
		if strings.Contains(b, string(r[i:i+n])) {
			return true
		}
	}
	return false
}
