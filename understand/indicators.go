package understand

import (
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/indicators"
)

// Indicators returns the ids of the catalogue indicators a topic refers
// to, best first (the catalogue's matcher applies its own threshold). A
// loose match (words in common, no name written out) must also measure
// what the topic asks: the head of the topic's measure ("金额" of "补偿金额")
// is in one of the indicator's names, else it names something else that
// shares the topic's other words (城乡居民…参保人数, …人均可支配收入).
func Indicators(topic string) []string {
	head := measureHead(topic)
	var ids []string
	for _, m := range indicators.MatchText(topic) {
		if m.Score < 1 && head != "" && !namesHead(m.Indicator, head) {
			continue
		}
		ids = append(ids, m.Indicator.ID)
	}
	return ids
}

// measureHead is the head of the topic's measure ("金额" of "补偿金额",
// "人数" of "参保人数"), "" when it names none.
func measureHead(topic string) string { return Head(Measure(topic)) }

// Head is the head of a Chinese compound, its last two characters (the
// language puts the head last: "金额" of "补偿金额", "医师" of "执业医师"),
// "" for a shorter word.
func Head(word string) string {
	rs := []rune(word)
	if len(rs) < 2 {
		return ""
	}
	return string(rs[len(rs)-2:])
}

// namesHead reports whether an indicator's name, aliases or lay wordings
// hold the measure head.
func namesHead(ind indicators.Indicator, head string) bool {
	for _, n := range append(append([]string{ind.Name}, ind.Aliases...), ind.Lay...) {
		if strings.Contains(corpus.Normalize(n), head) {
			return true
		}
	}
	return false
}
