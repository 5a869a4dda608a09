package figures

import (
	"regexp"
	"slices"
	"strings"
)

// A report lists the start and end of several measures' changes at once:
// "每千人口床位数、执业(助理)医师数、注册护士数,与2015年相比,分别从4.61张、
// 2.25人、1.79人增长到5.94张、3.22人、2.70人". The n items before 分别由/分别从
// take the n values after it in order, each the start of its change, and
// the n values after the change verb in order, each its end.

// fromTo is one such list found in a sentence: the items and the indexes
// of the candidates of the starts (from) and the ends (to).
type fromTo struct {
	items    []string
	from, to int
	// baseYear is the year the comparison between the items and 分别
	// names ("与2015年相比"), the starts' year; 0 for none.
	baseYear int
}

// findFromTo finds the list of starts and ends in the sentence, if any:
// after "分别从/分别由" (the first such list decides), or after 从/由 with
// 分别 written after the starts ("从2015年的5.66张、2.74人、3.58人分别增加至
// 7.38张、3.57人、4.40人"; any such list that holds).
func findFromTo(t *text, cands []cand) (fromTo, bool) {
	n := t.n
	for p := 0; p+3 <= len(n); p++ {
		switch {
		case n[p] == '分' && n[p+1] == '别' && (n[p+2] == '由' || n[p+2] == '从'):
			return fromToAt(t, cands, p, 3, false)
		case (n[p] == '由' || n[p] == '从') && (p == 0 || n[p-1] != '别'):
			if ft, ok := fromToAt(t, cands, p, 1, true); ok {
				return ft, true
			}
		}
	}
	return fromTo{}, false
}

// fromToAt reads the list whose mark (分别从, or 从 when respectiveAfter:
// 分别 then stands after the starts) of markLen runes stands at p.
func fromToAt(t *text, cands []cand, p, markLen int, respectiveAfter bool) (fromTo, bool) {
	n := t.n
	items, baseYear := itemsBefore(t, p)
	if len(items) < 2 {
		return fromTo{}, false
	}
	k := len(items)
	first := -1
	for i := range cands {
		if cands[i].num.a > p {
			first = i
			break
		}
	}
	if first < 0 || first+2*k > len(cands) || !onlyYearBetween(t, p+markLen, cands[first].num.a) {
		return fromTo{}, false
	}
	if baseYear == 0 && respectiveAfter {
		baseYear = leadingYear(n[p+markLen : cands[first].num.a])
	}
	for i := first; i < first+k-1; i++ {
		if !listSeparator(string(n[cands[i].se:cands[i+1].num.a])) {
			return fromTo{}, false
		}
	}
	// The change: a verb and 到/至, perhaps a year; an adverb may stand
	// before the verb ("大幅下降到").
	mid := first + k - 1
	gap := n[cands[mid].se:cands[mid+1].num.a]
	if respectiveAfter {
		if len(gap) < 2 || gap[0] != '分' || gap[1] != '别' {
			return fromTo{}, false
		}
		gap = gap[2:]
	}
	for l := trendAdverbs.prefix(gap, 0, len(gap)); l > 0 && l < len(gap); l = trendAdverbs.prefix(gap, 0, len(gap)) {
		gap = gap[l:]
	}
	l := changeVerbs.prefix(gap, 0, len(gap))
	if l == 0 {
		return fromTo{}, false
	}
	rest := gap[l:]
	if len(rest) > 0 && (rest[0] == '到' || rest[0] == '至') {
		rest = rest[1:]
	} else if gap[l-1] != '至' {
		return fromTo{}, false
	}
	if !onlyYearBetweenRunes(rest) {
		return fromTo{}, false
	}
	for i := mid + 1; i < mid+k; i++ {
		if !listSeparator(string(n[cands[i].se:cands[i+1].num.a])) {
			return fromTo{}, false
		}
	}
	return fromTo{items: items, from: first, to: mid + 1, baseYear: baseYear}, true
}

// listSeparator reports whether the text between two listed values
// separates them: "、", or 和/及/与 before the last ("2.67‰和4.07‰").
func listSeparator(between string) bool {
	switch strings.TrimSpace(between) {
	case "、", "和", "及", "与", "以及":
		return true
	}
	return false
}

