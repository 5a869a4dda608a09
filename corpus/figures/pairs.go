package figures

import (
	"sort"
	"strings"
)

// Two values written for a pair ("城乡居民人均可支配收入从2021年的46503元和
// 16935元分别提高到58794元和23184元") belong one to each member of the pair,
// in order.

// pairWords are collective words naming two groups, with the members in
// the order texts list their values (城乡: 城镇 then 农村).
var pairWords = map[string][2]string{
	"城乡":  {"城镇", "农村"},
	"内外资": {"内资", "外资"},
}

// pairValues gives two values written for a pair their own members'
// labels, and the second base of a pair's change ("从A和B分别提高到C和D")
// its base and year.
func pairValues(sentence string, figs []Figure) {
	if len(figs) < 2 {
		return
	}
	before := clausesBefore(sentence, figs)
	for i := 0; i+1 < len(figs); i++ {
		a, b := &figs[i], &figs[i+1]
		if i+3 < len(figs) && before[i].change && before[i].respectively &&
			joinedPair(sentence, a, b) && joinedPair(sentence, &figs[i+2], &figs[i+3]) {
			// "分别从2020年的A、B提高到2025年的C、D": the values after the
			// first took the verb for a label; they are the first's too.
			for j := i + 1; j < i+4; j++ {
				if verbOnly(figs[j].Label) {
					figs[j].Label = a.Label
				}
			}
		}
		if a.Label != b.Label || !joinedPair(sentence, a, b) {
			continue
		}
		if i+3 < len(figs) && before[i].change && (startsRespectively(sentence[b.End:]) || before[i].respectively) &&
			figs[i+2].Label == a.Label && figs[i+3].Label == a.Label && joinedPair(sentence, &figs[i+2], &figs[i+3]) {
			a.Base, b.Base, b.Year = true, true, a.Year
			if figs[i+3].Year == 0 {
				figs[i+3].Year = figs[i+2].Year // "提高到2025年的C、D": D is of 2025 too
			}
			splitPair(a, b)
			splitPair(&figs[i+2], &figs[i+3])
			i += 3
			continue
		}
		if before[i].respectivelyAnywhere && (i+2 >= len(figs) || figs[i+2].Label != a.Label) {
			splitPair(a, b)
			i++
		}
	}
}

// clauseBefore describes the text before a value: whether its clause (back
// to the last ，,；;。) opens a change with 从 or 由 ("从2021年的"), whether the
// clause says the values are handed out in order ("分别从2020年的…"), and
// whether 分别 is written anywhere before it in the sentence.
type clauseBefore struct {
	change, respectively, respectivelyAnywhere bool
}

// clausesBefore returns the clauseBefore of each figure, found in one pass
// over the sentence up to the last figure: scanning back from every value
// was quadratic in a long sentence without punctuation (issue 15: a 100 MB
// paragraph ran for hours).
func clausesBefore(sentence string, figs []Figure) []clauseBefore {
	order := make([]int, len(figs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return figs[order[x]].Start < figs[order[y]].Start })
	out := make([]clauseBefore, len(figs))
	// Byte offsets of the last clause mark, 从/由 and 分别 wholly before
	// the current position; -1 when none.
	mark, from, resp := -1, -1, -1
	prev := rune(-1)
	next := 0 // the next figure (in order) to describe
	record := func(pos int) {
		for ; next < len(order) && figs[order[next]].Start <= pos; next++ {
			out[order[next]] = clauseBefore{change: from > mark, respectively: resp > mark, respectivelyAnywhere: resp >= 0}
		}
	}
	for pos, r := range sentence {
		if next == len(order) {
			break
		}
		record(pos)
		switch r {
		case '，', ',', '；', ';', '。':
			mark = pos
		case '从', '由':
			from = pos
		case '别':
			if prev == '分' {
				resp = pos - len("分")
			}
		}
		prev = r
	}
	record(len(sentence))
	return out
}

// verbOnly reports whether a label is only the verb of a change ("提高",
// "提高到", "增至", "提高到今年" of "由去年的36%提高到今年的40%"), which a
// value after a change's first took.
func verbOnly(label string) bool {
	r := []rune(label)
	if k := relativeYearWords.suffix(r, 0, len(r)); k > 0 {
		label = string(r[:len(r)-k]) // "提高到今年"
	}
	l := strings.TrimSuffix(strings.TrimSuffix(label, "到"), "至")
	return changeVerbs.has([]rune(l)) || label == "达到"
}

// joinedPair reports whether b is written right after a, joined by 和 or 、.
func joinedPair(sentence string, a, b *Figure) bool {
	if a.End > b.Start {
		return false
	}
	seg := strings.TrimSpace(sentence[a.End:b.Start])
	return seg == "和" || seg == "、" || seg == "与" || seg == "及"
}

// SplitPairWord gives text once for each member of the pair a collective
// word in it names, in the order texts list their values: "城乡居民人均可
// 支配收入" → 城镇居民…, 农村居民…; "实际使用内外资" → …内资, …外资; 城乡低保
// → 城市低保 (its official name), 农村低保. ok is false when text names no
// pair, or only the pair.
func SplitPairWord(text string) (first, second string, ok bool) {
	for w, m := range pairWords {
		if strings.Contains(text, w) && len(text) > len(w) {
			if w == "城乡" && (strings.Contains(text, "低保") || strings.Contains(text, "最低生活保障")) {
				m[0] = "城市"
			}
			return strings.Replace(text, w, m[0], 1), strings.Replace(text, w, m[1], 1), true
		}
	}
	return "", "", false
}

// startsRespectively reports whether s opens with 分别, which hands listed
// values out in order.
func startsRespectively(s string) bool {
	return strings.HasPrefix(strings.TrimSpace(s), "分别")
}

// splitPair relabels two values of a pair's label with its members: the
// groups of a collective word (城乡 → 城镇, 农村) or the two items of a label
// joined by 和 ("孕产妇死亡率和婴儿死亡率").
func splitPair(a, b *Figure) {
	if a.Label != b.Label {
		return
	}
	if first, second, ok := SplitPairWord(a.Label); ok {
		a.Label, b.Label = first, second
		return
	}
	if items := splitConj(newPhrase(a.Label)); len(items) == 2 {
		labels := completeItems(items)
		a.Label, b.Label = labels[0], labels[1]
	}
}
