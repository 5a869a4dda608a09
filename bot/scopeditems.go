package bot

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"

	"github.com/healthbot/healthbot/understand"
)

// A question may ask for the items of a named list that concern a topic
// ("重点民生实事里跟卫生健康有关的有哪些"): the list's items are one sentence
// ("…民生实事，包括：完成老旧小区改造600个；…；为70万妇女免费开展“两癌”
// 筛查；…") or the sentences of a paragraph its name opens ("落实落细民生
// 工程。…"), and the answer is those of them on the topic.

// scopedItems finds the list a question names in the sources and returns
// its items that concern the question's topic, each with its source.
func scopedItems(question string, sources []Source) ([]listItem, bool) {
	scope, about, ok := understand.ScopedFilter(question)
	if !ok {
		return nil, false
	}
	names := func(s string) bool {
		sb := bigrams(scope)
		return len(sb) > 0 && 3*shared(sb, s) >= 2*len(sb)
	}
	on := aboutTopic(about)
	// A list that is a part of its own ("附件1 2025年省十件民生实事"): its
	// numbered items whose opening sentence is on the topic.
	var inPart []Source
	for _, src := range sources {
		if names(src.Section) {
			inPart = append(inPart, src)
		}
	}
	if items := numberedLeads(inPart, on); len(items) >= 2 {
		return items[:min(len(items), maxListItems)], true
	}
	for _, src := range sources {
		for _, line := range strings.Split(src.Text, "\n") {
			list := listOf(line, names)
			var items []listItem
			for _, it := range list {
				if on(it) {
					items = append(items, listItem{it, src.N})
				}
			}
			if len(items) > 0 {
				return items[:min(len(items), maxListItems)], true
			}
		}
	}
	// The list's items may be numbered paragraphs, one per field ("1.医疗
	// 卫生方面。a。b。"), after the paragraph that names the list: the
	// items are the sentences of the paragraph whose field is the topic.
	named := false
	for _, src := range sources {
		named = named || names(src.Text)
	}
	if !named {
		return nil, false
	}
	for _, src := range sources {
		for _, line := range strings.Split(src.Text, "\n") {
			level, rest := corpus.MarkerLevel(strings.TrimSpace(line))
			if level < 0 {
				continue
			}
			lead, body, ok := strings.Cut(rest, "。")
			if !ok || utf8.RuneCountInString(lead) > maxLeadRunes || !on(lead) {
				continue
			}
			var items []listItem
			for _, it := range clauses(body) {
				items = append(items, listItem{it, src.N})
			}
			if len(items) > 0 {
				return items[:min(len(items), maxListItems)], true
			}
		}
	}
	return nil, false
}

// maxItemLeadRunes bounds the opening sentence of a numbered item that is
// one of a list's entries ("五、为孕产妇、新生儿提供出生缺陷筛查服务和增加普惠
// 托育服务供给。").
const maxItemLeadRunes = 60

// numberedLeads returns, in order and each once, the numbered items of the
// sources whose opening sentence is on the topic, as that sentence with its
// number.
func numberedLeads(sources []Source, on func(string) bool) []listItem {
	var items []listItem
	seen := map[string]bool{}
	for _, src := range sources {
		for _, line := range strings.Split(src.Text, "\n") {
			line = strings.TrimSpace(line)
			level, rest := corpus.MarkerLevel(line)
			if level < 0 {
				continue
			}
			lead, _, _ := strings.Cut(rest, "。")
			if utf8.RuneCountInString(lead) > maxItemLeadRunes || !on(lead) {
				continue
			}
			item := strings.TrimSuffix(line[:len(line)-len(rest)], " ") + lead + "。"
			if !seen[item] {
				seen[item] = true
				items = append(items, listItem{item, src.N})
			}
		}
	}
	return items
}