// itemsBefore reads the listed items of the clause that ends at p (or of
// the clause before it, when a comparison stands between: "…注册护士数,
// 与2015年相比,分别从"), each completed with the words they share, and the
// year that comparison names.
func itemsBefore(t *text, p int) (items []string, baseYear int) {
	n := t.n
	a := p
	for a > 0 && !isHardBoundary(n[a-1]) {
		a--
	}
	for step := 0; step < 2 && a > 1 && (a == p || comparisonClause.MatchString(string(n[a:p]))); step++ {
		if a < p {
			baseYear = leadingYear(n[a:p])
		}
		p = a - 1
		a = p
		for a > 0 && !isHardBoundary(n[a-1]) {
			a--
		}
	}
	ph := clean(phrase{t.r[a:p], n[a:p]})
	list := splitList(ph)
	if len(list) < 2 {
		return nil, 0
	}
	// "社区卫生服务中心、乡镇卫生院和村卫生室的…覆盖率": the last item is
	// joined by a conjunction.
	list = append(list[:len(list)-1], splitConj(list[len(list)-1])...)
	for i := range list {
		if list[i] = clean(list[i]); list[i].empty() {
			return nil, 0
		}
	}
	items = completeItems(list)
	// "每千人口床位数、执业医师数": the population the first item is per
	// is the others' too.
	if h := perHead(string(list[0].n)); h != "" {
		head := string(list[0].r[:len([]rune(h))])
		for i := 1; i < len(items); i++ {
			if !strings.HasPrefix(items[i], head) {
				items[i] = head + items[i]
			}
		}
	}
	return items, baseYear
}

// leadingYear is the year a comparison clause names ("与2015年相比"), 0
// for none.
func leadingYear(s []rune) int {
	for i := 0; i+4 <= len(s); i++ {
		if isDigit(s[i]) {
			if i+4 < len(s) && s[i+4] == '年' {
				y := 0
				for _, r := range s[i : i+4] {
					y = y*10 + int(r-'0')
				}
				if y >= 1900 && y <= 2100 {
					return y
				}
			}
			return 0
		}
	}
	return 0
}

// onlyYearBetween reports whether the runes [a,b) hold nothing but a year
// and 的 ("2015年的") or nothing.
func onlyYearBetween(t *text, a, b int) bool {
	if a > b {
		return false
	}
	return onlyYearBetweenRunes(t.n[a:b])
}

// onlyYearBetweenRunes reports whether s is empty or names only a time,
// with 的: a year ("2015年的", "2020年底"), a five-year plan's period
// ("十二五期间", "十三五末") or now ("现在的", "目前").
func onlyYearBetweenRunes(s []rune) bool {
	str := strings.TrimSpace(string(s))
	if str == "" {
		return true
	}
	str = strings.TrimSuffix(str, "的")
	if slices.Contains(nowWords, str) {
		return true
	}
	for _, end := range []string{"期间", "时期", "末", "初", "底"} {
		str = strings.TrimSuffix(str, end)
	}
	if fiveYearPlan.MatchString(str) {
		return true
	}
	if !strings.HasSuffix(str, "年") {
		return false
	}
	digits := strings.TrimSuffix(str, "年")
	if len(digits) != 4 {
		return false
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// nowWords name the present a change ends in ("降至现在的2.05‰").
var nowWords = []string{"现在", "目前", "当前", "如今", "今年", "现阶段"}

// fiveYearPlan is the name of a five-year plan's period: "十二五", "“十三五”".
var fiveYearPlan = regexp.MustCompile(`^["“]?十[一二三四五六]五["”]?$`)

// applyFromTo gives the starts and ends their items' labels and marks the
// starts as such.
func applyFromTo(cands []cand, ft fromTo) (starts map[int]bool) {
	starts = map[int]bool{}
	for k, item := range ft.items {
		for _, i := range []int{ft.from + k, ft.to + k} {
			cands[i].label = newPhrase(item)
			cands[i].items, cands[i].maybe, cands[i].listKind = nil, nil, 0
		}
		starts[ft.from+k] = true
	}
	return starts
}

// endsOfCountedChanges labels the end of a change whose start and end
// both name what they count ("实施范围从目前的67个县扩展至103个县"), which
// the end alone would be labelled by ("县"), as its start: the range's.
func endsOfCountedChanges(sentence string, figs []Figure) {
	for i := 0; i+1 < len(figs); i++ {
		start, end := figs[i], &figs[i+1]
		if !start.Base || end.Base || start.Unit != end.Unit || start.Label == end.Label || start.End > len(sentence) {
			continue
		}
		if strings.HasPrefix(sentence[start.End:], end.Label) {
			end.Label = start.Label
		}
	}
}
