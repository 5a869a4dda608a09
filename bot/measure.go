package bot

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/places"
	"github.com/healthbot/healthbot/indicators"
	"github.com/healthbot/healthbot/understand"
)

// What a figure measures and what a question asks for: indicators of the
// catalogue, rates and shares, units and counters.

// isRateUnit reports whether a unit gives a rate: a percentage, per mille,
// per 10,000 or 100,000 people, or a change of one in percentage points.
func isRateUnit(unit string) bool {
	return unit == "%" || unit == "‰" || unit == "‱" || strings.HasPrefix(unit, "/") || strings.HasSuffix(unit, "百分点")
}

// labelCounters are the counters a label's measure implies, for a figure
// written with a bare multiplier ("体检人数达1000万": 万人).
var labelCounters = []struct{ suffix, counter string }{
	{"人次", "人次"}, {"人数", "人"}, {"人口", "人"}, {"户数", "户"}, {"例数", "例"}, {"家数", "家"},
	{"床位数", "张"}, {"张数", "张"}, {"次数", "次"}, {"个数", "个"}, {"件数", "件"},
}

// countedUnit is a figure's unit with the counter its label implies added
// to a bare multiplier ("万" of 城乡居民免费健康体检人数 → "万人", of 高危人群
// 完成筛查 → "万人").
func countedUnit(fig corpus.Figure) string {
	if fig.Unit == "" || strings.TrimLeft(fig.Unit, "十百千万亿") != "" {
		return fig.Unit
	}
	for _, c := range labelCounters {
		if strings.HasSuffix(fig.Label, c.suffix) {
			return fig.Unit + c.counter
		}
	}
	if containsAny(fig.Label, peopleGroups) || containsAny(fig.Label, staffWords) {
		return fig.Unit + "人" // "411.5万高危人群完成重点癌症筛查": people
	}
	return fig.Unit
}

// peopleGroups name groups of people: a bare multiplier on a label holding
// one counts people ("411.5万高危人群"), a label ending in one counts the
// people of what it names ("高血压患者").
var peopleGroups = []string{"患者", "病人", "人群", "老年人", "老人", "儿童", "妇女", "孕产妇", "孕妇", "学生", "居民", "群众"}

// staffWords name kinds of staff: a bare multiplier on a label holding one
// counts people too ("全国共有45.6万专业人员从事预防接种工作").
var staffWords = []string{"人员", "医生", "护士", "职工", "医务工作者"}

// counters count people, visits, places or things ("万名", "人次", "家").
var counters = map[string]bool{"人": true, "人次": true, "名": true, "家": true, "个": true, "所": true, "张": true,
	"次": true, "例": true, "件": true, "条": true, "户": true, "项": true, "剂次": true, "台": true, "辆": true, "户次": true, "例次": true, "宗": true, "起": true}

// isCount reports whether a unit is a count's: a counter word after any
// multiplier ("6.95万名", "2万人次"), not an amount of money or a rate.
func isCount(unit string) bool { return counters[strings.TrimLeft(unit, "十百千万亿")] }

// isMoney reports whether a unit is an amount of money: "元", "万元",
// "元/人".
func isMoney(unit string) bool {
	u, _, _ := strings.Cut(strings.TrimLeft(unit, "十百千万亿"), "/")
	return u == "元"
}

// sameCounters are counter words that count the same things.
// 间 counts institutions in southern usage ("医疗机构787间"). Weights are
// one counter, 克, as 千 before it reads as a multiplier: "多少公斤" asks
// what a table gives in 千克.
var sameCounters = map[string]string{"辆次": "次", "车次": "次", "名": "人", "位": "人", "所": "家", "个": "家", "间": "家", "例": "人", "床": "张", "日": "天", "剂": "剂次", "针": "剂次", "针次": "剂次", "公斤": "克", "斤": "克"}