// listOf returns the items of the list a line holds under a name: after the
// colon of the sentence naming it ("…民生实事，包括：a；b；c。"), or the
// sentences of a paragraph whose short opening sentence names it.
func listOf(line string, names func(string) bool) []string {
	sents := splitSentences(line)
	// The sentence naming the list may follow an opening of the
	// paragraph ("悠悠万事，民生为大。今年再办好15件民生实事。一是…").
	for i := 0; i+1 < len(sents) && i < maxLeadSentences; i++ {
		lead := strings.TrimRight(sents[i], "。；;")
		if k := strings.LastIndexAny(lead, "，,"); k >= 0 {
			lead = lead[k+len("，"):] // "着眼促进人的现代化，今年再办好15件民生实事"
		}
		if utf8.RuneCountInString(lead) <= maxLeadRunes && names(lead) {
			return clauses(strings.Join(sents[i+1:], ""))
		}
	}
	for _, s := range sents {
		head, rest, ok := strings.Cut(s, "：")
		if !ok || !names(head) {
			continue
		}
		// The list runs on to the sentence that closes it.
		i := strings.Index(line, s)
		return clauses(rest + line[i+len(s):])
	}
	return nil
}

// maxLeadSentences is how many sentences into a paragraph the one naming
// its list may stand.
const maxLeadSentences = 3

// clauses splits a run of items at 。 and ；.
func clauses(text string) []string {
	var out []string
	for _, c := range strings.FieldsFunc(text, func(r rune) bool { return r == '。' || r == '；' || r == ';' }) {
		if c = strings.TrimSpace(c); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// aboutTopic says whether an item concerns the topic a question names: its
// words, the official terms for them, or — for the health field — the
// field's words.
func aboutTopic(about string) func(string) bool {
	words := strings.FieldsFunc(about, func(r rune) bool { return r == '、' || r == '，' || r == ',' || r == '和' })
	terms := append([]string{}, words...)
	for _, w := range words {
		terms = append(terms, understand.OfficialTerms(w)...)
	}
	field := fieldTopic(about) || containsAny(about, healthField)
	return func(item string) bool {
		return containsAny(item, terms) || field && (fieldWords(item) > 0 || containsAny(item, healthItemWords))
	}
}

// healthItemWords mark an item of a broader list as health work besides
// the field's own words: "免费提供抗精神病药物", "残疾儿童康复救助", "AED急救设备".
var healthItemWords = []string{"药", "患者", "病", "康复", "急救", "筛查", "精神", "心理", "诊", "护理", "体检", "接种", "AED", "医", "癌", "孕", "新生儿", "疫苗", "除颤", "救护"}

// scopedPart answers a question for the items of a named list that is a
// part of its own ("附件1 2025年省十件民生实事") with every item of the part
// on the topic, in order: the part's subsections, found by a search within
// its file, since the passages a search for the question finds hold only
// some of them. ok is false when no found passage lies in such a part or
// fewer than two of its items are on the topic.
func (b *Bot) scopedPart(ctx context.Context, question string, hits []corpus.Hit) (Answer, bool) {
	scope, about, ok := understand.ScopedFilter(question)
	if !ok {
		return Answer{}, false
	}
	sb := bigrams(scope)
	var path, file string
	for _, h := range hits {
		top, _, _ := strings.Cut(h.Section, " > ")
		if len(sb) > 0 && 3*shared(sb, top) >= 2*len(sb) {
			path, file = top, h.File
			break
		}
	}
	if path == "" {
		return Answer{}, false
	}
	items, sources := b.parentChildren(ctx, path, file)
	on := aboutTopic(about)
	var kept []listItem
	for _, it := range items {
		if on(it.text) {
			it.text += "。" // the item's opening sentence, as numberedLeads quotes it
			kept = append(kept, it)
		}
	}
	if len(kept) < 2 {
		return Answer{}, false
	}
	kept = kept[:min(len(kept), maxListItems)]
	// Only the passages quoted are sources, numbered in order.
	var cited []Source
	renumber := map[int]int{}
	for i, it := range kept {
		n, ok := renumber[it.src]
		if !ok {
			n = len(cited) + 1
			renumber[it.src] = n
			src := sources[it.src-1]
			src.N = n
			cited = append(cited, src)
		}
		kept[i].src = n
	}
	return itemsAnswer("", kept, cited), true
}
