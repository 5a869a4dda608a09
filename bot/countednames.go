package bot

import (
	"regexp"
	"slices"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

// A sentence often names the members of a count before it, clause by
// clause, each with what sets them apart ("大渔、乌龙、马金铺共3个街道社区
// 卫生服务中心达标省级甲等标准,吴家营、斗南、雨花、洛龙共4个…达标省级乙等
// 标准"): asked which ones are so ("哪几个…评上省级甲等了"), the clause
// whose words are the question's is the answer, not the sentence.

// countedList is a list of names closed by their count: "大渔、乌龙、马金铺共
// 3个", "甲、乙等2家".
var countedList = regexp.MustCompile(`(?:\p{Han}{1,12}、)+\p{Han}{1,12}(?:等|共|这)?\s*(?:\d+|[一二三四五六七八九十两]+)\s*(?:个|家|所|座|处|名|位)`)

// namedList is a list of names parted by 、: "南康区、兴国县、章贡区".
var namedList = regexp.MustCompile(`(?:\p{Han}{1,8}、)+\p{Han}{1,8}`)

// maxKindNameRunes bounds the name of a place or unit in a list.
const maxKindNameRunes = 4

// listsKind reports whether a clause lists names of the kind asked: two
// or more ending in one of its characters ("南康区、兴国县" of 县区).
func listsKind(clause string, kind []rune) bool {
	for _, m := range namedList.FindAllString(clause, -1) {
		n := 0
		items := strings.Split(m, "、")
		for i, item := range items {
			r := []rune(item)
			if i == len(items)-1 {
				// The last name runs into what is said of them: "安远县设置".
				r = r[:min(len(r), maxKindNameRunes)]
			}
			if slices.ContainsFunc(r[min(1, len(r)):], func(c rune) bool { return strings.ContainsRune(string(kind), c) }) {
				n++
			}
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// countedNames is, among the best sources, the clause naming the members of
// a count of the kind a which-question asks ("哪几个社区卫生服务中心"), or
// listing names of that kind ("南康区、兴国县…" of 县区), that shares the
// most words with the question, when its sentence has two such clauses or
// more and one shares more than every other; ok is false otherwise.
func countedNames(question string, sources []Source) (listItem, bool) {
	kind := []rune(understand.WhichKind(question))
	if len(kind) < 2 {
		return listItem{}, false
	}
	head := string(kind[:2])
	asked := bigrams(understand.Topic(question))
	for _, s := range sources[:min(introducingSources, len(sources))] {
		for _, sent := range splitSentences(s.Text) {
			best, most, tie, lists := "", 0, false, 0
			for _, c := range splitClauses(sent) {
				simp := corpus.Simplify(c)
				if !(strings.Contains(simp, head) && countedList.MatchString(simp)) && !listsKind(simp, kind) {
					continue
				}
				lists++
				n := shared(asked, simp)
				switch {
				case n > most:
					best, most, tie = c, n, false
				case n == most:
					tie = true
				}
			}
			if lists >= 2 && best != "" && !tie {
				return listItem{strings.TrimSpace(best), s.N}, true
			}
		}
	}
	return listItem{}, false
}
