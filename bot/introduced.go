package bot

import (
	"regexp"
	"strings"
)

// Reports introduce a list with a sentence ending in a colon: "主要遵循以下
// 原则：——健康优先。……——改革创新。……", "重点做好以下工作：一是…". A question
// asking for those things ("那几条原则是啥") is answered by the opening
// sentence of each item.

// introducer ends the sentence that announces a list: "以下原则：",
// "以下几方面工作：", "如下几个方面："; it captures the counter (方面) and
// the kind (工作).
var introducer = regexp.MustCompile(`(?:以下|如下)(?:几(个方面|方面|个|条|项|点|件))?(\p{Han}{0,6})\s*[:：]`)

// listItemStart opens an item of an introduced list.
var listItemStart = regexp.MustCompile(`(?:^|[。；;\n])\s*(——|--|[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\))`)

// announcedItemStart opens an item of an announced list: as listItemStart,
// or a numbered line ("\n二、规范食品管理") in the second group.
var announcedItemStart = regexp.MustCompile(listItemStart.String() + `|\n\s*([一二三四五六七八九十]+、)`)

// maxIntroducedItems bounds the items quoted.
const maxIntroducedItems = 20

// introducedItems finds, in rank order, a list announced by "以下X：" where
// the question names X, and returns the opening sentence of each item.
func introducedItems(question string, sources []Source) ([]listItem, bool) {
	for _, s := range sources {
		for _, m := range announcements(question, s.Text) {
			rest := s.Text[m:]
			starts := announcedItemStart.FindAllStringSubmatchIndex(rest, -1)
			var items []listItem
			style := ""
			for i, st := range starts {
				if st[2] < 0 {
					st[2], st[3] = st[4], st[5] // "\n二、规范食品管理": a numbered line
				}
				if i == 0 && strings.TrimSpace(rest[:st[2]]) != "" {
					break // the list does not start right after the colon
				}
				if s := markerStyle(rest[st[2]:st[3]]); style == "" {
					style = s
				} else if s != style {
					break // a heading of another kind ends the list
				}
				end := len(rest)
				if i+1 < len(starts) {
					end = max(starts[i+1][2], starts[i+1][4])
				}
				item := strings.TrimSpace(rest[st[2]:end])
				if first := splitSentences(item); len(first) > 0 {
					item = first[0]
				}
				items = append(items, listItem{strings.Join(strings.Fields(item), ""), s.N})
				if len(items) == maxIntroducedItems {
					break
				}
			}
			if len(items) >= 2 {
				return items, true
			}
		}
	}
	return nil, false
}

// countedIntroducer announces a list by its number: "要重点做好十个方面的
// 工作。一是…"; it captures the number and the counter.
var countedIntroducer = regexp.MustCompile(`([一二三四五六七八九十两]+)个?(方面|项|件|点|条)(?:的)?\p{Han}{0,4}[。：:]`)

// totalIntroducer announces a list by its total: "民生实事项目,共15项,分别
// 是:"; it captures the counter.
var totalIntroducer = regexp.MustCompile(`共\s*(?:\d+|[一二三四五六七八九十两]+)\s*(方面|项|件|条|个)[，,]?\s*(?:分别|具体)?(?:是|为|包括)\s*[:：]`)

// numberedKind is a list's kind with its number before it: "十二项任务".
var numberedKind = regexp.MustCompile(`^[一二三四五六七八九十两]+个?(方面|项|件|点|条)(\p{Han}*)$`)

// announcements are the offsets in text just after each announcement of a
// list that the question asks for: by its kind ("那几条原则是啥" of "以下
// 原则："), its counter ("要抓哪几方面" of "以下几方面工作："), or its number
// and counter ("那十个方面的重点工作" of "十个方面的工作。").
func announcements(question, text string) []int {
	var out []int
	for _, m := range introducer.FindAllStringSubmatchIndex(text, -1) {
		counter, kind := "", text[m[4]:m[5]]
		if m[2] >= 0 {
			counter = strings.TrimPrefix(text[m[2]:m[3]], "个")
		}
		if n := numberedKind.FindStringSubmatch(kind); n != nil {
			// "以下十二项任务：": the kind (任务) and its counter (项).
			counter, kind = n[1], n[2]
		}
		if kind != "" && strings.Contains(question, kind) || counter != "" && asksCounter(question, counter) {
			out = append(out, m[1])
		}
	}
	for _, m := range totalIntroducer.FindAllStringSubmatchIndex(text, -1) {
		if asksCounter(question, text[m[2]:m[3]]) {
			out = append(out, m[1]) // "共15项,分别是:" for "有哪几项"
		}
	}
	for _, m := range countedIntroducer.FindAllStringSubmatchIndex(text, -1) {
		n, counter := text[m[2]:m[3]], text[m[4]:m[5]]
		if strings.Contains(question, n+"个"+counter) || strings.Contains(question, n+counter) || asksCounter(question, counter) && strings.Contains(question, "哪") {
			// "那十个方面", or "哪几个方面" of "十个方面的工作。"; not
			// "一共部署了几个方面", which asks the number.
			out = append(out, m[1])
		}
	}
	return out
}

// spokenCounters are the counters staff say for a list's: "哪几块" for
// 几方面, "哪几样" for 几项.
var spokenCounters = map[string][]string{"方面": {"块", "大块", "个方面"}, "项": {"样", "件"}, "件": {"样", "项"}, "条": {"点"}, "点": {"条"}}

// asksCounter reports whether a question asks for "几" things of counter,
// as written or as staff say it.
func asksCounter(question, counter string) bool {
	if strings.Contains(question, "几"+counter) {
		return true
	}
	for _, c := range spokenCounters[counter] {
		if strings.Contains(question, "几"+c) {
			return true
		}
	}
	return false
}

// markerStyle is the kind of an item marker: "——", "是" (一是) or "（）".
func markerStyle(m string) string {
	switch {
	case strings.HasPrefix(m, "—") || strings.HasPrefix(m, "-"):
		return "——"
	case strings.HasSuffix(m, "是"):
		return "是"
	}
	return "（）"
}

// excluded is what a list question sets aside: "除了疫情防控还有哪些".
var excluded = regexp.MustCompile(`除了?(\p{Han}{2,8}?)(?:以外|之外|外)?[，,]?还`)

// withoutExcluded drops the items holding what the question sets aside,
// unless nothing would be left.
func withoutExcluded(question string, items []listItem) []listItem {
	m := excluded.FindStringSubmatch(question)
	if m == nil {
		return items
	}
	var kept []listItem
	for _, it := range items {
		if !strings.Contains(it.text, m[1]) {
			kept = append(kept, it)
		}
	}
	if len(kept) == 0 || len(kept) == len(items) {
		return items
	}
	return kept
}
