package bot

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// headingNames reports whether a heading names the topic: they share at
// least two bigrams, and those make up most of the heading ("保障措施" in
// "推进健康融入所有政策有哪些保障措施") or most of the topic.
func headingNames(topic map[string]bool, heading string) bool {
	h := bigrams(strings.TrimSuffix(strings.TrimSuffix(heading, "情况"), "工作")) // "主动公开情况" is about 主动公开
	n := shared(topic, heading)
	return n >= 2 && (3*n >= 2*len(h) || 3*n >= 2*len(topic)) || coreNamed(topic, heading)
}

// maxCoreHeadingRunes bounds a heading short enough to be named by its
// core alone.
const maxCoreHeadingRunes = 12

// headingCoreSuffix is what a short heading adds to the thing it is about:
// "平台建设情况" is about 平台, "队伍建设" about 队伍.
var headingCoreSuffix = regexp.MustCompile(`(?:建设|工作|情况|方面)+$`)

// coreNamed reports whether a short heading's core, what is left once its
// outline marker and its generic ending are taken off, is all words of
// the topic: "（四）平台建设情况" for "信息公开平台这块做了些啥".
func coreNamed(topic map[string]bool, heading string) bool {
	if _, h := corpus.MarkerLevel(heading); h != "" {
		heading = h
	}
	heading = strings.TrimRight(strings.TrimSpace(heading), "。：:")
	if utf8.RuneCountInString(heading) > maxCoreHeadingRunes || strings.IndexFunc(heading, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) >= 0 {
		return false
	}
	stem := headingCoreSuffix.ReplaceAllString(heading, "")
	core := bigrams(stem)
	// A one-word heading ("报告") may be any word of a question; "平台建设
	// 情况" declares a field.
	if len(core) == 0 || len(core) == 1 && stem == heading {
		return false
	}
	for g := range core {
		if !topic[g] {
			return false
		}
	}
	return true
}

// itemsUnderHeading finds in a passage a numbered heading line that names
// the topic and returns what stands under it, up to the next heading of
// its level or higher: the opening sentence of each numbered item when it
// has items ("1. 加强组织领导。…" gives "1. 加强组织领导。"), else its
// sentences.
func itemsUnderHeading(text string, names func(heading string) bool) ([]string, bool) {
	return itemsUnderHeadingOf(text, names, 1)
}

// howItemSentences is how many sentences of each numbered item answer a
// question asking how it was done: its heading sentence says what, the
// next ones how ("1.落实党建工作责任制。树立“大党建”意识…。以“三化”建设为抓手…").
const howItemSentences = 3

// itemsUnderHeadingOf is itemsUnderHeading quoting perItem sentences of
// each numbered item.
func itemsUnderHeadingOf(text string, names func(heading string) bool, perItem int) ([]string, bool) {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		level, head, body := numberedHeading(line)
		if level < 0 || !names(head) {
			continue
		}
		var items, sentences []string
		// A heading with its text run in ("（一）扎实开展主题教育。注重…"):
		// that text is under it too.
		sentences = append(sentences, splitSentences(body)...)
		for _, l := range lines[i+1:] {
			lv, _ := corpus.MarkerLevel(l)
			if lv >= 0 && lv <= level {
				break
			}
			sents := splitSentences(l)
			if len(sents) == 0 {
				continue
			}
			sentences = append(sentences, sents...)
			if lv > level {
				items = append(items, sents[:min(perItem, len(sents))]...)
			}
		}
		if len(items) >= 2 {
			return items, true
		}
		if len(sentences) > 0 {
			return sentences, true
		}
	}
	if items, ok := runInItem(text, names); ok {
		return items, true
	}
	if items, ok := underBareHeadLine(text, names); ok {
		return items, true
	}
	return leadParagraph(text, names)
}

// underBareHeadLine finds a short line with no number and no punctuation
// that names the topic and heads the paragraph after it (a page's "组织协调"
// over "多年来,…建立了…协作组;定期召开…座谈会;…成立了…领导小组"), and
// returns that paragraph's sentences and clauses; ok is false when there
// is none, or the paragraph is a single sentence.
func underBareHeadLine(text string, names func(heading string) bool) ([]string, bool) {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		head := strings.TrimSpace(line)
		if !corpus.IsBareHeadLine(head) || !names(head) {
			continue
		}
		for _, next := range lines[i+1:] {
			if next = strings.TrimSpace(next); next == "" {
				continue
			}
			if sents := splitSentences(next); len(sents) >= 2 {
				return sents, true
			}
			break
		}
	}
	return nil, false
}

// maxLeadRunes bounds the short first sentence that heads a paragraph of a
// government report ("医疗服务不断改善。加强基本能力建设…").
const maxLeadRunes = 14

// leadParagraph finds a short sentence that names the topic and heads
// what follows it in its paragraph, and returns it with its sentences: a
// paragraph's first sentence heads the whole paragraph ("医疗服务不断改
// 善。加强基本能力建设…"); one inside a paragraph that runs several topics
// together ("…兜牢基本民生底线。加快建设健康江苏。推动…") heads the
// sentences up to the next such short sentence of another field.
func leadParagraph(text string, names func(heading string) bool) ([]string, bool) {
	for _, line := range strings.Split(text, "\n") {
		sents := splitSentences(line)
		for i := range len(sents) - 1 {
			lead := strings.TrimRight(sents[i], "。；;")
			if i == 0 && utf8.RuneCountInString(lead) > maxLeadRunes || i > 0 && !isLead(lead) || !names(lead) {
				continue
			}
			if i == 0 {
				return sents, true
			}
			// A short sentence of the lead's own field ("持续实施中医药振兴发展
			// 工程。" after "加快建设健康江苏。") is one of its items, not the
			// next topic.
			health := onHealth(lead)
			end := i + 1
			for end < len(sents) && (!isLead(sents[end]) || health && onHealth(sents[end])) {
				end++
			}
			if end-i >= 2 {
				return sents[i:end], true
			}
		}
	}
	return nil, false
}

