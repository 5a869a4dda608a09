package places

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Mention is a place named in a text, at the byte range [Start, End).
type Mention struct {
	Place Place
	Start int
	End   int
}

// levelPairs finish, after 县, a word for two levels of government ("县区
// 一级", "县乡两级"): "宝鸡县区" is 宝鸡's counties and districts, not 宝鸡县.
var levelPairs = []string{"区", "乡", "市"}

// Find returns every place named in text, in order and without overlaps;
// at each position the longest name wins. Full names (四川省, 南陵县,
// 凉山州) count wherever they stand, except names that are ordinary words
// (城区, 郊区) or built on one character (和县, 康县), which need their
// parent before them or a boundary. Short forms count alone only for
// provinces and big cities (四川, 成都); the short form of another city or
// county needs a suffix (庆阳市区, 句容县), a body after it (南陵卫健委), its
// parent before it (重庆云阳), a neighbour in a list (西宁、海东), or a text
// that is plainly about its province or city (海西 in a report on 青海).
//
// A name several places share is resolved by the other places the text
// names, else to the highest level; a mention that stays ambiguous keeps
// its Name and Level with Province and Parent left empty.
func Find(text string) []Mention {
	g := get()
	var raws []rawMatch
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf {
			i++
			continue
		}
		r1, n1 := decode(text, i)
		if g.mayStart(r1) {
			if r2, n2 := decode(text, i+n1); n2 > 0 && g.mayFollow(r2) {
				if forms := g.byHead[uint64(r1)<<32|uint64(r2)]; forms != nil {
					if m, ok := g.match(text, i, forms, raws); ok {
						raws = append(raws, m)
						i = m.end
						continue
					}
				}
			}
		}
		i += n1
	}
	return withoutCompanyNames(text, g.resolve(raws))
}

// companyName is the rest of a company's registered name after the place it
// opens with: "佳信德机械科技有限公司" of 苏州佳信德机械科技有限公司.
var companyName = regexp.MustCompile(`^[\p{Han}A-Za-z0-9]{0,16}?(?:有限责任公司|有限公司)`)

// withoutCompanyNames drops the places that open a company's name
// ("苏州亚平电子有限公司"): where the company is registered says nothing of
// where the text is.
func withoutCompanyNames(text string, ms []Mention) []Mention {
	out := ms[:0]
	for _, m := range ms {
		if !companyName.MatchString(text[m.End:]) {
			out = append(out, m)
		}
	}
	return out
}