// nearCounters count the same things in different words: a post is 一篇
// or 一条 ("公众号推了多少篇" is answered by "发布440条" when no count in 篇
// is given), a case 一起, 一件 or 一宗 ("被告到法院的有几起" by "行政诉讼0件"),
// a ticket or form 一张, reported as 一件 or 一份 ("开了多少张罚单" by "行政处罚
// 处理决定数量39件"), an event 一场 or 一期, reported as 一次 ("办了多少场讲座"
// by "举办讲座125次"), people served once each by the times served ("给多少
// 女孩打了宫颈癌疫苗" by "免费接种HPV疫苗27904人次"), though one in the word
// asked answers better. An operation is 一台 or 一例 ("做了多少台手术" by
// "手术1174例"). A piece of business is 一单, reported as 一件, 一笔 or
// 一次 ("窗口接了多少单" by "受理…申请270件").
var nearCounters = map[string][]string{"篇": {"条"}, "条": {"篇"}, "起": {"件", "宗"}, "宗": {"件", "起"}, "件": {"起", "宗"}, "张": {"件", "份"}, "场": {"次", "期"}, "期": {"次", "场"}, "人": {"人次"}, "人次": {"人"},
	"台": {"例", "台次"}, "台次": {"台", "例"}, "例": {"台", "台次"}, "单": {"件", "笔", "次"}}

// itemCounters count items of one kind in words a report chooses freely: a
// request is 一件, 一条 or 一例 ("收到多少件信息公开申请" is answered by "受理
// 依申请公开政府信息19条", "收到申请26例"). Only a label naming the thing
// counted answers so ("信息公开目录信息29条" is no count of requests).
var itemCounters = map[string][]string{
	"件": {"条", "例", "次"},
	"份": {"件", "条", "例"},
}

// countsNamedItem reports whether a figure in unit have, labelled label,
// counts the noun counted ("信息公开申请") in another word for the counter
// asked: the label names the noun's head (申请).
func countsNamedItem(asked, have, counted, label string) bool {
	rs := []rune(counted)
	if len(rs) < 2 || !slices.Contains(itemCounters[asked], strings.TrimLeft(have, "十百千万亿")) {
		return false
	}
	return strings.Contains(corpus.Normalize(label), string(rs[len(rs)-2:]))
}

// unitNear reports whether a figure in unit have counts what a question
// asking in unit asked counts, in another word for it.
func unitNear(asked, have string) bool {
	have = strings.TrimLeft(have, "十百千万亿")
	asked = strings.TrimLeft(asked, "十百千万亿")
	if asked == "个" && slices.Contains(objectCounters, have) {
		return true // "多少个文件": 个 stands in speech for the counter a report uses (件)
	}
	return have != "" && slices.Contains(nearCounters[asked], have)
}

// areaUnits measure an area, any of which answers a question about a size
// that names no unit (understand.AreaUnit).
var areaUnits = map[string]bool{"亩": true, "平方米": true, "平米": true, "平方公里": true, "公顷": true, "平方千米": true, "m²": true, "㎡": true}

// personCounters count people, any of which the generic 个 of speech may
// stand for when the question names the very people counted.
var personCounters = []string{"人", "名", "位"}

// roundCounters count rounds, sessions and batches of work, never people.
var roundCounters = []string{"轮", "场", "期", "届", "批", "次", "回", "趟"}

// objectCounters count things the generic 个 of speech may stand for.
var objectCounters = []string{"件", "项", "条", "篇", "台", "处", "起", "座", "批", "类", "种", "支", "块"}

// unitAnswers reports whether a figure in unit have answers a question
// asking in unit asked: the same counter, maybe with a multiplier before
// it or a denominator after it ("万人次" answers "多少人次", "亿元" and
// "元/月" answer "多少钱"; "人次" does not answer "多少人").
func unitAnswers(asked, have string) bool {
	if i := strings.Index(have, "/"); i > 0 {
		have = have[:i] // "元/月" answers "每月多少钱"
	}
	have = strings.TrimLeft(have, "十百千万亿")
	if have == "" {
		return false
	}
	if asked == understand.AreaUnit {
		return areaUnits[have]
	}
	return sameCounter(have, strings.TrimLeft(asked, "十百千万亿"))
}

