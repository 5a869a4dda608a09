package understand

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
		if modifiesMeasure(topic, m) || inLocative(topic, m) {
			continue
		}
		ids = append(ids, m.Indicator.ID)
	}
	return ids
}

// QuestionIndicators are the indicators a question asks for: those a lay
// wording names whole in the question's own words ("生了多少孩子",
// "医生有多少", which hold the question words its topic drops), else those
// its topic names, else any the question names whole.
func QuestionIndicators(question string) []string {
	ids := headFirst(questionIndicators(question), Topic(question))
	if rate := AskedUnit(question); unitClass(rate) == "rate" && len(ids) > 0 && len(FitUnit(ids, rate)) == 0 {
		// "生孩子的产妇每十万个里有几个没保住": a rate per 10万 is asked,
		// which no count of births is; the indicator the words name less
		// surely that is such a rate is.
		if id := rateNamed(question, rate); id != "" {
			ids = append([]string{id}, ids...)
		}
	}
	if id := countedIndicator(question); id != "" && (len(ids) == 0 || ids[0] != id) {
		// "有多少个村卫生室搞了集采药品专柜": the 村卫生室 counted, not
		// the 集采药品 their counters hold.
		ids = append([]string{id}, slices.DeleteFunc(ids, func(x string) bool { return x == id })...)
	}
	if base := askedPerHead(corpus.Normalize(question)); base != "" {
		// "一万个人摊得上几个全科大夫": the count per head, not the count.
		for i, id := range ids {
			if v := perHeadVariant(id, base); v != "" {
				ids[i] = v
			}
		}
	}
	return ids
}

// countedIndicator is the indicator that counts the noun a count question
// counts after its 多少/几 ("多少个村卫生室" → village_clinics), given in
// the unit asked; "" when the noun names none.
func countedIndicator(question string) string {
	noun, q := CountedNoun(question), corpus.Normalize(question)
	at := max(strings.LastIndex(q, "多少"), strings.LastIndex(q, "几"))
	if noun == "" || at < 0 || !strings.Contains(q[at:], noun) {
		return "" // a noun named before the count ("医院…三级、二级各有多少家") qualifies it
	}
	unit := AskedUnit(question)
	for _, m := range indicators.MatchText(noun) {
		if m.Score >= 1 && (unit == "" || FitsUnit(m.Indicator.ID, unit)) {
			return m.Indicator.ID
		}
	}
	return ""
}

// rateNamed is the best indicator the question's words name, however
// loosely (minLooseLayScore), that is given in the rate unit asked; "" for
// none.
func rateNamed(question, unit string) string {
	// The question's words, then its topic: "生孩子的产妇个 没保住" holds
	// the lay phrase "产妇没保住" closer than the question does.
	for _, text := range []string{stripPlaces(StripYears(withoutGroupBase(withoutExamples(corpus.Normalize(question))))), Topic(question)} {
		for _, m := range indicators.MatchText(text) {
			if m.Score >= minLooseLayScore && FitsUnit(m.Indicator.ID, unit) && slices.ContainsFunc(m.Indicator.Units, func(u string) bool { return unitClass(u) == "rate" }) {
				return m.Indicator.ID
			}
		}
	}
	return ""
}

// headFirst puts first, of several indicators a topic names, the ones it
// names after its last 的: "基层医疗机构的门急诊量" asks the visits, the
// institutions only say whose.
func headFirst(ids []string, topic string) []string {
	i := strings.LastIndex(topic, "的")
	if len(ids) < 2 || i < 0 {
		return ids
	}
	head := map[string]bool{}
	for _, m := range indicators.MatchText(topic[i+len("的"):]) {
		if m.Score >= 1 {
			head[m.Indicator.ID] = true
		}
	}
	if len(head) == 0 {
		return ids
	}
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if head[id] {
			out = append(out, id)
		}
	}
	for _, id := range ids {
		if !head[id] {
			out = append(out, id)
		}
	}
	return out
}