// decode returns the rune at text[i:] and its length (0 at the end), with a
// fast path for the three-byte runes of Chinese text.
func decode(text string, i int) (rune, int) {
	if i+2 < len(text) {
		b0, b1, b2 := text[i], text[i+1], text[i+2]
		if b0&0xF0 == 0xE0 && b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			r := rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	if i >= len(text) {
		return 0, 0
	}
	return utf8.DecodeRuneInString(text[i:])
}

// status of a candidate in a match.
type status uint8

const (
	accepted      status = iota + 1
	pendingCity          // a city's bare short form: accepted if the text is about its province
	pendingCounty        // a county's bare short form: accepted if the text is about its municipality
)

type rawCand struct {
	cand
	st    status
	under bool // its parent or province is named right before it
}

type rawMatch struct {
	start, end int
	cands      []rawCand
}

// takesSuffix reports whether a short form followed by r names the place:
// its own level's suffix (庆阳市, 凉山州, 石柱县), or 县 after a district or
// county-level city that was a county (双流县, 句容县). 大城 + 市 is no
// place: 大城县 is a county.
func (e *entry) takesSuffix(r rune) bool {
	if !strings.ContainsRune("省市县区州盟旗", r) {
		return false
	}
	own, _ := utf8.DecodeLastRuneInString(e.Name)
	switch {
	case r == own:
		return true
	case e.Level == County && r == '县' && (own == '区' || own == '市'):
		return true
	case strings.HasSuffix(e.Name, "自治州") && r == '州', strings.HasSuffix(e.Name, "自治县") && r == '县':
		return true
	}
	return false
}

// healthBodies after a short form show it names a health bureau (南陵卫健委);
// orgAfter are other bodies, which count only after a boundary.
var (
	healthBodies = []string{"卫健", "卫生健康", "卫生局", "卫计", "卫生和计划生育", "疾控", "疾病预防"}
	orgAfter     = []string{"人民政府", "政府", "人大", "政协", "党委", "日报", "融媒", "人民医院", "中医院", "妇幼"}
)

// openers may stand right before a place name: a line break, a space or
// punctuation that opens a phrase (not a closing quote, after which the
// next word often joins the one before: "创业”和县乡村").
const openers = "\n \t\u3000，。；：、！？,.;:!?（(《“‘「【—"

// streetWords after a short form make it the name of a street; townWords
// the name of a town, village or institution that only shares the name, or
// of a region around the place (成都平原经济区, 西安都市圈).
var (
	streetWords = []string{"路", "街", "巷", "大道", "大街"}
	townWords   = []string{"镇", "乡", "村", "院", "站", "社区", "片区", "园区", "港", "湾", "桥", "中心"}
	regionWords = []string{"平原", "盆地", "经济区", "经济圈", "都市圈", "城市群"}
)

// motionVerbs send someone to a place: an ordinary word after one
// (noContext: 于都, 中山) is the place ("派到于都的专家", "支援朝阳").
var motionVerbs = []string{"派到", "派往", "派驻", "前往", "来到", "去往", "回到", "远赴", "奔赴", "赶赴", "支援", "帮扶", "援助", "对口"}

// badBefore: a character before a short form that makes it part of another
// word (幸福建设, 长江西岸, 黄河南岸).
var badBefore = map[string]string{
	"福建": "幸祝", "江西": "长赣", "河南": "黄运淮", "河北": "黄运淮", "湖南": "庭洱太鄱巢",
	"湖北": "庭洱太鄱巢", "山东": "行泰华崂嵩衡恒", "山西": "行泰华嵩衡恒", "海南": "上",
	"江苏": "浙", "广西": "关", "西藏": "东", "云南": "白",
}

// noContext are short forms that are also ordinary words: they count only
// with a suffix, a body after them or their parent before them.
var noContext = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`安康 长治 大同 四平 朝阳 来宾 阿里 中山 兴安 白山 红河 怒江 白银 中卫 三明
		黄山 新乡 长寿 南岸 江北 和平 河西 河东 新华 长安 城关 平安 大通 红旗 新城 东方 永安 太平 前进
		向阳 友谊 东风 新兴 永兴 长兴 宁安 安宁 开阳 永和 和顺 安定 吉利 工农 兴隆 富裕 城中 城东 城西
		城北 市中 新市 老城 江南 江山 南山 东山 西山 中原 金山 青山 白云 大方 合作 共和 龙山 永定 兴国
		全南 上高 石城 万安 龙泉 宝山 天河 龙华 桥西 桥东 铁东 铁西 石门 普安 民和 和静 新和 和政 仁和
		华容 东至 安仁 安福 安远 会昌 南丰 崇仁 乐平 靖安 永新 定南 信丰 瑞金 于都 宁都 吉水 大余 寻乌
		日照 广安 城区 郊区 矿区 资源 通道 乐业 安居 富民 新建 友好 河口 武功 惠民 惠农 光明 平原 凤凰 兴业 新民`) {
		noContext[w] = true
	}
}

// IsOrdinaryWord reports whether a place's short form is also an ordinary
// word or another thing's name (中山, 朝阳, 长治, 大同): it names the place
// only with a suffix, a body after it or its parent before it.
func IsOrdinaryWord(form string) bool { return noContext[form] }