// isLead reports whether a sentence is short enough, and plain enough (no
// clause, no number), to head the sentences after it.
func isLead(sentence string) bool {
	s := strings.TrimRight(sentence, "。；;")
	return utf8.RuneCountInString(s) <= maxLeadRunes && !strings.ContainsAny(s, "，,、：:0123456789")
}

// runInMarker starts an item run into a paragraph: "一是", "二是" at the
// start of a line, after a sentence's end or after the colon of its lead
// ("主要通过三种方式进行：一是…").
var runInMarker = regexp.MustCompile(`(?:^|\n|[。；;：:])\s*([一二三四五六七八九十]+是)`)

// runInItem finds an item run into a paragraph ("二是全面改进老年健康服
// 务。医养结合…") whose opening sentence names the topic, and returns its
// sentences up to the next item or the paragraph's end.
func runInItem(text string, names func(heading string) bool) ([]string, bool) {
	locs := runInMarker.FindAllStringSubmatchIndex(text, -1)
	for i, loc := range locs {
		start := loc[2]
		end := len(text)
		if nl := strings.IndexByte(text[start:], '\n'); nl >= 0 {
			end = start + nl
		}
		if i+1 < len(locs) && locs[i+1][2] < end {
			end = locs[i+1][2]
		}
		item := text[start:end]
		head, _, _ := strings.Cut(item, "。")
		if !names(strings.TrimPrefix(head, text[loc[2]:loc[3]])) {
			continue
		}
		// The run's first item on this line: its lead, before it, says
		// what all of them are about ("主要通过三种方式进行：一是…；二是…").
		j := i
		for j > 0 && sameLine(text, locs[j-1][2], start) {
			j--
		}
		if items := siblingItems(text, locs[j:], names); len(items) >= 2 {
			return items, true
		}
		return splitSentences(item), true
	}
	return nil, false
}

// siblingItems returns the opening sentence of each run-in item of the
// paragraph that the first of locs opens, when the paragraph's lead before
// it names the topic too ("…不断完善政务公开各项制度…。一是及时发布政务公开
// 信息…。二是充分利用媒体…"): the items are all about the topic.
func siblingItems(text string, locs [][]int, names func(heading string) bool) []string {
	first := locs[0][2]
	lineStart := strings.LastIndexByte(text[:first], '\n') + 1
	lead := strings.TrimSpace(text[lineStart:first])
	if lead == "" || !names(lead) {
		return nil
	}
	var openings, all []string
	for k, loc := range locs {
		if k > 0 && !sameLine(text, first, loc[2]) {
			break
		}
		end := len(text)
		if nl := strings.IndexByte(text[loc[2]:], '\n'); nl >= 0 {
			end = loc[2] + nl
		}
		if k+1 < len(locs) && locs[k+1][2] < end {
			end = locs[k+1][2]
		}
		sents := splitSentences(text[loc[2]:end])
		if len(sents) == 0 {
			continue
		}
		openings = append(openings, sents[0])
		all = append(all, sents...)
	}
	if len(all) <= maxSiblingSentences {
		return all // what each item did, whole
	}
	return openings
}

// maxSiblingSentences is how many sentences of a paragraph's run-in items
// an answer quotes whole; beyond, it quotes each item's opening.
const maxSiblingSentences = 10

// sameLine reports whether nothing but a line's text stands between a and b.
func sameLine(text string, a, b int) bool {
	return !strings.Contains(text[a:b], "\n")
}

// bestNamed narrows names to the headings of text it accepts that share
// most of the topic's words, common ones included: asked about 政府信息
// 管理, "（三）政府信息管理情况" rather than "（一）政府信息主动公开情况",
// which names as many of its distinctive words (管理 is a common one).
// A heading that is no line of text is judged by names alone.
func bestNamed(text, topic string, names func(heading string) bool) func(heading string) bool {
	t := allBigrams(topic)
	best := 0
	score := map[string]int{}
	for _, line := range strings.Split(text, "\n") {
		level, head, _ := numberedHeading(line)
		if level < 0 || !names(head) {
			continue
		}
		n := 0
		for g := range allBigrams(head) {
			if t[g] {
				n++
			}
		}
		score[head] = n
		best = max(best, n)
	}
	return func(heading string) bool {
		if n, ok := score[heading]; ok {
			return n == best
		}
		return names(heading)
	}
}

// numberedHeading reads a numbered line as a heading with its text run in
// ("（一）扎实开展主题教育。注重…"): the outline level (-1 for none), the
// heading up to its first full stop and the text after it.
func numberedHeading(line string) (level int, head, body string) {
	level, heading := corpus.MarkerLevel(line)
	if level < 0 {
		return level, "", ""
	}
	head, body, _ = strings.Cut(heading, "。")
	return level, head, body
}
