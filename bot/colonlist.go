package bot

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/understand"
)

// A speaker's or a report's sentence often runs its list on after a colon
// with no "以下" to announce it: "对2020年有关重点工作进行安排部署:一是攻克
// 难点,…;二是抓牢重点,…;三是…". A question asking for those things ("会上
// 安排了哪几件重点事") is answered by each item's first clause.

// colonList is a colon followed right away by a list's first item.
var colonList = regexp.MustCompile(`[：:]\s*一是`)

// maxColonItems bounds the items read after a colon.
const maxColonItems = 10

// colonItems finds, in rank order of the sources, a list run on after a
// colon whose leading words share words with the question's topic, and
// returns its items (each whole when short, else its first clause), all
// of them that follow in order.
func colonItems(question string, sources []Source) ([]listItem, bool) {
	topic := bigrams(understand.Topic(question))
	for _, s := range sources {
		for _, m := range colonList.FindAllStringIndex(s.Text, -1) {
			lead := s.Text[:m[0]]
			if k := strings.LastIndexAny(lead, "。！？\n"); k >= 0 {
				lead = lead[k:]
			}
			if shared(topic, lead) < minColonLeadShared {
				continue
			}
			rest := s.Text[m[1]-len("一是"):]
			for n := maxColonItems; n >= 2; n-- {
				if items, _ := runInItemTexts(rest, n, 1, true); len(items) == n {
					for i, it := range items {
						items[i] = shortItem(it)
					}
					return cite(items, s.N), true
				}
			}
		}
	}
	return nil, false
}

// minColonLeadShared is how many bigrams of the question's topic the
// words before the colon must hold.
const minColonLeadShared = 2

// maxShortItemRunes is how long an item may be to be quoted whole.
const maxShortItemRunes = 48

// shortItem is an item whole, without the separator that ends it, when it
// is short; else its first clause.
func shortItem(item string) string {
	item = strings.TrimRight(strings.TrimSpace(item), "；;，,。")
	if utf8.RuneCountInString(item) <= maxShortItemRunes {
		return item
	}
	return firstClause(item)
}