// PerHeadAsked is the base a question counts per head of ("万" of "平均一万
// 个人能摊到几张床位"), "" when it asks no count per head.
func PerHeadAsked(question string) string { return askedPerHead(corpus.Normalize(question)) }

// askedPerHead is the base a question counts per head of ("千" or "万"),
// in speech (spokenPerHead) or as the reports write it ("每万人口"); ""
// when it asks no count per head.
func askedPerHead(q string) string {
	if m := spokenPerHead.FindStringSubmatch(q); m != nil && m[0] != m[1] {
		return m[1]
	}
	for _, base := range []string{"千", "万"} {
		if strings.Contains(q, "每"+base+"人") {
			return base
		}
	}
	return ""
}

// perHeadVariant is the catalogue's indicator counting id per thousand or
// ten thousand people ("每万人口全科医生数" of 全科医生数, 出生率 of 出生人口数),
// the base asked first; "" when it has none.
func perHeadVariant(id, base string) string {
	if v, ok := indicators.PerHead(id, base); ok {
		return v.ID
	}
	return ""
}

// questionIndicators is QuestionIndicators before a count per head is read.
func questionIndicators(question string) []string {
	var lay, whole, named []string
	layEnd := -1
	// "高血压病人，一年能被医生回访四回的有多少人": the doctors only do what
	// the patients counted undergo.
	text := stripPlaces(StripYears(perHeadOf(withoutGroupBase(withoutExamples(corpus.Normalize(question))))))
	ms := indicators.MatchText(text)
	if cut := withoutAgentsOf(text, ms); cut != text {
		ms = indicators.MatchText(cut) // matched again only when an agent was cut
	}
	for _, m := range ms {
		if m.Score < 1 {
			continue
		}
		whole = append(whole, m.Indicator.ID)
		if m.Via == "lay" {
			lay = append(lay, m.Indicator.ID)
			layEnd = max(layEnd, m.End)
		}
	}
	for _, m := range ms {
		if m.Score >= 1 && m.Via != "lay" && m.Start >= layEnd {
			named = append(named, m.Indicator.ID)
		}
	}
	if len(lay) > 0 && len(named) > 0 {
		// "提升寿命的计划里，癌症5年生存率要到多少": the indicator named
		// after the lay words, nearer the question's ask, is the one asked;
		// the lay words say where.
		return named
	}
	if len(lay) > 0 {
		return lay
	}
	topic := withoutAgents(Topic(question))
	if len(ms) > 0 && ms[0].Via == "lay" && ms[0].Score >= minLooseLayScore {
		// "每一千个人里大概生了几个娃": lay words matched in the question's
		// own words, surer than anything its topic ("每千人口 生 娃") names.
		// The others after it, as the topic's would be, for the unit asked
		// to choose among ("签了多少村民": the people signed, not the rate).
		if tm := indicators.MatchText(topic); len(tm) == 0 || ms[0].Score > tm[0].Score {
			ids := make([]string, 0, len(ms))
			for _, m := range ms {
				ids = append(ids, m.Indicator.ID)
			}
			return ids
		}
	}
	if ids := Indicators(topic); len(ids) > 0 {
		return ids
	}
	// "高台县医院一年大概看多少门诊": the hospitals' visits, not how many
	// hospitals there are.
	modified := modifiedInTopic(Topic(question))
	whole = slices.DeleteFunc(whole, func(id string) bool { return modified[id] })
	if len(whole) == 0 {
		// Lay words the topic loses part of ("老百姓自己兜里掏的占多少"
		// without 自己), or that follow an institution's name, the subject
		// only ("平潭区医院…的收入里，药费占了多大比例"): the question's own
		// words, matched less surely, best first.
		for _, m := range ms {
			if m.Via == "lay" && m.Score >= minLooseLayScore {
				return []string{m.Indicator.ID}
			}
		}
	}
	return whole
}