// sameCounter reports whether two units count the same things ("剂" and
// "剂次", "所" and "家").
func sameCounter(a, b string) bool {
	norm := func(u string) string {
		if c, ok := sameCounters[u]; ok {
			return c
		}
		return u
	}
	return norm(a) == norm(b)
}

// anyMentions reports whether some source names the measure asked or one
// of the indicators ids by its name, an alias or a lay wording: word for
// word, or (name and aliases) most of the words of what it measures ("接种
// HPV疫苗" names HPV疫苗接种率; "每千人口拥有…托位数" does not name 每千人口
// 执业医师数).
func anyMentions(sources []Source, ids []string, measure string) bool {
	for _, src := range sources {
		text := corpus.Normalize(src.Section + "\n" + src.Text)
		if measure != "" && strings.Contains(text, measure) && measuresAsked(text, measure, ids) {
			return true
		}
		for _, id := range ids {
			ind, ok := indicators.ByID(id)
			if !ok {
				continue
			}
			names := append([]string{ind.Name}, ind.Aliases...)
			for i, name := range append(names, ind.Lay...) {
				name = corpus.Normalize(name)
				if strings.Contains(text, name) || i < len(names) && namesLoosely(measuredThing(name), text) {
					return true
				}
			}
		}
	}
	return false
}

// measuresAsked reports whether some sentence of text that holds the
// measure may be of an indicator asked: it names one of ids, or none the
// catalogue knows. "死亡率为8.36‰" after "死亡人口" is the population's
// death rate, no answer to a question about 孕产妇死亡率.
func measuresAsked(text, measure string, ids []string) bool {
	if len(ids) == 0 {
		return true
	}
	for _, sent := range splitSentences(text) {
		if !strings.Contains(sent, measure) {
			continue
		}
		named := understand.Indicators(sent)
		if len(named) == 0 || slices.ContainsFunc(named, func(id string) bool { return slices.Contains(ids, id) }) {
			return true
		}
	}
	return false
}

// namesLoosely reports whether text holds most of the words of thing and
// its head, the last two runes (Chinese compounds end with their head):
// "接种HPV疫苗" names HPV疫苗接种; "每千人口拥有…托位数" holds most of
// 每千人口医师 but not its head 医师.
func namesLoosely(thing, text string) bool {
	if head := understand.Head(thing); head == "" || !strings.Contains(text, head) {
		return false
	}
	return coverage(bigrams(thing), text) > 0.5
}

// measureSuffixes end an indicator's name with the kind of measure it is.
var measureSuffixes = []string{"覆盖率", "接种率", "筛查率", "管理率", "率", "人数", "数"}

