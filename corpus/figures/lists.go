package figures

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Figures written one after another in a list ("新增本科高校3所、博士硕士学位授予
// 单位7个", "分别增长4.4%、5.6%") share what only the first one says.

// eachListed calls f for every figure written right after another in the
// same list: the text between them holds a 、 and no clause punctuation, or
// is a conjunction alone ("分别增长6%和7.4%"); bare is true when it is the
// 、 or the conjunction alone.
func eachListed(sentence string, figs []Figure, f func(prev Figure, cur *Figure, bare bool)) {
	for i := 1; i < len(figs); i++ {
		prev, cur := figs[i-1], &figs[i]
		if prev.End > cur.Start {
			continue
		}
		seg := sentence[prev.End:cur.Start]
		bare := strings.TrimSpace(seg)
		joined := bare == "和" || bare == "及" || bare == "与"
		if !joined && (!strings.Contains(seg, "、") || strings.ContainsAny(seg, "，,。；;")) {
			continue
		}
		f(prev, cur, bare == "、" || joined)
	}
}

// newVerbs count what is new in the year ("新增本科高校3所"): a figure
// listed after one that opens with them counts new things too.
var newVerbs = []string{"新增", "新建", "新创建", "新开工", "新认定", "新培育", "新引进", "新招录", "新设立", "新组建", "新开设", "新纳入", "新入选", "新获批"}

// shareNewVerb gives the items of a list ("新增本科高校3所、博士硕士学位授予
// 单位7个") the "new" verb the first item opens with: the second counts new
// units too, not all of them.
func shareNewVerb(sentence string, figs []Figure) {
	share := func(prev Figure, cur *Figure) {
		for _, v := range newVerbs {
			if strings.HasPrefix(prev.Label, v) && !strings.HasPrefix(cur.Label, "新") {
				cur.Label = v + cur.Label
				return
			}
		}
	}
	eachListed(sentence, figs, func(prev Figure, cur *Figure, _ bool) { share(prev, cur) })
	// "新增托位1140个,普惠托位685个": a kind of the same things, after a
	// comma, counts new ones too.
	for i := 1; i < len(figs); i++ {
		prev, cur := figs[i-1], &figs[i]
		if prev.End > cur.Start {
			continue
		}
		seg := strings.TrimSpace(sentence[prev.End:cur.Start])
		rest, ok := strings.CutPrefix(seg, ",")
		if !ok {
			rest, ok = strings.CutPrefix(seg, "，")
		}
		if ok && strings.TrimSpace(rest) == cur.Label && sameHead(prev.Label, cur.Label) {
			share(prev, cur)
		}
	}
}

// sameHead reports whether two labels end in the same noun of two
// characters ("新增托位", "普惠托位") and the second is no longer.
func sameHead(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= 3 && len(rb) >= 3 && len(rb) <= len(ra) && string(ra[len(ra)-2:]) == string(rb[len(rb)-2:])
}

// shareChange gives the values of a list ("分别增长4.4%、5.6%") the change
// word the first one is written with: the second is a growth rate too.
func shareChange(sentence string, figs []Figure) {
	eachListed(sentence, figs, func(prev Figure, cur *Figure, bare bool) {
		if !bare || cur.Qualifier != "" {
			return
		}
		for _, q := range strings.Fields(prev.Qualifier) {
			if changeVerbs.suffix(newPhrase(q).n, 0, len([]rune(q))) > 0 {
				cur.Qualifier = q
			}
		}
	})
}

// shareWholeOfShare gives the items of a list of shares the whole the
// first one is a share of: in "社区卫生服务中心占同类机构的99.5%、社区卫生服务
// 站93.4%" or "…的99.5%,社区卫生服务站占93.4%" the second is
// 社区卫生服务站占同类机构, not a count of 社区卫生服务站.
func shareWholeOfShare(sentence string, figs []Figure) {
	for i := 1; i < len(figs); i++ {
		prev, cur := figs[i-1], &figs[i]
		at := strings.IndexAny(prev.Label, "占佔") // 佔 in Traditional text
		if at < 0 || prev.End > cur.Start || prev.Unit != "%" || cur.Unit != "%" || cur.Label == "" ||
			strings.ContainsAny(cur.Label, "占佔") || cur.Qualifier != prev.Qualifier {
			continue
		}
		seg := sentence[prev.End:cur.Start]
		shareOf := strings.HasSuffix(strings.TrimSpace(seg), "占") || strings.HasSuffix(strings.TrimSpace(seg), "佔")
		if !shareOf && !listSeparated(seg) {
			continue
		}
		if whole := prev.Label[at:]; utf8.RuneCountInString(whole) > 1 {
			cur.Label += whole
		}
	}
}

// perPopulation opens a measure counted per head of population.
var perPopulation = []string{"每千人口", "每万人口", "每千常住人口", "每万常住人口", "每千名居民", "每万名居民", "每千居民", "每万居民", "每千人", "每万人", "千人口", "万人口"}

// maxPerHead bounds a value counted per head of population ("4.25人" per
// thousand): a count of the whole (12000人) is no such value.
const maxPerHead = 100

// sharePerPopulation gives the measures a sentence lists after one counted
// per head of population, with no base of their own and on its scale, its
// base: in a list ("每千常住人口床位数24.16张、执业(助理)医师10.91人、注册
// 护士17.09人") whatever their unit; in the clauses after it in its unit
// ("每千人口执业医师数由2.98人增长至3.45人,注册护士数由3.28人提升至4.25人").
func sharePerPopulation(sentence string, figs []Figure) {
	base, unit := "", ""
	inList := false
	for i := range figs {
		f := &figs[i]
		if p := perPopulationPrefix(f.Label); p != "" {
			base, unit, inList = p, f.Unit, true
			continue
		}
		listed := false
		if i > 0 && figs[i-1].End <= f.Start {
			seg := sentence[figs[i-1].End:f.Start]
			listed = listSeparated(seg) || inList && lastItemJoined(seg)
		}
		inList = listed
		switch {
		case base == "" || f.Missing:
		case f.Value >= maxPerHead || f.Unit != unit && !listed:
			base = "" // a count of the whole, or another measure
		case strings.ContainsAny(f.Label, "每均") || f.Label == "":
		case listed || strings.HasSuffix(f.Label, "数"):
			f.Label = base + f.Label
		}
	}
}

// listSeparated reports whether the text between two figures sets them in
// one list: a 、 and no clause punctuation.
func listSeparated(seg string) bool {
	return strings.Contains(seg, "、") && !strings.ContainsAny(seg, "，,。；;")
}

// lastItemJoined reports whether the text between two figures of a list
// joins its last item with a conjunction ("…牙医师(0.4名)及护士(4.4名)"):
// no clause punctuation and 及, 和 or 与.
func lastItemJoined(seg string) bool {
	return !strings.ContainsAny(seg, "，,。；;") && strings.ContainsAny(seg, "及和与")
}

// perHeadBefore is the per-population base written in the clause before
// the number at a whose label follows it ("平均每万人拥有5.48名全科医师":
// 每万人), "" when there is none.
func perHeadBefore(t *text, a int) string {
	k := a
	for k > 0 && !isHardBoundary(t.n[k-1]) && t.n[k-1] != ',' && t.n[k-1] != ';' {
		k--
	}
	seg := string(t.n[k:a])
	for _, p := range perPopulation {
		if strings.Contains(seg, p) {
			return p
		}
	}
	return ""
}

// perPopulationPrefix is the per-population base a label opens with, or "".
func perPopulationPrefix(label string) string {
	for _, p := range perPopulation {
		if strings.HasPrefix(label, p) {
			return p
		}
	}
	return ""
}

// ordinals open the items of a series ("第一剂", "第二剂").
var ordinals = []string{"第一", "第二", "第三", "第四", "第五", "首"}

// shareOrdinalSubject gives an item of a series ("第二剂接种率") the
// subject written before the series' first item in the sentence ("18岁以上
// 第一剂…,第二剂…": adults' second doses).
func shareOrdinalSubject(figs []Figure) {
	subject := ""
	for i := range figs {
		f := &figs[i]
		if k := strings.Index(f.Label, "第一"); k > 0 {
			subject = f.Label[:k]
			continue
		}
		if subject == "" {
			continue
		}
		for _, o := range ordinals[1:5] {
			if strings.HasPrefix(f.Label, o) {
				f.Label = subject + f.Label
				break
			}
		}
	}
}

// respectiveRates names the rates of a list written after as many counts
// of different things ("38家社区服务中心和194家乡镇卫生院通过了省级复评，达标
// 率分别是90.4%和90.6%") by the thing each count counts, in order: the
// labels the counts share at their end (the predicate) left out.
func respectiveRates(sentence string, figs []Figure) {
	for j := 1; j < len(figs); j++ {
		k := 1
		for j+k < len(figs) && figs[j+k].Label == figs[j].Label && figs[j+k].Unit == figs[j].Unit {
			k++
		}
		if k < 2 || j < k || figs[j].Unit != "%" || !strings.HasSuffix(figs[j].Label, "率") || utf8.RuneCountInString(figs[j].Label) > maxBareRateRunes ||
			figs[j].Start < figs[j-1].End || !strings.Contains(sentence[figs[j-1].End:figs[j].Start], "分别") {
			continue
		}
		counts := figs[j-k : j]
		suffix := commonSuffix(counts)
		subjects := make([]string, k)
		ok := true
		for i, c := range counts {
			subjects[i] = strings.TrimSuffix(c.Label, suffix)
			if c.Unit == "%" || subjects[i] == "" || i > 0 && subjects[i] == subjects[i-1] {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for i := range k {
			figs[j+i].Label = subjects[i] + figs[j+i].Label
		}
		j += k - 1
	}
}

// maxBareRateRunes bounds a rate named by its measure alone ("达标率").
const maxBareRateRunes = 4

// commonSuffix is the end the labels of figs share, "" when they share none.
func commonSuffix(figs []Figure) string {
	suffix := []rune(figs[0].Label)
	for _, f := range figs[1:] {
		l := []rune(f.Label)
		n := 0
		for n < len(suffix) && n < len(l) && suffix[len(suffix)-1-n] == l[len(l)-1-n] {
			n++
		}
		suffix = suffix[len(suffix)-n:]
	}
	return string(suffix)
}

// goalThenActual reads a performance review's pairs ("儿童窝沟封闭颗数2000
// 颗,实际完成2021颗"): the first value is the goal set for the label, the
// one after "实际" what was done, under the same label.
func goalThenActual(sentence string, figs []Figure) {
	for i := 1; i < len(figs); i++ {
		prev, cur := &figs[i-1], &figs[i]
		if prev.End > cur.Start || prev.Label == "" || !actualLabel[cur.Label] {
			continue
		}
		seg := strings.TrimSpace(sentence[prev.End:cur.Start])
		if !actualOpener.MatchString(seg) {
			continue
		}
		prev.Target = true
		cur.Label, cur.Target = prev.Label, false
	}
}

// actualLabel are the labels the extractor gives the value after "实际".
var actualLabel = map[string]bool{"实际": true, "实际完成": true, "完成": true, "实际为": true}

// actualOpener is what stands between a goal and the value done: "，实际",
// "，实际完成".
var actualOpener = regexp.MustCompile(`^[，,；;]?\s*(?:实际|实际完成|实际为|实际达到)?$`)