// withoutAgents is text without the lay words of an indicator that name
// who acts on what a question counts, not what it counts: right after 被
// or 由 ("被医生回访"), or owning another thing after 的 that is no measure
// ("县里医生的对口帮扶").
func withoutAgents(text string) string { return withoutAgentsOf(text, indicators.MatchText(text)) }

// withoutAgentsOf is withoutAgents given the text's matches, ms (sorted
// here).
func withoutAgentsOf(text string, ms []indicators.Match) string {
	ms = slices.Clone(ms)
	slices.SortFunc(ms, func(a, b indicators.Match) int { return b.Start - a.Start }) // last first: cuts keep the earlier offsets
	end := len(text)
	for _, m := range ms {
		if m.Via != "lay" || m.Start < 0 || m.End > end {
			continue
		}
		if before := strings.TrimRight(text[:m.Start], " "); strings.HasSuffix(before, "被") || strings.HasSuffix(before, "由") || ownsOtherThing(text[m.End:]) {
			text, end = text[:m.Start]+" "+text[m.End:], m.Start
		}
	}
	return text
}

// ownsOtherThing reports whether after (the text after a lay word) opens
// with 的 and a thing that is no measure: "的对口帮扶看病", not "的签约率",
// "的数量" nor the question's asking tail ("的有多少人").
func ownsOtherThing(after string) bool {
	rest, ok := strings.CutPrefix(after, "的")
	if !ok {
		return false
	}
	var thing []rune
	for _, r := range rest {
		if !unicode.Is(unicode.Han, r) || len(thing) == maxOwnedRunes {
			break
		}
		thing = append(thing, r)
	}
	t := string(thing)
	return len(thing) >= 2 && !strings.ContainsAny(t, measureEndRunes) && !strings.Contains(t, "多少") && !strings.ContainsRune(t, '几')
}

// maxOwnedRunes bounds the thing read after a lay word's 的.
const maxOwnedRunes = 6

// measureEndRunes end or make a measure: 率, 数, 量, 比, 额, 费, 次.
const measureEndRunes = "率数量比额费次"

// modifiedInTopic are the indicators a topic names only as the subject of
// another measure (modifiesMeasure) or as where it happens (inLocative).
func modifiedInTopic(topic string) map[string]bool {
	out := map[string]bool{}
	for _, m := range indicators.MatchText(topic) {
		if modifiesMeasure(topic, m) || inLocative(topic, m) {
			out[m.Indicator.ID] = true
		}
	}
	return out
}

// minLooseLayScore is how surely lay words must match the whole question
// to name its indicator when nothing else does.
const minLooseLayScore = 0.7

// measureHead is the head of the topic's measure ("金额" of "补偿金额",
// "人数" of "参保人数", "收入" of "卫生院决算收入"), "" when it names none.
func measureHead(topic string) string {
	if h := Head(Measure(topic)); h != "" {
		return h
	}
	fields := strings.Fields(corpus.Normalize(topic))
	for i := len(fields) - 1; i >= 0; i-- {
		for _, n := range amountNouns {
			if strings.HasSuffix(fields[i], n) {
				return n
			}
		}
	}
	return ""
}

