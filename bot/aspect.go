package bot

import (
	"slices"
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// maxAspectSentences bounds the paragraph quoted for the aspect a how
// question asks.
const maxAspectSentences = 8

// askedAspect answers a how question whose items, found by the thing it is
// about, leave out the aspect it asks of that thing: "对外公开的东西是怎么
// 把关的" is answered by the items under "主动公开" without a word of
// 把关, which the reports write 审核 or 审查. The paragraph of the sources
// that holds such an official term for the word left out answers instead
// ("…明确信息收集整理、保密审查、批准发布…"). ok is false when the items
// cover every word of the topic, or no paragraph holds the aspect.
func askedAspect(question string, items []listItem, sources []Source) ([]listItem, bool) {
	if !asksHowDone(question) || len(items) == 0 {
		return nil, false
	}
	terms, thing := uncoveredTerms(understand.Topic(question), items)
	if len(terms) == 0 {
		return nil, false
	}
	of := bigrams(strings.Join(thing, " "))
	for _, s := range sources {
		for _, line := range strings.Split(s.Text, "\n") {
			if !containsAny(line, terms) || shared(of, line) == 0 {
				// The aspect of the thing asked about: "异地就医" in a
				// paragraph on social insurance is no aspect of 强基层.
				continue
			}
			sents := splitSentences(line)
			if len(sents) < 2 {
				continue // a heading alone says nothing of how
			}
			out := make([]listItem, 0, min(len(sents), maxAspectSentences))
			for _, sent := range sents[:min(len(sents), maxAspectSentences)] {
				out = append(out, listItem{sent, s.N})
			}
			return out, true
		}
	}
	return nil, false
}

// uncoveredTerms are the official terms of the first lay phrase of a topic
// (the thesaurus's) that no item holds, neither as written nor as one of
// its terms, when the items hold another part of the topic: the thing
// asked about is found, the aspect asked of it is not; and thing, the
// words and terms of the topic the items hold, a word of which a paragraph
// on the aspect holds too. A topic of one part
// ("党建") is the items' own, whatever words they use.
func uncoveredTerms(topic string, items []listItem) (missing, thing []string) {
	holds := func(words ...string) bool {
		for _, it := range items {
			if containsAny(it.text, words) {
				return true
			}
		}
		return false
	}
	for _, w := range strings.Fields(topic) {
		phrases := understand.LayPhrases(w)
		if len(phrases) == 0 && holds(w) {
			thing = append(thing, w)
		}
		for _, p := range phrases {
			switch words := append([]string{p.Lay}, p.Terms...); {
			case namesThePublic(p.Terms):
				// "让老百姓就近看病": whom it is for, no aspect of how.
			case holds(words...):
				thing = append(thing, words...)
			case missing == nil:
				missing = p.Terms
			}
		}
	}
	if len(thing) == 0 {
		return nil, nil
	}
	return missing, thing
}

// publicWords name the public a measure serves.
var publicWords = []string{"居民", "群众", "百姓", "老百姓", "市民", "公众", "人民群众"}

// namesThePublic reports whether every term of a lay phrase names the
// public.
func namesThePublic(terms []string) bool {
	return len(terms) > 0 && !slices.ContainsFunc(terms, func(t string) bool { return !slices.Contains(publicWords, t) })
}
