package bot

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// Reports name a set of things by its number ("五大品质提升行动", "三项
// 工程") and list them either just before ("医疗服务、公卫服务…行业治理等
// “五大品质提升行动”") or one by one after ("一是…二是…"). A question naming
// the set by its number ("那五个提升行动都有哪些") is answered by the items.

// countedSetAsked is the set a question names by its number and kind:
// "那五个提升行动", "这三项工程".
var countedSetAsked = regexp.MustCompile(`([两二三四五六七八九十])(?:个|大|项|条|件)(\p{Han}{2,8}?)["”]?(?:都|分别|具体|包括|有|是|指)`)

// namedCountItems finds, in rank order of the sources, the set the
// question names by its number and kind, and returns its items: the ones
// enumerated right before its name, else the first run of as many ordinal
// items after it.
func namedCountItems(question string, sources []Source) ([]listItem, bool) {
	m := countedSetAsked.FindStringSubmatch(corpus.Normalize(question))
	if m == nil {
		return nil, false
	}
	n := corpus.ParseChineseNumber(m[1])
	if n < 2 {
		return nil, false
	}
	// The kind's last four characters name the set in the report too
	// ("提升行动" of 五大品质提升行动).
	kind := []rune(m[2])
	tail := string(kind[max(0, len(kind)-4):])
	for _, s := range sources {
		text := s.Text
		for from := 0; ; {
			i := strings.Index(text[from:], tail)
			if i < 0 {
				break
			}
			i += from
			from = i + len(tail)
			at := countBefore(text[:i], m[1])
			if at < 0 {
				continue
			}
			if items := enumeratedBefore(text[:at], n); len(items) == n {
				return cite(items, s.N), true
			}
			if items, _ := runInItemTexts(text[i:], n, 1, false); len(items) == n {
				for k, it := range items {
					items[k] = shortItem(it)
				}
				return cite(items, s.N), true
			}
		}
	}
	return nil, false
}

// maxCountGapRunes bounds the words between a set's number and the end of
// its kind ("五大品质提升行动": 品质).
const maxCountGapRunes = 8

// countBefore is where the number of a set ("五大", "五个", "五项") starts
// in the words before its kind's end, at most maxCountGapRunes back; -1
// when there is none.
func countBefore(before, numeral string) int {
	gap := 0
	for k := len(before); k > 0 && gap <= maxCountGapRunes; {
		r, size := utf8.DecodeLastRuneInString(before[:k])
		k -= size
		if strings.ContainsRune("大个项条件", r) && strings.HasSuffix(before[:k], numeral) {
			return k - len(numeral)
		}
		if !unicode.Is(unicode.Han, r) && r != '“' && r != '"' {
			return -1
		}
		gap++
	}
	return -1
}

// enumeratedBefore is the list of n items written right before a set's
// name, after 等 ("医疗服务、公卫服务、卫生应急、健康管理、行业治理等“五大…")
// or with the last two joined by 和 ("…公共卫生服务水平和生育支持服务“四个…"):
// the first item cut to the length of the longest other, the words before
// it being the clause's own.
func enumeratedBefore(before string, n int) []string {
	before = strings.TrimRight(before, "“\" ")
	list, etc := strings.CutSuffix(before, "等")
	if k := strings.LastIndexAny(list, "，,。；;：:"); k >= 0 {
		_, size := utf8.DecodeRuneInString(list[k:])
		list = list[k+size:]
	}
	items := strings.Split(list, "、")
	if !etc {
		// "以党建工作、医疗服务能力、公共卫生服务水平和生育支持服务“四个提升
		// 年”": the last two joined by 和 or 及.
		last, tail, ok := strings.Cut(items[len(items)-1], "和")
		if !ok {
			last, tail, ok = strings.Cut(items[len(items)-1], "及")
		}
		if !ok || len(items) < 2 {
			return nil
		}
		items = append(items[:len(items)-1], last, tail)
	}
	if len(items) != n {
		return nil
	}
	longest := 0
	for _, it := range items[1:] {
		longest = max(longest, utf8.RuneCountInString(it))
	}
	for _, p := range []string{"以", "围绕", "通过", "按照"} {
		k := strings.LastIndex(items[0], p)
		if k < 0 || utf8.RuneCountInString(items[0][k+len(p):]) < 2 {
			continue
		}
		if next, _ := utf8.DecodeRuneInString(items[0][k+len(p):]); p == "以" && strings.ContainsRune("上下及来后前内外便免", next) {
			continue // "县级以上医院": a word of its own
		}
		items[0] = items[0][k+len(p):] // "要以党建工作、…为抓手": the words to the preposition are the clause's
		break
	}
	if first := []rune(items[0]); len(first) > longest && longest > 0 {
		items[0] = string(first[len(first)-longest:])
	}
	for _, it := range items {
		if strings.TrimSpace(it) == "" {
			return nil
		}
	}
	return items
}

// listedSetAsked is the kind a question asks for the members of: "都有哪些
// 行动" → 行动.
var listedSetAsked = regexp.MustCompile(`(?:哪些|哪几个|哪几项|哪几大)(\p{Han}{2,6}?)(?:[？?。，,]|$)`)

// listedSet is a set a report names by its number and then lists after
// 分别是/包括: "涵盖九大行动,分别是:A、B、…、I。"; it captures the number, the
// kind and the list.
var listedSet = regexp.MustCompile(`([一二三四五六七八九十两]+|\d{1,2})(?:大|个|项|类|种)(\p{Han}{0,8}?)[，,]?\s*(?:分别是|分别为|包括|即|具体是)[:：]?([^。；;]+)`)

// listedSetItems finds, in rank order of the sources, a set named by its
// number whose kind ends with the kind the question asks the members of,
// listed after it with as many items as its number.
func listedSetItems(question string, sources []Source) ([]listItem, bool) {
	m := listedSetAsked.FindStringSubmatch(corpus.Normalize(question))
	if m == nil {
		return nil, false
	}
	kind := m[1]
	for _, s := range sources {
		for _, l := range listedSet.FindAllStringSubmatch(s.Text, -1) {
			if !strings.HasSuffix(l[2], kind) {
				continue // another set, or none named ("九大,分别是")
			}
			n, err := strconv.Atoi(l[1])
			if err != nil {
				n = corpus.ParseChineseNumber(l[1])
			}
			items := strings.Split(strings.TrimSpace(l[3]), "、")
			if n < 2 || len(items) != n || slices.ContainsFunc(items, func(it string) bool { return strings.TrimSpace(it) == "" }) {
				continue
			}
			return cite(items, s.N), true
		}
	}
	return nil, false
}
