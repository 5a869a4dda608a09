package bot

import (
	"slices"
	"strings"

	"github.com/healthbot/healthbot/understand"
)

// fieldSources is how many of the best sources a whole-field answer reads.
const fieldSources = 5

// periodBonus ranks a paragraph naming a period of years first for a
// question about one, before any that does not.
const periodBonus = 1000

// wholeParagraphs is how many of the best paragraphs are quoted whole: two,
// since a passage boundary may cut the field's paragraph in two.
const wholeParagraphs = 2

// listItem is one sentence of a list answer and its source.
type listItem struct {
	text string
	src  int
}

// fieldItems answers a question about the whole health field ("四川今年在
// 医疗卫生上有什么打算") from long reports, where the field's work is one
// paragraph among many of other fields: the paragraphs of the best
// sources are ranked by how many of the field's words they name, the best
// ones are quoted whole, in order, when their opening sentence names the
// field (the others rarely repeat its words: "加快高原病防治基地建设"), and
// the rest add their sentences that name the field, up to maxListItems. A paragraph that also repeats the
// topic's own words ("工作思路" in "卫生健康工作的思路") ranks first, and
// for a question about a period of years ("十四五期间") one that names a
// period ("五年来，…") before a single year's.
func fieldItems(sources []Source, topic map[string]bool, period bool) []listItem {
	type paragraph struct {
		text       string
		src, score int
	}
	var paras []paragraph
	for _, s := range sources[:min(fieldSources, len(sources))] {
		for _, p := range strings.Split(s.Text, "\n") {
			if n := fieldWords(p); n >= 2 {
				score := n + 2*shared(topic, p)
				if period && understand.NamesPeriod(p) {
					score += periodBonus
				}
				paras = append(paras, paragraph{p, s.N, score})
			}
		}
	}
	// Stable: among equals, the better source and the earlier paragraph.
	slices.SortStableFunc(paras, func(a, b paragraph) int { return b.score - a.score })
	var out []listItem
	seen := map[string]bool{}
	for i, p := range paras {
		sents := bodySentences(p.text)
		// A paragraph is the field's own when its opening names the field
		// ("推进健康西藏建设。…") or sums up what it lists ("会议充分肯定了
		// 过去一年的成绩。…"); one opened by another ("全面发展社会事业。
		// 深入实施历史文化遗产保护…") gives only its sentences on the field.
		whole := i < wholeParagraphs && len(sents) > 0 && (onHealth(sents[0]) || containsAny(sents[0], achievementWords))
		for _, sent := range sents {
			if len(out) == maxListItems {
				return out
			}
			switch {
			case seen[sent]:
				continue
			case i >= wholeParagraphs && fieldWords(sent) == 0, i < wholeParagraphs && !whole && !onHealth(sent):
				continue
			}
			seen[sent] = true
			out = append(out, listItem{sent, p.src})
		}
	}
	return out
}

// achievementWords sum up the results a paragraph then lists: "会议充分肯定
// 了过去一年的成绩".
var achievementWords = []string{"成绩", "成效", "成就", "成果", "亮点"}

// fieldNames are the words by which a short opening sentence names the
// health field as a whole ("做好卫生健康服务。"), not a part of it ("提升
// 爱国卫生运动成效。", "居民医保实现省级统筹。").
var fieldNames = []string{"卫生健康", "医疗卫生", "卫生与健康"}

// fieldLead finds, in the best sources in rank order, a paragraph opened by
// a short sentence naming the health field, and returns its sentences and
// source.
func fieldLead(sources []Source) ([]string, int, bool) {
	names := func(lead string) bool { return containsAny(lead, fieldNames) }
	for _, s := range sources[:min(fieldSources, len(sources))] {
		if sents, ok := leadParagraph(s.Text, names); ok && len(sents) >= 3 {
			return sents[:min(len(sents), maxListItems)], s.N, true
		}
	}
	return nil, 0, false
}

// onHealth reports whether a sentence is about health work: it names the
// field's words or an item of its work ("包虫病防治", "康复中心").
func onHealth(sentence string) bool {
	return fieldWords(sentence) > 0 || containsAny(sentence, healthItemWords)
}