// modifiesMeasure reports whether an indicator's name the topic holds
// whole is followed, in the same word or a later one ("医院一年 看 门诊"), by
// another measure it does not name:
// "社区卫生服务中心门诊量" asks the centres' visits, not how many centres
// there are; "医院床位使用率" not the beds; "省属医院涨价的项目" counts the
// projects. Words that only say "how many" (数量, 总数, 情况) leave the
// indicator asked.
func modifiesMeasure(topic string, m indicators.Match) bool {
	if m.Score < 1 || m.End >= len(topic) || len(m.Indicator.Units) == 0 || !slices.Contains(thingCounters, m.Indicator.Units[0]) {
		return false // only a count of the things named can be their measure's subject
	}
	rest := topic[m.End:]
	later := ""
	if i := strings.IndexAny(rest, " \t"); i >= 0 {
		rest, later = rest[:i], rest[i:]
	}
	if ownsOther(m.Indicator, rest) {
		return true // "省属医院涨价的项目": the projects are counted
	}
	for _, w := range strings.Fields(later) {
		// "医院一年 看 门诊": a measure the topic names in a word of its
		// own after the institutions' name asks theirs; "省属医院这次调价
		// 方案 涨价的项目": the things they did something to are counted.
		if utf8.RuneCountInString(w) >= 2 && !slices.Contains(quantityWords, w) && endsWithAny(w, measureEnds) && !namesHead(m.Indicator, Head(w)) || ownsOther(m.Indicator, w) {
			return true
		}
	}
	// In the same word, a short measure ("门诊量"), or a cost however long
	// the words before it ("住院一次平均花费").
	n := utf8.RuneCountInString(rest)
	if n < 2 || slices.Contains(quantityWords, rest) || !endsWithAny(rest, measureEnds) || n > maxMeasureRunes && !endsWithAny(rest, costEnds) {
		return false
	}
	return !namesHead(m.Indicator, Head(rest))
}