// measuredThing is an indicator name without its measure word ("两癌筛查
// 覆盖率" → "两癌筛查").
func measuredThing(name string) string {
	for _, s := range measureSuffixes {
		if rest := strings.TrimSuffix(name, s); rest != name && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return name
}

// namesIndicator scores how a label names one of the indicators ids:
// 0.2 when it is, word for word, the official name or an alias sharing a
// word of the question (q) the name lacks, 0.1 another alias, else 0.
func namesIndicator(label string, ids []string, q map[string]bool) float64 {
	label = corpus.Normalize(label)
	best := 0.0
	for _, id := range ids {
		ind, ok := indicators.ByID(id)
		if !ok {
			continue
		}
		name := corpus.Normalize(ind.Name)
		if name == label {
			return 0.2
		}
		for _, alias := range ind.Aliases {
			if corpus.Normalize(alias) != label {
				continue
			}
			best = 0.1
			if ownWordsBeyond(q, label, name) {
				return 0.2
			}
		}
	}
	return best
}

// ownWordsBeyond reports whether an alias shares with the question (its
// bigrams q) a word the indicator's name lacks: "县里住院的病人占多大比例"
// names 县域内住院量占比 as much as 县域内就诊率.
func ownWordsBeyond(q map[string]bool, alias, name string) bool {
	inName := bigrams(name)
	for g := range bigrams(alias) {
		if q[g] && !inName[g] {
			return true
		}
	}
	return false
}

// changeWords are the qualifiers that make a percentage a rate of change:
// "地区生产总值 增长 5%" measures 地区生产总值增长, not 地区生产总值.
var changeWords = []string{"增长", "下降", "提高", "增加", "减少", "降低", "上升"}

// indicatorText is what a figure measures, for the catalogue: its label,
// with the change word of a percentage that is a rate of change.
func indicatorText(fig corpus.Figure) string {
	if fig.Unit != "%" && fig.Unit != "个百分点" {
		return fig.Label
	}
	for _, q := range strings.Fields(fig.Qualifier) {
		for _, w := range changeWords {
			if strings.HasSuffix(q, w) {
				return fig.Label + w
			}
		}
	}
	return fig.Label
}

// indicatorRelation tells whether a figure label names one of the asked
// indicators (same) or another (other): the label's best catalogue match
// decides, so "医院次均住院费用" is 次均住院费用, not the 医院 the question
// "在医院看一次门诊要花多少钱" also names. A label the catalogue does not
// know is neither. Of the label's matches, the best one given in the
// figure's unit decides when there is one: "197家二级以上医院开设体重管理门
// 诊" counts hospitals (家), not outpatient visits.
func indicatorRelation(ids []string, label, unit string) (same, other bool) {
	if len(ids) == 0 {
		return false, false
	}
	return relationTo(ids, labelIndicator(label, unit))
}

// relationTo is indicatorRelation for a label whose indicator is known
// (labelIndicator; "" for none).
func relationTo(ids []string, labelID string) (same, other bool) {
	if len(ids) == 0 || labelID == "" {
		return false, false
	}
	if slices.Contains(ids, labelID) {
		return true, false
	}
	return false, true
}

// labelIndicator is the catalogue indicator a figure's label names in its
// unit, "" when it names none or one measuring another kind of quantity
// than the figure ("基本养老保险参保778万人" is no 参保率: it is not that
// indicator, nor known to be another).
func labelIndicator(label, unit string) string {
	best, _ := labelIndicators(label, unit)
	return best
}

// labelIndicators is labelIndicator with all the catalogue indicators the
// label matches, best first, for a caller that looks at the others too.
func labelIndicators(label, unit string) (string, []string) {
	lids := understand.Indicators(label)
	if len(lids) == 0 {
		return "", nil
	}
	if scale := perHeadScale(unit); scale != "" {
		// "注册护士数为3.39人/千人": the count per thousand of population,
		// whatever the label says.
		for i, id := range lids {
			if v, ok := indicators.PerHead(id, scale); ok {
				lids[i] = v.ID
			}
		}
		unit, _, _ = strings.Cut(unit, "/")
	}
	best := lids[0]
	if c := counterpartIn(best, unit); c != "" {
		// "开展家庭医生签约服务2000万人": the people signed, the rate's
		// counterpart in people, not a doctor count its words share.
		return c, append([]string{c}, lids...)
	}
	if i := slices.IndexFunc(lids, func(id string) bool { return givenIn(id, unit) }); i > 0 && !givenIn(best, unit) {
		best = lids[i]
	}
	if unit != "" && !givenIn(best, unit) && !understand.FitsUnit(best, unit) {
		return "", lids
	}
	return best, lids
}

// counterpartIn is the indicator a label naming indicator id, a rate,
// measures when its figure is a count in unit: the one the catalogue
// tells id apart from (its not list) that is given in unit, the count
// beside a rate (家庭医生签约人数 beside 家庭医生签约率); "" for none.
func counterpartIn(id, unit string) string {
	ind, ok := indicators.ByID(id)
	if !ok || unit == "" || isRateUnit(unit) || !slices.ContainsFunc(ind.Units, isRateUnit) || understand.FitsUnit(id, unit) {
		return ""
	}
	for _, name := range ind.NotConfused {
		if other, ok := indicators.ByName(name); ok && givenIn(other.ID, unit) {
			return other.ID
		}
	}
	return ""
}

// givenIn reports whether a catalogue indicator is given in unit (a count
// in 万人次 is one in 人次, a percentage changes by percentage points).
func givenIn(id, unit string) bool {
	ind, ok := indicators.ByID(id)
	if !ok || unit == "" {
		return false
	}
	if strings.HasSuffix(unit, "百分点") {
		unit = "%"
	}
	return slices.ContainsFunc(ind.Units, func(u string) bool { return strings.HasSuffix(unit, u) })
}

// countsOtherKind reports whether a count in unit counts another kind of
// thing than the indicator id: people or cases (人, 例) against
// institutions and places (家, 个, 所), either way.
func countsOtherKind(id, unit string) bool {
	ind, ok := indicators.ByID(id)
	if !ok || len(ind.Units) == 0 {
		return false
	}
	people := func(u string) bool { return slices.Contains(caseCounters, strings.TrimLeft(u, "十百千万亿")) }
	places := func(u string) bool { return slices.Contains(placeCounters, u) }
	switch {
	case !slices.ContainsFunc(ind.Units, func(u string) bool { return !people(u) }):
		return places(unit)
	case !slices.ContainsFunc(ind.Units, func(u string) bool { return !places(u) }):
		return people(unit)
	}
	return false
}

// caseCounters count people and cases; placeCounters institutions and
// places.
var (
	caseCounters  = slices.Concat(personCounters, []string{"例", "人次", "例次"})
	placeCounters = slices.Concat(institutionCounters, []string{"座", "处"})
)

// otherUnitThanIndicator lowers a count of another kind of thing than the
// one indicator asked counts.
const otherUnitThanIndicator = 0.3

// institutionCounters count institutions.
var institutionCounters = []string{"家", "个", "所", "间"}

// countsInstitutions reports whether an indicator is a count of
// institutions, given in their counters only.
func countsInstitutions(id string) bool {
	ind, ok := indicators.ByID(id)
	return ok && len(ind.Units) > 0 && !slices.ContainsFunc(ind.Units, func(u string) bool { return !slices.Contains(institutionCounters, u) })
}

// perPeriod removes the period a label's amount is per ("低保标准每月"):
// every amount of a sentence may share it, and it says nothing of what is
// measured.
var perPeriod = strings.NewReplacer("每月", "", "每年", "", "每人", "", "每日", "", "每天", "")

// contrasts are sets of words that split one measure into parts that are
// not each other: 城市低保标准 is not 农村低保标准.
var contrasts = [][]string{
	{"城市", "城镇", "农村", "乡村"},
	{"男性", "女性"},
	{"公立", "民营", "社会办"},
	{"门诊", "住院"},
	{"职工", "居民"},
	{"一级", "二级", "三级"},
	{"省级", "市级", "县级", "乡镇", "村级"},
	{"中医", "西医"},
	{"甲类", "乙类", "丙类"},
	{"上半年", "下半年"},
	{"政策范围内", "实际"}, // 医保报销比例: within the policy's scope, or of all costs
}

// contrasted reports whether two labels name different parts of a measure:
// each holds another word of one contrast set, and neither holds both.
func contrasted(a, b string) bool {
	for _, set := range contrasts {
		wa, wb := containedOf(a, set), containedOf(b, set)
		if len(wa) == 1 && len(wb) == 1 && wa[0] != wb[0] {
			return true
		}
	}
	return false
}

// containedOf lists the words of set that s holds.
func containedOf(s string, set []string) []string {
	var out []string
	for _, w := range set {
		if strings.Contains(s, w) {
			out = append(out, w)
		}
	}
	return out
}

// minApartRunes is the shortest modifier that makes a measure another one.
const minApartRunes = 2

// modifiedApart reports whether two labels name one head with different
// modifiers before it, sharing no word ("不予公开文件" and "依申请公开文件",
// "户籍孕产妇死亡率" and "全人口孕产妇死亡率"): different measures, though
// most of their characters agree.
func modifiedApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	k := commonTailRunes(ra, rb)
	return k >= 2 && apartWords(ra[:len(ra)-k], rb[:len(rb)-k])
}