// match tries the surface forms that start at i, longest first, and returns
// the first whose candidates the context accepts.
func (g *gazetteer) match(text string, i int, forms []string, prev []rawMatch) (rawMatch, bool) {
	rest := text[i:]
	var before rune
	if i > 0 {
		before, _ = utf8.DecodeLastRuneInString(text[:i])
	}
	var last *rawMatch
	listed := false // the previous mention ends right before, or before a "、"
	if len(prev) > 0 {
		p := &prev[len(prev)-1]
		switch {
		case p.end == i:
			last = p
		case strings.HasSuffix(text[:i], "、") && p.end == i-len("、"):
			last, listed = p, true
		}
	}
	for _, form := range forms {
		if !strings.HasPrefix(rest, form) {
			continue
		}
		end := i + len(form)
		next, nn := utf8.DecodeRuneInString(text[end:])
		after := text[end:]
		m := rawMatch{start: i, end: end}
		suffixed, anyUnder := false, false
		for _, c := range g.byForm[form] {
			e := &g.entries[c.idx]
			underLast := last != nil && !listed && g.isUnder(e, last)
			var st status
			switch c.kind {
			case formFull, formAlias, formFormer:
				switch {
				case strings.HasSuffix(form, "区") && next == '域', strings.HasSuffix(form, "市") && next == '场':
					// 城北区域, 东方市场: not the place
				case strings.HasSuffix(form, "县") && (next == '域' || next == '级') && g.namesProvince(strings.TrimSuffix(form, "县")):
					// "河南县域经济网", "四川县级医院": a province's counties,
					// not 河南县 (河南蒙古族自治县)
				case strings.HasSuffix(form, "县") && hasAnyPrefix(after, levelPairs) && g.namesAbove(strings.TrimSuffix(form, "县")):
					// "宝鸡县区一级": 宝鸡市's counties and districts, not
					// the former 宝鸡县
				case e.generic:
					if underLast {
						st = accepted
					}
				case e.weak || c.kind == formFormer:
					// 和县 after a comma, not in "创业”和县乡村振兴" or "市和县两级";
					// 增城市 (now 增城区) not in "新增城市".
					if underLast || ((i == 0 || strings.ContainsRune(openers, before)) && !strings.ContainsRune("乡域级城区市镇村", next)) {
						st = accepted
					}
				default:
					st = accepted
				}
			case formShort:
				bad := badBefore[form]
				switch {
				case i > 0 && bad != "" && strings.ContainsRune(bad, before):
				case underLast:
					st = accepted
				case e.generic || e.weak || e.Name == form+string(next):
					// 老城区, 和县: the full name was tried and refused
				case nn > 0 && e.takesSuffix(next) && !(next == '市' && strings.HasPrefix(after[nn:], "场")) &&
					!strings.HasPrefix(after[nn:], "域") && !strings.HasPrefix(after[nn:], "级") && !(next == '县' && hasAnyPrefix(after[nn:], levelPairs)):
					// 庆阳市, 句容县; not 振兴县域
					st = accepted
					suffixed = true
				case hasAnyPrefix(after, streetWords), hasAnyPrefix(after, regionWords):
					// 北京路, 成都平原: a street or a region named after the place
				case e.bare:
					st = accepted
				case hasAnyPrefix(after, healthBodies):
					st = accepted // 南陵卫健委
				case strings.HasSuffix(text[:i], "健康") && !noContext[form]:
					st = accepted // "健康喀左": a campaign is named after its own place
				case noContext[form] && hasAnySuffix(text[:i], motionVerbs) && !hasAnyPrefix(after, townWords) && (e.Level == City || e.Level == County):
					st = accepted // "派到于都的专家": where someone is sent is a place
				case noContext[form] || hasAnyPrefix(after, townWords):
				case hasAnyPrefix(after, orgAfter) && (i == 0 || strings.ContainsRune(openers, before)):
					st = accepted // 云阳人大; not 各族人民和人大
				case listed && last != nil && g.isSibling(e, last):
					st = accepted
				case e.Level == City:
					st = pendingCity
				case e.Level == County && !e.weak:
					st = pendingCounty
				}
			}
			if st != 0 {
				m.cands = append(m.cands, rawCand{c, st, underLast})
				anyUnder = anyUnder || underLast
			}
		}
		if len(m.cands) == 0 {
			continue
		}
		if anyUnder {
			// 北京市朝阳区: the place under the one named before it.
			kept := m.cands[:0]
			for _, rc := range m.cands {
				if rc.under {
					kept = append(kept, rc)
				}
			}
			m.cands = kept
		}
		if suffixed {
			// The suffix belongs to the name only when no candidate is a
			// full name standing on its own.
			extend := true
			for _, rc := range m.cands {
				if rc.kind != formShort {
					extend = false
				}
			}
			if extend {
				m.end += nn
			}
		}
		return m, true
	}
	return rawMatch{}, false
}

