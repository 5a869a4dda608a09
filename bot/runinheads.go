package bot

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// A paragraph of run-in items ("一是狠抓安排部署。召开…。二是狠抓宣传教育。
// 利用…。三是…") says how a piece of work was done item by item: an answer
// that quotes its sentences in order runs out of room in the first items.
// Each item's heading and the sentence after it tell every item.

// ordinalHead is a run-in item's heading said as a sentence of its own:
// "二是狠抓宣传教育。".
var ordinalHead = regexp.MustCompile(`^[一二三四五六七八九十]+是\p{Han}`)

// maxOrdinalHeadRunes bounds such a heading.
const maxOrdinalHeadRunes = 24

// minRunInHeads is how many run-in headings make a paragraph's items.
const minRunInHeads = 3

// runInHeads returns each run-in item's heading among sents with the
// sentence after it, at most limit sentences; ok is false when fewer than
// minRunInHeads headings stand there.
func runInHeads(sents []string, limit int) ([]string, bool) {
	isHead := func(s string) bool {
		return ordinalHead.MatchString(s) && utf8.RuneCountInString(s) <= maxOrdinalHeadRunes
	}
	var out []string
	heads := 0
	for j, s := range sents {
		if !isHead(s) {
			continue
		}
		heads++
		if len(out) < limit {
			out = append(out, s)
		}
		if j+1 < len(sents) && !isHead(sents[j+1]) && len(out) < limit {
			out = append(out, sents[j+1])
		}
	}
	return out, heads >= minRunInHeads
}

// headNamesTopic reports whether one of the run-in headings among sents
// shares two of the topic's bigrams ("二是加强党对意识形态工作的领导" for
// 意识形态工作): the item asked, not the paragraph's whole work.
func headNamesTopic(sents []string, topic map[string]bool) bool {
	for _, s := range sents {
		if ordinalHead.MatchString(s) && shared(topic, s) >= 2 {
			return true
		}
	}
	return false
}

// itemNamingTopic returns the sentences of the one run-in item among sents
// whose sentences share at least two of the topic's bigrams, more than any
// other item: "二是爱国卫生运动扎实开展。我们强力推进省级卫生城创建工作。成立了
// 创建办,…" for 创省级卫生城, though its heading does not name it. ok is
// false when no item, or more than one, does.
func itemNamingTopic(sents []string, topic map[string]bool) ([]string, bool) {
	var items [][]string
	for _, s := range sents {
		if ordinalHead.MatchString(s) && utf8.RuneCountInString(s) <= maxOrdinalHeadRunes {
			items = append(items, nil)
		}
		if len(items) > 0 {
			items[len(items)-1] = append(items[len(items)-1], s)
		}
	}
	best, bestShared, tie := -1, 0, false
	for k, it := range items {
		n := 0
		for g := range topic {
			for _, s := range it {
				if strings.Contains(s, g) {
					n++
					break
				}
			}
		}
		switch {
		case n > bestShared:
			best, bestShared, tie = k, n, false
		case n == bestShared:
			tie = true
		}
	}
	if best < 0 || bestShared < 2 || tie {
		return nil, false
	}
	return items[best], true
}