// measuredApart reports whether two labels name one subject and, after it,
// two measures sharing no word ("公立医院诊疗" and "公立医院出院"):
// different measures of one thing, though they begin alike.
func measuredApart(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	k := 0
	for k < len(ra) && k < len(rb) && ra[k] == rb[k] {
		k++
	}
	return k >= 2 && apartWords(ra[k:], rb[k:])
}

// commonTailRunes is how many characters a and b end alike.
func commonTailRunes(a, b []rune) int {
	k := 0
	for k < len(a) && k < len(b) && a[len(a)-1-k] == b[len(b)-1-k] {
		k++
	}
	return k
}

// apartWords reports whether two parts of labels, each of minApartRunes
// characters or more, share no word (no bigram).
func apartWords(pa, pb []rune) bool {
	if len(pa) < minApartRunes || len(pb) < minApartRunes {
		return false
	}
	for i := 0; i+1 < len(pa); i++ {
		if strings.Contains(string(pb), string(pa[i:i+2])) {
			return false
		}
	}
	return true
}

// askedModifier is the word a question puts just before the catalogue
// indicator it names ("农村" of "全国农村孕产妇死亡率是多少"): the kind of
// the measure asked, which a label holding it answers better than the
// bare name; "" when there is none (a place or a year is no modifier).
func askedModifier(topic string) string {
	ms := indicators.MatchText(topic)
	if len(ms) == 0 || ms[0].Score < 1 || ms[0].Via == "lay" {
		return "" // only an indicator named outright, not in lay words ("上医院看门诊急诊")
	}
	lead := topic[:ms[0].Start]
	if ps := places.Find(lead); len(ps) > 0 && ps[len(ps)-1].End >= len(lead)-len("的") {
		return "" // "南陵县家庭医生签约率": a place
	}
	if word, ok := strings.CutSuffix(strings.TrimSpace(lead), "的"); ok {
		// "农村的住院分娩率": a kind of two characters; "免费婚前医学检查
		// 的婚检率" names the programme, no kind.
		if fs := strings.Fields(word); len(fs) > 0 {
			word = fs[len(fs)-1]
		}
		if ps := places.Find(word); len(ps) > 0 {
			word = word[ps[len(ps)-1].End:]
		}
		if utf8.RuneCountInString(word) != 2 {
			return ""
		}
		lead = word
	}
	before := []rune(lead)
	if len(before) < 2 {
		return ""
	}
	if strings.ContainsRune(verbBeforeIndicator, before[len(before)-1]) {
		return "" // "上医院看门诊急诊": what is done, no kind of it
	}
	mod := string(before[len(before)-2:])
	for _, r := range mod {
		if !unicode.Is(unicode.Han, r) {
			return ""
		}
	}
	if strings.Contains(mod, "的") || slices.Contains(notModifiers, mod) {
		return ""
	}
	if strings.ContainsRune("那这哪", before[len(before)-2]) {
		return "" // "河下那家社区医院": which one is pointed at, no kind
	}
	if strings.ContainsRune("给向对为被让把", before[len(before)-1]) {
		return "" // "异地就医给参保人少垫的钱": to whom, no kind
	}
	if inst := askedInstitution(topic); inst != "" && strings.Contains(inst, mod) {
		return "" // "手足外科医院": the institution asked, no kind of the measure
	}
	if mod == "实际" && !containsAny(topic, paidShareWords) {
		return "" // "眼下实际每万人有几个全科医生": the actual, not the target; no kind of it
	}
	if len(before) > 2 && strings.ContainsRune(townSuffixes, before[len(before)-1]) && !slices.Contains(townKinds, mod) {
		return "" // "探沂镇常住人口": a town the gazetteer does not hold, no kind
	}
	if len(before) > 2 && strings.HasSuffix(mod, "院") && mod != "医院" && unicode.Is(unicode.Han, before[len(before)-3]) {
		return "" // "妇幼保健院出院": the institution asked of, not a kind ("健院")
	}
	if ind := ms[0].Indicator; strings.Contains(ind.Name+ind.Definition, mod) {
		return "" // "住院出院的人次": every discharge is of an inpatient, no kind of them
	}
	// "县里的综合医院" asks of the 县级 ones, in the reports' word.
	return corpus.Normalize(understand.Substitute(mod))
}