func hasAnyPrefix(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// isUnder reports whether a candidate of the previous match is e's parent
// or province (重庆 before 云阳, 安徽省 before 南陵县).
func (g *gazetteer) isUnder(e *entry, m *rawMatch) bool {
	for _, c := range m.cands {
		p := &g.entries[c.idx]
		if c.st != accepted {
			continue
		}
		if p.Name == e.Parent || (p.Level == Province && p.Name == e.Province) {
			return true
		}
	}
	return false
}

// isSibling reports whether e and a candidate of the previous match share
// a parent (or, for cities, a province): 西宁、海东.
func (g *gazetteer) isSibling(e *entry, m *rawMatch) bool {
	for _, c := range m.cands {
		p := &g.entries[c.idx]
		if c.st == accepted && p.Level == e.Level && p.Parent != "" && p.Parent == e.Parent {
			return true
		}
	}
	return false
}

// resolve turns raw matches into mentions: it counts the provinces and
// cities the text names without doubt, accepts pending short forms of the
// places the text is about, and picks one place for each match.
func (g *gazetteer) resolve(raws []rawMatch) []Mention {
	if len(raws) == 0 {
		return nil
	}
	provCount := map[string]int{}
	cityCount := map[string]int{}
	for _, m := range raws {
		prov, city, n := "", "", 0
		for _, c := range m.cands {
			if c.st != accepted {
				continue
			}
			e := &g.entries[c.idx]
			p, ct := e.Province, ""
			switch e.Level {
			case Province:
				p, ct = e.Name, e.Name
			case City:
				ct = e.Name
			case County:
				ct = e.Parent
			}
			if n == 0 {
				prov, city = p, ct
			} else {
				if p != prov {
					prov = ""
				}
				if ct != city {
					city = ""
				}
			}
			n++
		}
		if n == 0 {
			continue
		}
		if prov != "" {
			provCount[prov]++
		}
		if city != "" {
			cityCount[city]++
		}
	}
	domProv := dominant(provCount)
	// A city's bare short form the text repeats ("铜川人…铜川牢牢把握…
	// 铜川人民…") is its subject, whichever province it names most;
	// counted only when a bare form is not otherwise accepted.
	var bareCity map[int32]int
	repeated := func(idx int32) bool {
		if bareCity == nil {
			bareCity = map[int32]int{}
			for _, m := range raws {
				for _, c := range m.cands {
					if c.st == pendingCity {
						bareCity[c.idx]++
					}
				}
			}
		}
		return bareCity[idx] >= minRepeatedCity
	}

	// A place the text names without doubt somewhere (平潭县第十八届人民
	// 代表大会) is the one its bare short form names elsewhere in it ("为
	// 平潭擘画的…蓝图").
	named := map[int32]bool{}
	for _, m := range raws {
		for _, c := range m.cands {
			if c.st == accepted {
				named[c.idx] = true
			}
		}
	}
	out := make([]Mention, 0, len(raws))
	var keep []int32
	for _, m := range raws {
		keep = keep[:0]
		for _, c := range m.cands {
			e := &g.entries[c.idx]
			switch c.st {
			case accepted:
			case pendingCity:
				if (domProv == "" || e.Province != domProv) && !repeated(c.idx) && !named[c.idx] {
					continue
				}
			case pendingCounty:
				// Only a municipality's districts stand bare in its reports
				// (万州, 涪陵 in 重庆's); a city's counties share their
				// names with towns and rivers (弋江镇 in 南陵县), unless
				// the text names the county itself.
				if (domProv == "" || e.Parent != domProv) && !named[c.idx] {
					continue
				}
			}
			keep = append(keep, c.idx)
		}
		if p, ok := g.pick(keep, provCount, cityCount); ok {
			out = append(out, Mention{Place: p, Start: m.start, End: m.end})
		}
	}
	return out
}

// minRepeatedCity is how often a text repeats a city's bare short form
// for it to name that city without its province named.
const minRepeatedCity = 3

// dominant is the name counted most, when it is counted at least twice and
// more often than any other.
func dominant(counts map[string]int) string {
	best, bestN, second := "", 0, 0
	for name, n := range counts {
		switch {
		case n > bestN:
			best, second, bestN = name, bestN, n
		case n == bestN:
			second = n
			if name < best {
				best = name
			}
		case n > second:
			second = n
		}
	}
	if bestN < 2 || second == bestN {
		return ""
	}
	return best
}

// pick chooses one place among the candidates of a match: the one whose
// province and city the text names most, else the one of the highest level.
func (g *gazetteer) pick(idx []int32, provCount, cityCount map[string]int) (Place, bool) {
	cs := make([]cand, 0, len(idx))
	for _, i := range idx {
		cs = append(cs, cand{idx: i})
	}
	cs = dedupe(cs)
	if len(cs) == 0 {
		return Place{}, false
	}
	cs = g.withoutNamesakeCounties(cs)
	if len(cs) > 1 {
		// Keep the candidates whose province and city the text names most.
		scores := make([]int, len(cs))
		best := 0
		for k, c := range cs {
			e := &g.entries[c.idx]
			prov := e.Province
			if e.Level == Province {
				prov = e.Name
			}
			scores[k] = provCount[prov] + 2*cityCount[e.Parent]
			best = max(best, scores[k])
		}
		top := cs[:0]
		for k, c := range cs {
			if scores[k] == best {
				top = append(top, c)
			}
		}
		cs = top
	}
	if len(cs) == 1 {
		return g.entries[cs[0].idx].Place, true
	}
	if i, ok := g.highest(cs); ok {
		return g.entries[i].Place, true
	}
	// Still several of the highest level: keep the name if they share it.
	top := g.entries[cs[0].idx].Level
	for _, c := range cs {
		top = min(top, g.entries[c.idx].Level)
	}
	var p Place
	for _, c := range cs {
		e := &g.entries[c.idx]
		if e.Level != top {
			continue
		}
		if p.Name != "" && e.Name != p.Name {
			return Place{}, false
		}
		p = Place{Name: e.Name, Short: e.Short, Level: e.Level}
	}
	return p, true
}

// withoutNamesakeCounties drops a county whose own city is a candidate of
// the same form: "南昌" (卫健委) is 南昌市, whose 南昌县 is written in full.
func (g *gazetteer) withoutNamesakeCounties(cs []cand) []cand {
	names := map[string]bool{}
	for _, c := range cs {
		names[g.entries[c.idx].Name] = true
	}
	out := make([]cand, 0, len(cs))
	for _, c := range cs {
		if e := &g.entries[c.idx]; e.Level != County || !names[e.Parent] {
			out = append(out, c)
		}
	}
	return out
}

func dedupe(cs []cand) []cand {
	out := cs[:0]
	seen := map[int32]bool{}
	for _, c := range cs {
		if !seen[c.idx] {
			seen[c.idx] = true
			out = append(out, c)
		}
	}
	return out
}

// namesProvince reports whether form is a province's name or short form
// ("河南", "四川").
// namesAbove reports whether form names a province or a city.
func (g *gazetteer) namesAbove(form string) bool {
	for _, c := range g.byForm[form] {
		if l := g.entries[c.idx].Level; l == Province || l == City {
			return true
		}
	}
	return false
}

func (g *gazetteer) namesProvince(form string) bool {
	for _, c := range g.byForm[form] {
		if g.entries[c.idx].Level == Province {
			return true
		}
	}
	return false
}

// hasAnySuffix reports whether s ends with one of suffixes.
func hasAnySuffix(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}
