package understand

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/places"
)

// levelSuffixes end the full names of administrative divisions.
const levelSuffixes = "省市县区州盟旗"

// Place is the canonical name of the place a question names ("四川省" for
// "四川去年…"), the first one when it names several (a place within the one
// before it narrows it down); "" when it names none.
// A place written with its level ("白云县") that the gazetteer knows only
// at another level is taken as written: another place's figures must never
// answer for it; a county named 县 that is now the one district or city of
// that name (柳江县 of 柳江区) is that place.
func Place(q string) string {
	ps := Places(q)
	if len(ps) == 0 {
		return ""
	}
	// "巴中2月19号巴州区累计确诊多少例": a city, then a county of it, names
	// where the county is; the county is asked.
	p := ps[0]
	for _, next := range ps[1:] {
		if !places.Within(next, p) {
			break
		}
		p = next
	}
	return p
}

// Places are the canonical names of all the places a question names, in
// order, each once ("河南和辽宁…" → 河南省, 辽宁省); see Place.
func Places(q string) []string {
	var mentions []placeMention
	taken := make([]bool, len(q)+1)
	for _, m := range places.Find(q) {
		for i := m.Start; i < m.End; i++ {
			taken[i] = true
		}
		if m.Place.Name == "" {
			continue
		}
		name := m.Place.Name
		written := q[m.Start:m.End]
		if r := lastRune(written); strings.ContainsRune(levelSuffixes, r) && lastRune(m.Place.Name) != r && !strings.HasPrefix(m.Place.Name, written) &&
			!(r == '县' && m.Place.Level == places.County && m.Place.Province != "") {
			// "白云县" is no 白云区 (two of them); "柳江县" is the one 柳江区,
			// a county made a district, as reports of its county years name it.
			name = written
		}
		if destination(q[:m.Start]) && m.Start > 0 && !peopleThere(q[m.End:]) {
			continue // "往湖北派了多少人去支援": where they went, not the place asked
		}
		mentions = append(mentions, placeMention{name: name, start: m.Start, end: m.End, within: []string{m.Place.Province, m.Place.Parent}})
	}
	mentions = append(mentions, cityShortForms(q, taken)...)
	mentions = append(mentions, countiesOfNamedCity(q, mentions, taken)...)
	// In the order the question names them: the first is its subject
	// ("廊坊在跟北京天津搞合作": 廊坊's).
	sort.SliceStable(mentions, func(i, j int) bool { return mentions[i].start < mentions[j].start })
	if len(mentions) > 1 {
		// "固安去年北京那边的专家过来…": 北京 is where they came from.
		kept := slices.DeleteFunc(mentions[1:], func(m placeMention) bool { return origin(q[m.end:]) })
		mentions = mentions[:1+len(kept)]
	}
	var out []string
	seen := map[string]bool{}
	for _, m := range innermost(q, mentions) {
		if !seen[m.name] {
			seen[m.name] = true
			out = append(out, m.name)
		}
	}
	if len(out) == 0 && (asksNation(q) || corpus.NationalBody(q) != "") {
		// "去年全国人均预期寿命" asks of the country, the place national
		// documents are read as; so does "国家卫健委去年…", of the body
		// that speaks for it.
		out = append(out, corpus.NationalPlace)
	}
	return out
}

// placeJoiners, written between two places, set them side by side
// ("淄博和济宁", "全省与成都市相比"): each is asked. sideBySide do it from
// anywhere in the question ("青岛、山东分别是多少").
var (
	placeJoiners = []string{"和", "与", "跟", "及", "、", "比", "对比", "相比", "分别", "同"}
	sideBySide   = []string{"分别", "对比", "相比", "各自", "各是"}
)

// innermost drops from the places a question names those that only hold
// another it names ("山东年鉴里…淄博市的" asks of 淄博市), unless the
// question sets them side by side (a joiner between the first place and
// the last, or a word that compares). A place written just before one it
// holds only says where that is ("青海海南州", "四川乐山比成都…"): dropped
// always.
func innermost(q string, mentions []placeMention) []placeMention {
	if len(mentions) < 2 {
		return mentions
	}
	first, last := len(q), 0
	for _, m := range mentions {
		first, last = min(first, m.end), max(last, m.start)
	}
	apart := containsAny(q, sideBySide) || first < last && containsAny(q[first:last], placeJoiners)
	var out []placeMention
	for _, a := range mentions {
		holds, qualifies := false, false
		for _, b := range mentions {
			if b.name != a.name && (slices.Contains(b.within, a.name) || places.Within(b.name, a.name)) {
				holds = true
				qualifies = qualifies || a.end == b.start
			}
		}
		if !qualifies && (!holds || apart) {
			out = append(out, a)
		}
	}
	return out
}