// namesKind reports whether a text names the kind a question asks of an
// indicator (askedModifier): the kind's word, or, for a kind of people
// ("男儿童" of 男娃), the word that sets them apart ("男围产儿").
func namesKind(text, kind string) bool {
	text = corpus.Normalize(text)
	if strings.Contains(text, kind) {
		return true
	}
	for _, w := range kindWordings[kind] {
		if strings.Contains(text, w) {
			return true // "平均每天急救出车106次" is the 日均 asked
		}
	}
	for _, p := range kindPeople {
		if mark, ok := strings.CutSuffix(kind, p); ok && mark != "" {
			return strings.Contains(text, mark)
		}
	}
	return false
}

// kindWordings are other wordings of a kind asked.
var kindWordings = map[string][]string{
	"日均": {"平均每天", "平均每日", "日平均", "每日平均", "每天平均"},
	"月均": {"平均每月", "月平均", "每月平均"},
	"年均": {"平均每年", "年平均", "每年平均"},
}

// kindPeople are the people a kind asked of may name after the word that
// sets them apart ("男儿童", "农村孩子").
var kindPeople = []string{"儿童", "孩子", "小孩", "宝宝", "人"}

// verbBeforeIndicator are verbs a question puts right before an
// indicator's name in lay words ("看门诊", "打疫苗", "住医院").
const verbBeforeIndicator = "看去上到在做打住找"