// inLocative reports whether a topic names an indicator's things only as
// where something happens, framed by 在…里 ("还在医院里规培": the
// trainees, not the hospitals).
func inLocative(topic string, m indicators.Match) bool {
	before := strings.TrimRightFunc(topic[:m.Start], unicode.IsSpace)
	if !strings.HasSuffix(before, "在") {
		return false
	}
	after := topic[m.End:]
	for _, w := range []string{"里", "中", "内"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// ownsOther reports whether a word of a topic ends in an item of work or
// goods (workItems) some words before its 的 describe ("涨价的项目"),
// which an institution's count is no answer to. People and institutions
// after 的 ("…以上的老人", "…认证的医院") may be the very things counted.
func ownsOther(ind indicators.Indicator, w string) bool {
	k := strings.LastIndex(w, "的")
	if k <= 0 {
		return false
	}
	owned := w[k+len("的"):]
	n := utf8.RuneCountInString(owned)
	return n >= 2 && n <= maxOwnedRunes && endsWithAny(owned, workItems) && !namesHead(ind, Head(owned)) && !strings.Contains(ind.Name, owned)
}

// workItems are what institutions work on or handle, never counted as
// the institutions themselves: "项目", "药品", "问题".
var workItems = []string{"项目", "事项", "任务", "问题", "药品", "品种", "设备", "耗材", "课题", "成果", "专利", "论文", "文件", "制度", "案件", "工单"}

// costEnds end a measure of what something costs, however long the words
// before it ("住院一次平均花费").
var costEnds = []string{"花费", "费用", "花销", "开销"}

// thingCounters count institutions, beds and people.
var thingCounters = []string{"个", "家", "所", "张", "人", "名"}

// maxMeasureRunes bounds the measure written after an indicator's name.
const maxMeasureRunes = 5

// measureEnds end the words that name a measure: "门诊量", "使用率", "床位".
var measureEnds = []string{"量", "率", "额", "费", "费用", "花费", "花销", "开销", "收入", "支出", "人次", "床位", "门诊", "门急诊", "人员"}

// quantityWords only say how much of what is named before them there is.
var quantityWords = []string{"数", "数量", "总数", "总量", "人数", "个数", "数目", "规模", "水平", "情况", "数据", "指标"}

// amountNouns name an amount of money by a noun, not by a 率/数/额 suffix:
// "决算收入" asks money, not the count of the institutions named before it.
var amountNouns = []string{"收入", "支出", "资金", "经费", "费用", "投入", "投资", "拨款"}

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

// FitUnit keeps the indicators that can be given in the unit a question
// asks for ("多少人" is not answered by a rate: "给城乡居民免费体检多少人" is
// not 65岁及以上老年人健康管理率, whatever words they share). With no unit
// asked, or an indicator of no listed unit, nothing is dropped.
func FitUnit(ids []string, asked string) []string {
	var out []string
	for _, id := range ids {
		if FitsUnit(id, asked) {
			out = append(out, id)
		}
	}
	return out
}

// FitsUnit reports whether an indicator can be given in unit: one of its
// units measures the same kind of quantity (a count, a rate, money, an age,
// a time), or either kind is unknown.
func FitsUnit(id, unit string) bool {
	want := unitClass(unit)
	ind, ok := indicators.ByID(id)
	if want == "" || !ok || len(ind.Units) == 0 {
		return true
	}
	for _, g := range counterGroups {
		if g.asks(unit) && !slices.ContainsFunc(ind.Units, func(u string) bool { return g.counts(u) || unitClass(u) != "count" }) {
			return false // a count of other things than those asked
		}
	}
	for _, u := range ind.Units {
		if c := unitClass(u); c == want || c == "" {
			return true
		}
	}
	return false
}

// peopleUnit reports whether a unit counts people: "人", "万人", "名",
// "人次".
func peopleUnit(unit string) bool {
	return strings.ContainsAny(unit, "人名")
}

// bedUnit reports whether a unit counts beds: "张", "万张", "床".
func bedUnit(unit string) bool {
	return strings.ContainsAny(unit, "张床")
}

// counterGroups are the kinds of things counts count: a question asking in
// one (asks) is not answered by an indicator counting none of them (counts
// is false for all its count units).
var counterGroups = []struct{ asks, counts func(unit string) bool }{
	{peopleUnit, peopleUnit}, // "编制是多少人" is no count of centres (个)
	{bedUnit, bedUnit},       // "综合医院有多少张床" is no count of hospitals (个)
	{kindUnit, kindUnit},     // "社区医院平均能开到多少种药" is no count of hospitals (个)
	{caseUnit, caseUnit},     // "注册这块办了多少件" is no count of nurses (人)
	{func(u string) bool { return u == "家" || u == "所" }, institutionUnit},                              // "多少家卫生院评上了示范" is no count of beds (张)
	{func(u string) bool { return u == "次" }, func(u string) bool { return strings.HasSuffix(u, "次") }}, // "一年要跑几趟医院" counts times
}

// institutionUnit reports whether a unit counts institutions or places:
// "家", "所", "个", "座", "间", "处".
func institutionUnit(unit string) bool {
	return unit == "家" || unit == "所" || unit == "个" || unit == "座" || unit == "间" || unit == "处"
}

// caseUnit reports whether a unit counts cases handled or items: "件",
// "项", "起", "条", "篇", "宗".
func caseUnit(unit string) bool {
	return unit == "件" || unit == "项" || unit == "起" || unit == "条" || unit == "篇" || unit == "宗"
}

// kindUnit reports whether a unit counts kinds of things: "种", "类".
func kindUnit(unit string) bool {
	return strings.ContainsAny(unit, "种类")
}

// unitClass is the kind of quantity a unit measures: "rate", "money",
// "age", "time" or "count"; "" when unknown.
func unitClass(unit string) string {
	switch {
	case unit == "":
		return ""
	case strings.ContainsAny(unit, "%‰") || strings.Contains(unit, "百分点") || strings.HasPrefix(unit, "1/") || strings.HasPrefix(unit, "/"):
		return "rate"
	case strings.HasSuffix(unit, "元") || unit == "钱":
		return "money"
	case unit == "岁":
		return "age"
	case unit == "天" || unit == "分钟" || unit == "小时":
		return "time"
	case strings.ContainsAny(unit, "人个家所张例名台条件次床户处座间种篇项场批支辆份期起类宗"):
		return "count"
	}
	return ""
}

// NamesIndicator reports whether the question names a catalogue indicator
// by its name or an alias ("孕产妇死亡率"), not only in lay words ("找医生
// 看病"), which read it less surely.
func NamesIndicator(question string) bool {
	text := stripPlaces(StripYears(corpus.Normalize(question)))
	for _, m := range indicators.MatchText(text) {
		if m.Score >= 1 && m.Via != "lay" {
			return true
		}
	}
	return false
}