// destinationWords written just before a place make it where people or
// things were sent ("往湖北派", "支援西藏", "赴京"), not the place asked.
var destinationWords = []string{"往", "赴", "援", "支援", "派到", "派往", "送往", "去到"}

// destination reports whether the text before a place ends with a word
// that makes it a destination.
func destination(before string) bool {
	for _, w := range destinationWords {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// sentPeople are who is sent to a place to work there.
var sentPeople = []string{"专家", "医生", "医疗队", "队员", "医护", "医务人员", "人员", "干部", "团队", "护士"}

// peopleThere reports whether the text after a destination names the
// people sent there ("派到于都的专家，…做了多少台手术"): what they did is
// the destination's, the place asked.
func peopleThere(after string) bool {
	rest, ok := strings.CutPrefix(after, "的")
	return ok && opensWithAny(rest, sentPeople)
}

// originWords written just after a place make it where people or things
// came from ("北京那边的专家", "省里派来的"), not the place asked.
var originWords = []string{"那边", "那里的", "派来", "派过来", "来的", "过来的"}

// origin reports whether the text after a place opens with a word that
// makes it an origin.
func origin(after string) bool {
	for _, w := range originWords {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// cityShortForms finds the prefecture-level cities named by their short
// form alone ("健康舟山微信平台", "扬中市和无锡…") outside the spans already
// read as places: running text needs more to take such a name as a place
// (places.Find), but a question put to a health bureau's assistant that
// names one means the city. County short forms of two characters are read
// only opening the question before words of a place or a time ("马山那边",
// "天台去年"): many are ordinary words (天台, 和平, 白云); those of three
// (九龙坡, 沙坪坝) are read.
func cityShortForms(q string, taken []bool) []placeMention {
	var out []placeMention
	for i := 0; i < len(q); {
		_, n := utf8.DecodeRuneInString(q[i:]) // by bytes: a byte of invalid UTF-8 is one
		if taken[i] {
			i += n
			continue
		}
		j := i + n
		if j >= len(q) {
			break
		}
		_, n2 := utf8.DecodeRuneInString(q[j:])
		start, end := i, j+n2
		i = j
		if taken[j] {
			continue
		}
		form := q[start:end]
		// A longer short form first: "阿拉善" (阿拉善盟), "锡林郭勒".
		if p, e, ok := longCityShortForm(q, start, end, taken); ok {
			out = append(out, placeMention{name: p.Name, start: start, end: e})
			out = append(out, countyAfter(q, e, p.Name)...)
			i = e
			continue
		}
		if places.IsOrdinaryWord(form) {
			continue
		}
		if p, ok := places.Lookup(form); ok && p.Level == places.City && p.Short == form && !endsCountyShortForm(q, start, j) {
			out = append(out, placeMention{name: p.Name, start: start, end: end})
			out = append(out, countyAfter(q, end, p.Name)...)
			continue
		}
		// A county's short form of two characters opening the question
		// and followed by words of a place or a time ("马山那边", "天台
		// 去年"): the place asked, as staff name their county.
		if start == 0 && (opensWithAny(q[end:], countyContext) || opensWithYearOrGap(q[end:])) {
			if p, ok := places.Lookup(form); ok && p.Level == places.County && p.Short == form {
				out = append(out, placeMention{name: p.Name, start: start, end: end, within: []string{p.Province, p.Parent}})
				continue
			}
		}
		// A county's short form of three characters ("九龙坡华岩镇卫生院",
		// "沙坪坝"): long enough to be no ordinary word.
		if _, n3 := utf8.DecodeRuneInString(q[end:]); end < len(q) && !taken[end] {
			form3 := q[start : end+n3]
			if p, ok := places.Lookup(form3); ok && p.Level == places.County && p.Short == form3 && !places.IsOrdinaryWord(form3) {
				out = append(out, placeMention{name: p.Name, start: start, end: end + n3, within: []string{p.Province, p.Parent}})
			}
		}
	}
	return out
}

// countyContext are words after a place's short form that make it the
// place a question opens with: where ("那边", "城区"), when ("今年"), its
// bureau ("卫健").
var countyContext = []string{"那边", "这边", "那里", "城区", "县城", "全县", "今年", "去年", "前年", "明年", "这几年", "近几年", "卫健", "卫生健康", "卫生局"}

// opensWithYearOrGap reports whether s opens with a year's digits ("天台
// 2023年") or with the space a stripped time word leaves ("天台 是怎么…").
func opensWithYearOrGap(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == ' ' || r >= '0' && r <= '9'
}

// longCityShortForm finds a prefecture's short form of three or four
// characters starting at start, whose first two characters run to end:
// "阿拉善" for 阿拉善盟, "锡林郭勒" for 锡林郭勒盟. ok is false when none.
func longCityShortForm(q string, start, end int, taken []bool) (places.Place, int, bool) {
	var ends []int
	for e, k := end, 0; k < 2 && e < len(q) && !taken[e]; k++ {
		_, n := utf8.DecodeRuneInString(q[e:])
		e += n
		ends = append(ends, e)
	}
	for k := len(ends) - 1; k >= 0; k-- {
		form := q[start:ends[k]]
		if p, ok := places.Lookup(form); ok && p.Level == places.City && p.Short == form && !places.IsOrdinaryWord(form) {
			return p, ends[k], true
		}
	}
	return places.Place{}, 0, false
}

// maxCountyRunes bounds the full name of a county looked for after its
// city's short form.
const maxCountyRunes = 4

// countyAfter is the county of city whose full name follows at, which
// running text needs its parent to confirm ("平顶山郏县", "张家口蔚县"):
// none when no such county follows.
func countyAfter(q string, at int, city string) []placeMention {
	end := at
	for k := 0; k < maxCountyRunes && end < len(q); k++ {
		_, n := utf8.DecodeRuneInString(q[end:])
		end += n
		if k == 0 {
			continue
		}
		if p, ok := places.Lookup(q[at:end]); ok && p.Level == places.County && p.Parent == city && p.Name == q[at:end] {
			return []placeMention{{name: p.Name, start: at, end: end, within: []string{p.Province, p.Parent}}}
		}
	}
	return nil
}

// countiesOfNamedCity finds, after a city the question names, one of its
// counties by its short form anywhere later ("绥化12月4号那会儿，安达现有的…":
// 安达市 of 绥化市), which running text would need its parent right before
// it to confirm. Only one such county, never an ordinary word, never where
// a place is already read.
func countiesOfNamedCity(q string, mentions []placeMention, taken []bool) []placeMention {
	for _, m := range mentions {
		city, ok := places.Lookup(m.name)
		if !ok || city.Level != places.City {
			continue
		}
		rest := q[m.end:]
		in := places.NamedWithin(rest, city.Name, places.County)
		if len(in) != 1 {
			continue
		}
		p := in[0].Place
		for _, form := range []string{p.Name, p.Short} {
			i := strings.Index(rest, form)
			if form == "" || i < 0 || places.IsOrdinaryWord(form) || taken[m.end+i] {
				continue
			}
			return []placeMention{{name: p.Name, start: m.end + i, end: m.end + i + len(form), within: []string{p.Province, p.Parent}}}
		}
	}
	return nil
}

// placeMention is a place named in a question and where.
type placeMention struct {
	name       string
	start, end int
	// within are the places it lies in as read where it stands (北京市 of
	// the 朝阳区 in "北京朝阳区", though 朝阳区 alone names several).
	within []string
}

func lastRune(s string) rune {
	rs := []rune(s)
	if len(rs) == 0 {
		return 0
	}
	return rs[len(rs)-1]
}

// asksNation reports whether a question naming no other place asks of the
// whole country ("去年全国人均预期寿命到多少了"), not compares with it ("比全国
// 平均高多少", "在全国排第几").
func asksNation(q string) bool {
	i := strings.Index(q, corpus.NationalPlace)
	if i < 0 {
		return false
	}
	before, after := q[:i], q[i+len(corpus.NationalPlace):]
	for _, w := range []string{"比", "较", "于", "超", "与", "和", "跟", "在", "居", "列"} {
		if strings.HasSuffix(before, w) {
			return false
		}
	}
	return !strings.HasPrefix(after, "平均") && !strings.HasPrefix(after, "第") && !strings.HasPrefix(after, "前")
}

// endsCountyShortForm reports whether the rune at start..j ends a
// county's short form that opens one rune before it: "郧西安家乡" names 郧西
// (郧西县) and its 安家乡, not 西安.
func endsCountyShortForm(q string, start, j int) bool {
	if start == 0 {
		return false
	}
	_, n := utf8.DecodeLastRuneInString(q[:start])
	pair := q[start-n : j]
	p, ok := places.Lookup(pair)
	return ok && p.Level == places.County && p.Short == pair
}