// notModifiers are words that stand before an indicator's name in a
// question without narrowing it: the whole area, a time, a target asked
// ("今年要求每千人口托位…").
var notModifiers = []string{"全国", "全省", "全市", "全县", "全区", "全州", "我国", "我省", "我市", "我县", "我区", "今年", "去年", "前年", "现在", "目前", "当前", "眼下", "最新", "全年", "上年", "本年", "那个", "这个", "一下",
	"要求", "目标", "计划", "力争", "规划", "预期", "争取"}

// paidShareWords name a share paid back or paid out, of which 实际 is a
// kind of its own (实际报销比例, beside 政策范围内报销比例).
var paidShareWords = []string{"报销", "补偿", "支付", "保障"}

// scopeWords open a label without narrowing its measure ("全市床位数" is
// the 床位数 of the place asked).
var scopeWords = []string{"全国", "全省", "全区", "全市", "全州", "全县", "全旗", "全镇", "全乡", "我国", "我省", "我市", "我县", "我区", "我委", "我局", "本级", "共", "累计"}

// narrowerMeasure reports whether label names a part of the measure best
// names, by a modifier before it that the question (its bigrams q) does not
// hold: "微信公众号发布信息" beside "发布信息" asked as "在网站上发了多少条".
// Without a question (q nil) nothing is narrower.
func narrowerMeasure(best, label string, q map[string]bool) bool {
	b, l := corpus.Normalize(best), corpus.Normalize(label)
	if q == nil || b == "" || len(l) <= len(b) || !strings.HasSuffix(l, b) {
		return false
	}
	mod := strings.TrimSuffix(l, b)
	for _, w := range scopeWords {
		mod = strings.TrimPrefix(mod, w)
	}
	if utf8.RuneCountInString(mod) < minApartRunes {
		return false
	}
	for g := range bigrams(mod) {
		if q[g] {
			return false
		}
	}
	return true
}

// perHeadScale is the scale of population a unit counts per ("人/千人":
// 千, "张/万人口": 万), "" for a unit of no such denominator.
func perHeadScale(unit string) string {
	_, per, ok := strings.Cut(unit, "/")
	if !ok {
		return ""
	}
	switch strings.TrimSuffix(strings.TrimSuffix(per, "口"), "人") {
	case "千":
		return "千"
	case "万":
		return "万"
	}
	return ""
}
