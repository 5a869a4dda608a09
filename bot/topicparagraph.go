package bot

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// Reports often open a paragraph with a run-in heading naming its topic
// and then list what is done under it in sentences that no longer name
// the topic ("建设高水平健康青海。实施医疗卫生强基工程，…。深化…公立医院改革，…。
// 推广无陪护病房…"). Asked how that topic is handled, the paragraph is the
// answer, in order, rather than the few sentences that repeat the
// question's words.

// minParagraphItems is how many sentences after its heading a paragraph
// needs to be answered whole.
const minParagraphItems = 3

// maxParagraphItems bounds the sentences quoted from one paragraph.
const maxParagraphItems = 8

// topicParagraph returns the sentences of the paragraph of the best source
// that opens with a run-in heading and holds most words of the question's
// own topic; ok is false when no paragraph of it is one.
func topicParagraph(question string, sources []Source) ([]listItem, bool) {
	if len(sources) == 0 {
		return nil, false
	}
	topic := understand.Topic(question)
	own := bigrams(topic)
	for g := range bigrams(understand.Substitute(topic)) {
		own[g] = true // "县里乡里…看病水平": 县级, 乡镇级, 医疗服务能力 in the reports' words
	}
	s := sources[0]
	var best []string
	bestShared := 0
	for _, par := range strings.Split(s.Text, "\n") {
		sents := splitSentences(par)
		if len(sents) < minParagraphItems+1 || !headingLike(sents[0]) {
			continue
		}
		n := shared(own, par)
		if n == 1 && !containsAny(corpus.Normalize(par), strings.Fields(topic)) {
			// One bigram of a word may meet by chance ("预防控制" holds
			// 防控 of 疫情防控): a word of the topic, whole, is the
			// paragraph's.
			continue
		}
		if n > bestShared {
			best, bestShared = sents, n
		}
	}
	if best == nil {
		return nil, false
	}
	var items []listItem
	if _, ok := runInHeads(best, maxListItems); ok && !headNamesTopic(best, own) && shared(own, s.Title+" "+best[0]) < 2 {
		if item, ok := itemNamingTopic(best, own); ok {
			// One item's sentences name the work asked, which neither the
			// report's title nor the paragraph's heading does: they tell
			// how.
			for _, sent := range item[:min(len(item), maxParagraphItems)] {
				items = append(items, listItem{sent, s.N})
			}
			return items, true
		}
	}
	if heads, ok := runInHeads(best, maxListItems); ok && !headNamesTopic(heads, own) {
		// The work asked is the paragraph's as a whole: every item tells
		// how; when one item's heading names it, that item's sentences do.
		for _, sent := range heads {
			items = append(items, listItem{sent, s.N})
		}
		return items, true
	}
	for _, sent := range paragraphWindow(best[1:], bigrams(understand.Expand(topic))) {
		items = append(items, listItem{sent, s.N})
	}
	return items, true
}

// paragraphWindow is the part of a paragraph's sentences quoted: all of
// them up to maxParagraphItems; of a longer paragraph (a year's review of
// every field, "教育事业亮点纷呈。…医疗事业提质增效。…社会保障兜底有力。…"),
// the window from the heading-like sentence just before the one sharing
// most of the asked words, the official terms for its lay words included
// ("养老服务": 日间照料, 孝老), when that one lies beyond the first window.
func paragraphWindow(sents []string, asked map[string]bool) []string {
	if len(sents) <= maxParagraphItems {
		return sents
	}
	best, bestShared := 0, 0
	for k, sent := range sents {
		if n := shared(asked, sent); n > bestShared {
			best, bestShared = k, n
		}
	}
	if best < maxParagraphItems {
		return sents[:maxParagraphItems]
	}
	start := best
	for k := best - 1; k >= max(0, best-maxWindowLead); k-- {
		if headingLike(sents[k]) {
			start = k
			break
		}
	}
	return sents[start:min(len(sents), start+maxParagraphItems)]
}

// maxWindowLead bounds how far before the sentence asked a paragraph's
// window may start at a heading-like sentence.
const maxWindowLead = 3

// asksHowItWent reports whether a question asks how a piece of work went
// ("民生这块干得咋样"): what the paragraph on it reports, not one fact.
func asksHowItWent(question string) bool {
	return strings.Contains(question, "咋样") || strings.Contains(question, "怎么样")
}
