package bot

import (
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/figures"
	"github.com/healthbot/healthbot/corpus/places"
	"github.com/healthbot/healthbot/indicators"
	"github.com/healthbot/healthbot/understand"
)

// Figures are answered from the figure index, never generated: the value,
// unit and year are quoted from the sentence they were extracted from.

// minLabelMatch is how similar a figure's indicator must be to the
// question's for the figure to be offered.
const minLabelMatch = 0.34

// primaryIndicatorWeight ranks the figures of the indicator a question
// names best above those of the others it may name.
const primaryIndicatorWeight = 0.3

// bareMeasureRunes is the longest label that is a bare measure ("完成率",
// "参合率") whose subject the sentence names.
const bareMeasureRunes = 3

// figureCandidate is a figure with how well it matches the question.
type figureCandidate struct {
	hit   corpus.FigureHit
	score float64
	// partOf is the whole a part figure ("卫生机构：其中医院") belongs to
	// when the question does not name the part; "" otherwise.
	partOf string
	// namedPart: a part its sentence names after 其中 (其中公立医院为9.07日)
	// beside its whole among the candidates, the question not naming it.
	namedPart bool
	// namesAskedPart: the label names the part of a whole the question
	// asks about (understand.AskedPart).
	namesAskedPart bool
	// partOfAsked: a part of the indicator asked (its Whole) that did what
	// the question says of it (asksPartOf).
	partOfAsked bool
}

// totalLabelWords name a total in a label ("人员总数", "合计").
var totalLabelWords = []string{"总数", "总计", "合计", "总量", "总额", "总人数"}

// totalAskedWeight raises a total's label for a question asking a total.
const totalAskedWeight = 0.05

// changeBelowLevel lowers an amount of change below the level of the same
// measure for a question that asks no change.
const changeBelowLevel = 0.1

// comparedBelowLevel lowers further a change measured against an earlier
// time ("收入较2024年增加124.29万元", "同比增长"): asked no change, a
// question wants a level, which such a figure never is.
const comparedBelowLevel = 0.2

// comparedQualifier marks a change measured against an earlier time.
var comparedQualifier = regexp.MustCompile(`较|比|同比|环比`)

// changeBesideLevel is how much lower a change ranks, for a question that
// asks no change, when the same sentence or table row gives a level too.
const changeBesideLevel = 0.5

// newBelowStock lowers a count of what is new ("新增三级医院3家") below the
// count of all for a question that asks neither a change nor the new ones:
// the label's extra word is no reason to answer with it.
const newBelowStock = 0.5

// beyondWeight raises a figure of the question's indicator for each of up
// to maxBeyondShared bigrams its label shares with the words the question
// puts beyond the indicator's name.
const (
	beyondWeight    = 0.1
	maxBeyondShared = 3
)

// areaCoverage is the share of a size question's words an area's sentence
// must hold, whatever its label ("建筑规模"): few figures are areas.
const areaCoverage = 0.3

// partBelowWhole lowers a part the question does not name below its whole.
const partBelowWhole = 0.3

// partAboveWhole puts a part the question names just above its whole.
const partAboveWhole = 0.01

// topicHead is the noun a topic ends in, its last two characters ("编制"
// of "疾控中心核定的编制 人"): what a question asks the number of when it
// counts nothing by name. A last word of one character (a unit left over)
// is passed over.
func topicHead(topic string) string {
	fs := strings.Fields(corpus.Normalize(topic))
	for i := len(fs) - 1; i >= 0; i-- {
		r := []rune(fs[i])
		if len(r) < 2 {
			continue
		}
		h := r[len(r)-2:]
		if !unicode.Is(unicode.Han, h[0]) || !unicode.Is(unicode.Han, h[1]) {
			return ""
		}
		if genericHeads[string(h)] {
			return ""
		}
		return string(h)
	}
	return ""
}

// genericHeads end many labels that count different things ("微信公众号
// 发布信息", "行政处罚信息"), or name a measure rather than a thing
// ("比例"): a topic ending in one is told apart by the words before it,
// not by its head.
var genericHeads = map[string]bool{"信息": true, "工作": true, "项目": true, "活动": true, "服务": true, "资金": true, "经费": true, "情况": true, "人员": true, "数据": true, "事项": true, "任务": true, "机构": true, "单位": true,
	// Measures, not things counted: "…报销的比例" asks a rate.
	"比例": true, "比重": true, "占比": true, "费用": true, "金额": true, "数量": true, "总数": true, "人数": true, "人次": true}

// endsWithCounted reports whether a label ends with the noun a question
// counts, of two characters or more ("开展手术" for "做了多少台手术").
func endsWithCounted(label, counted string) bool {
	if utf8.RuneCountInString(counted) < 2 {
		return false
	}
	full := corpus.Normalize(label)
	l := full
	for _, h := range countHeads {
		l = strings.TrimSuffix(l, h) // "编制人员" counts 编制
	}
	return strings.HasSuffix(full, counted) || strings.HasSuffix(l, counted)
}

// minCountedAsIndicator is how long a counted noun must be to name a
// measure of its own ("监督意见书", not "人员").
const minCountedAsIndicator = 3

// partAskedWeight raises a figure whose label names the part of a whole a
// question asks about (understand.AskedPart).
const partAskedWeight = 1.0

// debugCandidates is how many of a figure question's best candidates the
// debug log lists.
const debugCandidates = 8

// kindAskedWeight raises a figure whose label names the kind of the
// indicator a question asks (askedModifier).
const kindAskedWeight = 0.4

// kindsPenalty lowers a count of kinds when a question names no counter.
const kindsPenalty = 0.1

// bareBelowDone lowers the candidates labelled by the things counted alone
// ("其余22个子项") when another's label holds what was done to them ("子项
// 完成", for "干完了几个子项"): they say nothing of it. Alone, or beside
// labels of other things, they stay ("成立了…13个质控中心").
func bareBelowDone(cands []figureCandidate, verb, counted string) {
	if utf8.RuneCountInString(verb) < 2 || counted == "" {
		return
	}
	done := slices.ContainsFunc(cands, func(c figureCandidate) bool {
		l := corpus.Normalize(c.hit.Figure.Label)
		return l != counted && strings.Contains(l, counted) && labelHoldsVerb(l, verb)
	})
	if !done {
		return
	}
	for i := range cands {
		if corpus.Normalize(cands[i].hit.Figure.Label) == counted {
			cands[i].score -= countVerbWeight
		}
	}
}

// labelHoldsVerb reports whether a label holds the verb a count asks, as
// staff said it or in the reports' word ("干完" is 完成).
func labelHoldsVerb(label, verb string) bool {
	l := corpus.Normalize(label)
	return strings.Contains(l, verb) || strings.Contains(l, understand.SubstituteFor(verb, l))
}

// countVerbWeight raises a figure whose label holds the verb a question
// counts the doing of (understand.CountVerb).
const countVerbWeight = 0.3

// askedOf is what a question asks of the figures found for its topic: the
// unit it asks in, the noun it counts (understand.CountedNoun), the verb it
// counts the doing of (understand.CountVerb) and the part of a whole it
// names (understand.AskedPart); "" for what it does not say.
type askedOf struct {
	unit, counted, verb, part string
	total                     bool // "一共", "总共": the whole, not its parts
	share                     bool // "占出生的比例": a share, asked with no change
	change                    bool // "比前一周涨了多少": how a figure changed
	asOfMonth                 int  // "到10月底": the month's end a count is asked up to
}

// partOfTotalWeight is what a part a sentence counts within a whole loses
// when a total is asked, or nothing that tells the part.
const partOfTotalWeight = 0.5

// findFigures returns the figures whose indicator matches the question's
// topic, best first. When the topic names catalogue indicators (ids), a
// figure whose label names another indicator is never offered, and one
// whose label names the same indicator ranks first even when the wording
// differs ("看一次门诊要花多少钱" for 次均门诊费用). ask says what else the
// question asks of them.
func (b *Bot) findFigures(ctx context.Context, topic string, ids []string, ask askedOf, f corpus.Filters, n int) ([]figureCandidate, error) {
	unit, counted, verb, askedPart := ask.unit, ask.counted, ask.verb, ask.part
	if unit != "" {
		// "医疗机构门急诊一共看了多少人次": of the indicators the words
		// name, the ones counted in the unit asked.
		if in := slices.DeleteFunc(slices.Clone(ids), func(id string) bool { return !givenIn(id, unit) }); len(in) > 0 {
			ids = in
		}
	}
	text := figureSearchText(topic, ids)
	if counted != "" && !strings.Contains(text, counted) {
		text += " " + counted // "几张病床": the reports' 开设病床 as well as 床位
	}
	hits, err := b.search.SearchFigures(ctx, text, f, 60)
	if err != nil {
		return nil, fmt.Errorf("figure search: %w", err)
	}
	// A township's own institution the question names ("增福镇卫生院去年
	// 收支…") is whose figure is asked, not what: its words in a label
	// ("三合等乡镇卫生院3家") are no closer to the measure.
	measureTopic := withoutTownInstitution(topic)
	q := bigrams(measureTopic)
	// The topic in the reports' words, for lay wordings ("减肥门诊" for
	// 体重管理门诊): a label matches either.
	officialTopic := understand.Substitute(topic)
	officialMeasure := officialTopic
	if measureTopic != topic {
		officialMeasure = understand.Substitute(measureTopic)
	}
	official := bigrams(officialMeasure)
	// A town the question names is where, not what, it asks: a label
	// sharing it ("探沂镇户籍人口") is no closer to the measure asked.
	townless, townlessOfficial := withoutTowns(topic), withoutTowns(officialTopic)
	beyond := beyondIndicators(bigrams(townlessOfficial), ids)
	added, addedOfficial := unnamedBigrams(topic, ids), unnamedBigrams(officialTopic, ids)
	rate := understand.AsksRate(topic)
	layCounted := countedTerm(counted)
	layTerms := understand.OfficialTerms(topic)
	layPhrases := understand.LayPhrases(topic)
	inst := askedInstitution(topic)
	instKind := institutionKind(inst)
	head := topicHead(topic)
	// The question's words without each report title's (withoutTitle), once
	// a title.
	type titleless struct{ q, official map[string]bool }
	byTitle := map[string]titleless{}
	untitled := func(title string) titleless {
		t, ok := byTitle[title]
		if !ok {
			t = titleless{withoutTitle(measureTopic, title), withoutTitle(officialMeasure, title)}
			byTitle[title] = t
		}
		return t
	}
	measure := understand.Measure(topic)
	asked := measureClass(measure)
	if rate {
		asked = "rate" // "基层诊疗量占多大比例" asks the share, not the 诊疗量
	}
	modifier := askedModifier(topic)
	rateStem := "" // the measure a rate asked names before 率 ("管理" of 规范管理率)
	if stem, ok := strings.CutSuffix(measure, "率"); rate && ok && utf8.RuneCountInString(stem) >= 2 {
		rateStem = stem
	}
	var out []figureCandidate
	var changes []corpus.FigureHit // changes left out while a change is asked
	seen := map[string]bool{}
	levelUnits := map[string]string{} // the unit of each level, by sentence and label
	for _, h := range hits {
		if f := h.Figure; f.Unit != "" && !isChange(f) && !isRateUnit(f.Unit) {
			levelUnits[f.Sentence+"|"+f.Label] = f.Unit
		}
	}
	alternatives := understand.HasAlternativeTerms(topic)
	askedOrdinals, askedAges := ordinalsOf(topic), corpus.AgesNamed(topic) // the dose and age group asked
	perAsked := asksPerPopulation(topic, ids)
	topicPerPopulation := perPopulation(topic)  // the question's own words ask per head
	topicGrams := hanBigrams(topic)             // its bigrams, common ones too
	kinds := contrastsAsked(topic)              // the kind of each contrast it names
	diseases := understand.DiseasesNamed(topic) // the diseases asked of, if any
	deathsAsked := strings.Contains(topic, "死") // of those diseases, their deaths
	askedPeople := peopleKindOf(topic)          // the kind of people counted, if any
	peopleAsked := asksPeople(topic)            // people counted, not money
	distinct := distinctWords(topicGrams, hits) // the question's words few reports hold
	for _, h := range hits {
		fig := h.Figure
		if ask.share && isChange(fig) && isRateUnit(fig.Unit) {
			continue // "二孩占出生的比例" is no "户籍人口出生同比增长88%"
		}
		if ask.total && !rate && !ask.share && unit == "" && isRateUnit(fig.Unit) && !isChange(fig) {
			continue // "60岁以上的老人一共有多少" is no "占老年人口的56.96%"
		}
		official, addedOfficial := official, addedOfficial
		if alternatives && max(labelMatch(q, fig.Label), labelMatch(official, fig.Label)) < minLabelMatch {
			// A lay word's other official term, the one this label uses
			// ("派出去": 急救派车, not 出车), lets in a label the first
			// term leaves out; it does not reorder the labels that match.
			if alt := understand.SubstituteFor(topic, corpus.Normalize(fig.Label)); alt != officialTopic {
				official, addedOfficial = bigrams(alt), unnamedBigrams(alt, ids)
			}
		}
		c := measureClass(understand.Measure(fig.Label))
		if isRateUnit(fig.Unit) && (!isChange(fig) || strings.HasSuffix(fig.Unit, "百分点")) {
			// "死亡人数占总死亡人数的88%": a share, whatever its label ends
			// in; but "注册医师较2022年增长了7.28%" is a change of a count.
			// A change in points ("比上年提高1.3个百分点") is a rate's.
			c = "rate"
		}
		if ofEveryAge(askedAges, fig) {
			continue // "60岁以上的老人打了多少剂" is no count of every age's doses
		}
		if otherPerPopulation(fig.Label, perAsked) {
			continue // a ratio to the population where none is asked
		}
		if topicPerPopulation && !perHeadLabel(fig.Label+fig.Unit) && !isRateUnit(fig.Unit) {
			// "一千个人里头能摊到几个托位" is answered by the count per
			// thousand (每千人拥有婴幼儿托位数3.11个, 注册护士数3.39人/千人),
			// not by the count (建设托位1.46万个).
			continue
		}
		if asked != "" && c != "" && c != asked {
			// "补偿金额" is not answered by a count ("参合人数"), whatever
			// else the labels share.
			continue
		}
		if peopleAsked && isMoney(fig.Unit) {
			continue // "在培的人预计能到多少": people, not the 1万元 each gets
		}
		// The subject the report's title names ("古龙镇卫生院" of its 决算
		// 公开说明) is no word of the label: the rest of the question is.
		label := max(labelMatch(q, fig.Label), labelMatch(official, fig.Label),
			labelMatch(untitled(h.Title).q, fig.Label), labelMatch(untitled(h.Title).official, fig.Label))
		if own := hanBigrams(fig.Label); fig.Whole != "" && !strings.Contains(fig.Label, fig.Whole) && countIn(own, topicGrams) >= min(2, len(own)) {
			// A part named alone ("医疗卫生4条" after "主动公开政府信息93条。
			// 其中包括:") that the question names: its whole's words are the
			// question's too ("公开的医疗卫生类信息").
			label = max(label, labelMatch(q, fig.Whole+fig.Label), labelMatch(official, fig.Whole+fig.Label))
		}
		// The sentence, the heading it stands under and the report's
		// title: a label written without its subject ("补偿金额" under
		// "1.城乡居民合作医疗", "收入" in "古龙镇卫生院2023年度决算公开说明").
		context := fig.Sentence + "\n" + fig.Lead + "\n" + lastHeading(fig.Section) + "\n" + h.Title
		if len(diseases) > 0 && !namesEveryDisease(context+"\n"+fig.Label, diseases) && namesOtherDisease(context+"\n"+fig.Label) {
			continue // "乙类传染病742例" for "手足口病报了多少例": another disease's count
		}
		if kinds.contradict(fig.Label) || kinds.contradict(fig.Sentence) || kinds.contradict(fig.Label+predicateAfter(fig)) {
			// "西医诊疗病种…增加14种" for "中医病种多了几种": the other kind's;
			// so is "职工医保参与DIP结算…,结付率为103.65%" for "居民医保…
			// 结付率", its sentence naming the other kind only; nor is "10家…
			// 达到“优质服务基层行”活动推荐标准" for "达到基本标准的", what
			// the clause says of it naming the other.
			continue
		}
		if len(diseases) > 0 && strings.Contains(fig.Label, "死亡") != deathsAsked && (strings.Contains(fig.Label, "死亡") || countsCases(fig) || casesChanged(fig)) {
			// "肺结核死亡12例" for "肺结核报了多少例": its deaths, not its
			// cases; nor "艾滋病 发病数" for "艾滋病死亡多少人", nor "疟疾病例
			// 较2018年减少4例" for "死于疟疾的比2018年多了还是少了".
			continue
		}
		if len(diseases) > 0 && !namesEveryDisease(fig.Label, diseases) && namesOtherDisease(fig.Label) {
			// "法定传染病59028例" for "乙类传染病多少例", though its
			// sentence names the class too: the label's own disease.
			continue
		}
		score := label + 0.3*max(coverage(q, context), coverage(official, context)) + labelPrecisionWeight*max(labelPrecision(q, fig.Label), labelPrecision(official, fig.Label)) +
			predicateWeight*float64(shared(q, predicateAfter(fig))+predicateBeforeShared(q, fig))
		measures, part, partOf := splitPart(indicatorText(fig), q, official)
		measureUnit := measuredUnit(fig)
		if measureUnit == "" && isChange(fig) {
			// "总诊疗97.76万人次，同比增加7.05%": the change is of the
			// level's measure, in the level's unit.
			measureUnit = levelUnits[fig.Sentence+"|"+fig.Label]
		}
		measureID, measureIDs := labelIndicators(measures, measureUnit)
		same, other := relationTo(ids, measureID)
		if other && sharedBareMeasure(measures, measureIDs) {
			// A bare measure several indicators share ("规范管理率") is
			// the one of the subject its sentence opens with ("高血压建档
			// 30245人，…，规范管理率88.16%").
			if subject := sentenceSubject(fig.Sentence); subject != "" {
				if s, o := indicatorRelation(ids, subject+measures, measureUnit); s || o {
					same, other = s, o
				}
			}
		}
		if other && repeatedLabel(topic, fig.Label) {
			// The question repeats the label ("医院、卫生院的床位数" for
			// 医院、卫生院拥有床位): its measure is asked.
			same, other = true, false
		}
		if part != "" && !same {
			// The part asked may be the indicator itself: 医生 of the staff;
			// of a count of beds, the beds of the institutions it names
			// ("病床：其中乡镇卫生院" is 乡镇卫生院床位数).
			samePart, otherPart := indicatorRelation(ids, part, fig.Unit)
			if !samePart && strings.Contains(measures, "床") && !strings.Contains(part, "床") {
				samePart, otherPart = indicatorRelation(ids, part+"床位数", fig.Unit)
			}
			same, other = samePart, other && otherPart
		}
		// The programme the sentence opens with ("深化医药集中带量采购改革，
		// 580种药品…价格大幅降低"), else the one its paragraph opens with
		// ("我县开展了卫生计生监督“双随机一公开”工作。今年我县共抽取71家
		// 任务"), is the figure's subject.
		for _, programme := range []string{programmeClause(fig.Sentence), fig.Lead} {
			if !same && !other && programme != "" {
				same, _ = indicatorRelation(ids, programme+measures, fig.Unit)
			}
		}
		if !same && instKind != "" && mentionsInstitution(inst, fig.Sentence+h.Title) {
			// "霍城镇卫生院…开设病床25张" for "霍城镇卫生院有几张病床": the
			// beds of the one institution asked, of its kind's indicator
			// (乡镇卫生院床位数).
			if s, _ := indicatorRelation(ids, instKind+measures, fig.Unit); s {
				same, other = true, false
			}
		}
		partOfAsked := false
		if !same && !ask.total && !ask.change && fig.Whole != "" && asksPartOf(topic, fig) {
			// "二级以上公立医院，有几家把数据接好了" for "27家二级以上公立医院
			// 中,24家医院已完成数据对接": of the indicator asked, the part
			// that did what the question says.
			if s, _ := indicatorRelation(ids, fig.Whole, fig.Unit); s {
				same, other, partOfAsked = true, false, true
			}
		}
		if !same && !other && strings.HasSuffix(fig.Unit, "张") && !strings.Contains(measures, "床") {
			// A yearbook's row of beds names the institutions only
			// ("中医医院 12016张" under "医疗卫生机构床位数"): 张 counts
			// their beds.
			same, _ = indicatorRelation(ids, measures+"床位数", fig.Unit)
		}
		if !same && !other && isRateUnit(fig.Unit) && (rate || isRateUnit(unit)) {
			// "执业医师占卫生技术人员总数 43.25%" for "医生占了多大比例": the
			// share of the indicator asked, named before 占.
			if part, _, ok := strings.Cut(measures, "占"); ok && part != "" {
				same, _ = indicatorRelation(ids, part, "")
			}
		}
		if same && fig.Unit != "" && (rate && !isRateUnit(fig.Unit) || unit != "" && !isRateUnit(unit) && isRateUnit(fig.Unit)) {
			// A question about a rate ("治理完成率") is not answered by a
			// count its label shares words with ("完成企业职业病危害因素
			// 20家"), nor a count ("多少家医院") by a rate ("90%的县医院").
			same, other = false, true
		}
		if !same && !other && unit != "" && unitAnswers(unit, countedUnit(fig)) && utf8.RuneCountInString(counted) >= minCountedAsIndicator && endsWithCounted(fig.Label, counted) {
			// "几份监督意见书" for "下达监督意见书17份": the noun and the
			// counter asked, both as written, are the measure asked, as
			// much as a catalogue indicator its other words name (双随机
			// 抽查工作任务84个).
			same = true
		}
		if !same && !other && counted != "" && corpus.Normalize(fig.Label) == counted && !unitAnswers(unit, countedUnit(fig)) && unitNear(unit, countedUnit(fig)) {
			// "手术1174例" for "一共做了多少台手术": the label is the very
			// noun counted, in a counter near the one asked, which the
			// rule above does not take; the indicator's words ("手术例数")
			// may be longer than the label.
			same = true
		}
		// The part asked, as staff say it or in the reports' words ("受外伤":
		// 创伤).
		namesPart := askedPart != "" && (strings.Contains(corpus.Normalize(fig.Label), askedPart) || strings.Contains(corpus.Normalize(fig.Label), understand.Substitute(askedPart)))
		switch {
		case rate && !same && len(ids) > 0 && isRateUnit(fig.Unit) && !isChange(fig) && rateStem != "" && !strings.Contains(corpus.Normalize(fig.Label), rateStem):
			// "规范管理率是多少" is not answered by another share its
			// words come near ("在册患者数量占到患者总数的87.92%"): a
			// rate not of the indicator asked names the measure asked.
			continue
		case rate && unit == "" && isCount(fig.Unit) && !namesPart:
			// A rate asked ("孕产妇死亡率是多少") is never answered by a
			// count whose label shares its words ("高危孕产妇238人").
			continue
		case other && !(label >= sharedMeasureMatch && shared(beyond, fig.Label) >= 2) && !namesPart:
			// Another indicator: never the answer, unless it is the part
			// asked ("医院这一类的医疗卫生机构": 医院医疗卫生机构数).
			continue
		case same:
			// The question's indicator, however worded: the words the
			// label shares with the question no longer decide.
			score = 1.5 + 0.1*coverage(q, fig.Sentence) + labelPrecisionWeight*max(labelPrecision(q, fig.Label), labelPrecision(official, fig.Label))
			// The words the question puts beyond the indicator's name
			// ("专门搞公共卫生的机构" of 床位): a label holding them
			// ("专业公共卫生机构床位") gives the kind asked, not the total.
			score += beyondWeight * float64(min(max(shared(added, fig.Label), shared(addedOfficial, fig.Label)), maxBeyondShared))
			// The indicator under its official name ("地区生产总值"), or
			// an alias ("经济总量"), rather than a part or a subject's
			// ("遂宁经济总量"): the statistic asked.
			score += namesIndicator(measures, ids, q)
			if len(ids) > 1 && measureID == ids[0] {
				// The indicator the question names best ("去医院看病的人次"
				// is 总诊疗人次数 before 医院数).
				score += primaryIndicatorWeight
			}
			if modifier != "" && namesKind(fig.Label, modifier) {
				// "农村孕产妇死亡率" for "全国农村孕产妇死亡率是多少", not
				// the indicator's bare name, even when that is the
				// indicator's own name.
				score += kindAskedWeight
			}
		case label < minLabelMatch && (coverage(q, context) < 0.6 || len(ids) > 0 && utf8.RuneCountInString(fig.Label) > bareMeasureRunes) &&
			!((eventCounts[unit] && unitAnswers(unit, countedUnit(fig)) || countedHeadMatch(counted, q, official, fig.Label) == 1 && (unitAnswers(unit, countedUnit(fig)) || unitNear(unit, countedUnit(fig)) || unit == "个" && isCount(fig.Unit))) &&
				(shared(q, fig.Label) >= min(2, len(bigrams(fig.Label))) || endsWithCounted(fig.Label, counted))) &&
			!(layCounted != "" && strings.Contains(corpus.Normalize(fig.Label), layCounted) && unitAnswers(unit, countedUnit(fig))) &&
			!(verb != "" && strings.Contains(corpus.Normalize(fig.Label), verb) && unitAnswers(unit, countedUnit(fig)) && !endsInOtherNoun(fig.Label, counted, verb)) &&
			!(unit == "" && fig.Unit != "" && endsWithCounted(fig.Label, counted)) &&
			!(unit == "" && isCount(fig.Unit) && endsWithTotalOf(topic, fig.Label)) &&
			!((namesWholeLabel(q, fig.Label) || namesWholeLabel(official, fig.Label)) && unitAnswers(unit, countedUnit(fig))) &&
			!(slices.Contains(layTerms, corpus.Normalize(fig.Label)) && (unit == "" || unitAnswers(unit, countedUnit(fig)))) &&
			!(unit != "" && unitAnswers(unit, countedUnit(fig)) && max(shared(q, fig.Label), shared(official, fig.Label)) >= minSharedInUnit) &&
			!(rate && isRateUnit(fig.Unit) && !isChange(fig) && max(shared(q, fig.Label), shared(official, fig.Label)) >= minSharedInRate) &&
			!((unit == "" || unitAnswers(unit, countedUnit(fig))) && reorderedLabel(topic, fig.Label)) &&
			!(namesPart && (unit == "" || unitAnswers(unit, countedUnit(fig)))) &&
			!(unitAnswers(unit, countedUnit(fig)) && stemOfTerm(layTerms, fig.Label)) &&
			!(unit == understand.AreaUnit && unitAnswers(unit, countedUnit(fig)) && max(coverage(q, context), coverage(official, context)) >= areaCoverage) &&
			!(rate && isRateUnit(fig.Unit) && !isChange(fig) && (holdsTerm(layTerms, fig.Label) || holdsTermsAround(termsNotSaid(layPhrases, fig.Label), fig.Label, context) || rateOfNamed(fig.Label, topic) || shortenedName(ids, fig))) &&
			!((unit == "" || unitAnswers(unit, countedUnit(fig))) && isCount(fig.Unit) && endsWithCounted(fig.Label, head)) &&
			!((unit == "" && isCount(fig.Unit) || unitAnswers(unit, countedUnit(fig))) && peopleOfNamed(q, fig.Label)) &&
			!(sameAges(askedAges, fig.Label) && (unit == "" || unitAnswers(unit, countedUnit(fig))) && (!rate || isRateUnit(fig.Unit)) && shared(official, fig.Label) >= minSharedInUnit) &&
			!(len(diseases) > 0 && !deathsAsked && namesEveryDisease(fig.Label, diseases) && countsCases(fig) && !rate && (unit == "" || unit == "人" || unitAnswers(unit, countedUnit(fig)))) &&
			!(len(diseases) > 0 && ask.change && isChange(fig) && namesEveryDisease(fig.Label, diseases) && casesChanged(fig)) &&
			!(ask.change && isChange(fig) && namedWithDe(topic, fig.Label)) &&
			!(unitAnswers(unit, countedUnit(fig)) && (describedCounted(topic, counted, fig.Label) || describedCounted(officialTopic, counted, fig.Label))):
			// A question naming a catalogue indicator is not answered by
			// a figure whose own label names something else, though its
			// sentence names the indicator ("人均预期寿命接近…，人均受教育
			// 年限达到11.7年"); a bare measure ("完成率") takes its subject
			// from the sentence. A count in the unit asked whose label
			// shares the question's words ("出血热疫苗接种23011剂次" for
			// "打了多少针防出血热的疫苗"), or counting the thing asked, in
			// the counter asked or one near it ("核酸检测机构36家" for "能做
			// 核酸的机构有几家", "公厕13座" for "消杀的公厕有多少座", "推送
			// 图文571条" for "推了多少篇图文"), or holding the verb asked
			// unless it counts another noun than the one asked ("开展手术
			// 2171台" for "做了多少台手术", not "新增学位10.09万个" for "新增
			// 了多少个托育托位"), is kept; so is one whose whole label the
			// question names ("部门公告那一类是几条" for 部门公告37条); so is
			// one in the very counter asked sharing several of its words
			// ("老百姓来申请公开的事，办了几件" for 处理依申请公开事项10件);
			// so is one ending with the noun a question counts in no unit
			// ("清理垃圾127.93吨" for "清走了多少垃圾"); so is one whose
			// label writes the question's words in
			// another order ("全血献血者" for "献全血的人"); so is one
			// naming the part of the whole asked ("收到的申请，有几件是要拖
			// 到下一年办的" for 结转下年办理2件); so is one in the unit
			// asked whose label is the official term a lay word stands for
			// without its count head ("在编75人" for "吃财政饭的有几个人",
			// 在编人员), or a rate holding such a term asked as a share
			// ("第一剂接种完成率87.73%" for "打了头一针的人占了多大比例",
			// 第一剂); so is a count whose label ends in the noun the
			// topic ends in ("单位编制55人" for "疾控中心核定的编制是多少个
			// 人", "在职职工62人" for "实际在岗的职工有多少"); so is an area, when
			// a size is asked, in a sentence on the thing asked ("建筑规模
			// 8500平方米的妇幼保健院…综合服务楼" for "那栋综合服务楼多大面积");
			// so is a count of the people of a thing the question names
			// whole ("高血压患者8000人" for "高血压那块的目标是多少人"); so is
			// one of the age group asked sharing the measure's official
			// words ("18岁以上人群接种率" for "18岁以上的人打新冠疫苗的比例"), or
			// a rate labelled by the indicator's name shortened, its middle
			// written just before ("住院分娩活产8044人,住院率达99.61%"); so is
			// the change, when a change is asked, of a measure the question
			// names with a 的 in it ("转诊的量涨了多少" for 转诊量增长90%); so is
			// a count in the unit asked of the things counted as the question
			// describes them ("涨价的项目有几个" for 上调医疗服务项目价格66个).
			if ask.change && isChange(fig) {
				changes = append(changes, h) // the change of a level that may be kept
			}
			continue
		}
		if namesPart || partOfAsked {
			// "主动公开的东西里，医疗卫生方面的有几条": the figure of the
			// part asked (医疗卫生信息8条), not the whole's words'.
			score += partAskedWeight
		}
		if fig.Whole != "" && !namesPart && !asksPartOf(topic, fig) {
			// "一共能放多少张床": the whole (设置病床1200张), not a part
			// the sentence counts within it (含医疗床位800张); nor, asked
			// nothing that tells a part ("生了多少个娃"), one of the parts
			// after 其中 (二孩出生965人).
			score -= partOfTotalWeight
		}
		switch ordinalRelation(askedOrdinals, fig) {
		case -1:
			continue // "第3针的完成率" is not the 第2针's
		case 1:
			score += kindAskedWeight
		}
		// "州级的救治中心": the level asked, not another level's beside it.
		score += kindAskedWeight * float64(levelRelation(topic, fig.Label))
		// "铺到了多少个县区": the counties (112个县), not the prefectures
		// beside them (覆盖16个州市).
		score += kindAskedWeight * float64(countedLevelRelation(counted, fig.Label))
		// "一天最多能打多少针": the capacity, not a day's doses.
		score += kindAskedWeight * float64(capacityRelation(topic, fig.Label))
		if ask.total && strings.Contains(predicateBefore(fig), "每") {
			// "三年一共计划建多少家": the plan's total (创建16家), not what
			// each district starts ("每个区至少启动1家").
			score -= partOfTotalWeight
		}
		if ask.total && containsAny(fig.Qualifier, onlyWords) {
			// "专职搞院感的一共有多少人": the total (共21人), not what some
			// of them have ("院感科只有1名专职人员的有4家").
			score -= partOfTotalWeight
		}
		if countsOtherPeople(askedPeople, fig.Label) && isCount(fig.Unit) {
			// "初筛一共筛了多少学生": not the 4名 experts invited to talk.
			score -= kindAskedWeight
		}
		if namesClass(fig.Label) && !namesClass(topic) {
			// "一共报了多少例法定传染病": all classes' cases, not 丙类's;
			// as much below as a class asked is above.
			score -= kindAskedWeight
		}
		if sameAges(askedAges, fig.Label) {
			// "14岁以下小孩的死亡率": 0-14岁儿童报告死亡率, not the whole
			// population's.
			score += kindAskedWeight
		}
		if unit == "" && (fig.Unit == "种" || fig.Unit == "类") {
			// "丙类的病一共报了多少": the cases (8524例), not the kinds of
			// disease they were of (8种), which "多少种" would ask.
			score -= kindsPenalty
		}
		if utf8.RuneCountInString(verb) >= 2 && labelHoldsVerb(fig.Label, verb) && (counted == "" || strings.Contains(corpus.Normalize(fig.Label), counted)) {
			// "专项治理一共核查了多少家企业": the count of what was done
			// (核查企业4135家), not of the programme's other counts that
			// share more of the question's words (纳入专项治理企业121家);
			// of the noun asked ("成立了几个质控中心" is not 成立管理中心).
			score += countVerbWeight
		}
		if ask.asOfMonth > 0 && statesAsOfMonth(fig.Sentence, ask.asOfMonth) {
			// "到10月底已经完成多少座": the count the text gives as of that
			// month ("截至2020年10月30日,…已完成…40926座"), not the year's task.
			score += kindAskedWeight
		}
		// An actual unless the question asks about plans: targets rank lower.
		if planned(fig) != (f.Kind == corpus.KindPlan) {
			score -= 0.15
		}
		if len(f.Years) > 0 && !h.YearMatch {
			score -= 0.2
		}
		// The start of a change ("由67.6%提高到70%") is not what a
		// question about the figure wants first.
		if fig.Base {
			score -= 0.2
		}
		// A rate ("参合率") is answered by a percentage, not a count.
		if rate && fig.Unit != "" {
			if isRateUnit(fig.Unit) {
				score += 0.15
			} else {
				score -= 0.3
			}
		}
		// "多少篇" is answered by a count of 篇, not of 条; a figure of
		// another unit and no indicator of the question's answers another
		// question ("收到多少件申请" is not "公开目录信息29条").
		have := countedUnit(fig)
		if unit == "" && len(ids) == 1 && have != "" && !isChange(fig) && countsOtherKind(ids[0], have) {
			// The one indicator asked, in no unit: "还活着的艾滋病感染者和
			// 病人一共多少" (例, 人) is no count of 监测哨点 (个).
			score -= otherUnitThanIndicator
		}
		if have != "" {
			m := countedHeadMatch(counted, q, official, fig.Label)
			if m == otherThing {
				continue // "新增停车位10万个" for 托位: another thing counted
			}
			score += countedHeadWeight * float64(m)
		}
		if unit != "" && have != "" {
			switch {
			case unitAnswers(unit, have):
				score += 0.25
			case unitNear(unit, have):
			case countsNamedItem(unit, have, counted, fig.Label):
			case unit == "个" && countedHeadMatch(counted, q, official, fig.Label) == 1:
				// "多少个编制" in speech, "编制人员54人" in the report.
			case unit == "个" && slices.Contains(personCounters, have) && namesWholeLabel(q, fig.Label):
				// "评上优秀共产党员的有几个": 个 of speech counts the
				// people the whole label names ("优秀共产党员2名").
			case !same:
				continue
			case slices.Contains(personCounters, strings.TrimLeft(unit, "十百千万亿")) && slices.Contains(roundCounters, have):
				// "死亡了多少人" is no count of rounds ("经过4轮防治…人民
				// 战争"), whatever indicator their words share.
				continue
			default:
				score -= 0.25
			}
		}
		if f.Place != "" && !h.PlaceMatch {
			score -= 0.3
		}
		// "同济那个新儿童医院开多少张床": words of the question few of the
		// reports found hold (a hospital's own name) say which report it
		// is about.
		score += distinctWeight * float64(min(maxDistinct, distinct[h.File]))
		key := fmt.Sprint(h.Place, "|", fig.Label, "|", fig.Raw, "|", fig.Unit, "|", fig.Year, "|", fig.Missing)
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, figureCandidate{hit: h, score: score, partOf: partOf, namesAskedPart: namesPart, partOfAsked: partOfAsked})
	}
	out = append(out, changesOfLevels(out, changes)...)
	bareBelowDone(out, verb, counted)
	wholes := map[string]bool{}
	for _, c := range out {
		wholes[c.hit.Ref+"|"+c.hit.Figure.Label] = true
	}
	for i, c := range out {
		if partCountsWhatWholeCounts(out, c, counted, q, official) {
			// "主动公开政府信息165条，其中…通过县政府网站公开106条": the part
			// counts the 信息 its whole counts.
			out[i].score += countedHeadWeight
		}
	}
	qa := allBigrams(townless) // 医院 tells 公立医院 from 公立医疗机构; a town names no part
	for i, c := range out {
		unnamed, named, whole := partOfFound(out, c, qa)
		out[i].namedPart = c.partOf == "" && unnamed
		if c.partOf != "" && wholes[c.hit.Ref+"|"+c.partOf] || out[i].namedPart {
			out[i].score -= partBelowWhole // the whole found answers first
		} else if named && c.partOf == "" {
			out[i].score = max(c.score, whole+partAboveWhole) // the part asked, before its whole
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].score > out[j].score })
	siblingNamedFirst(out, bigrams(townless), bigrams(townlessOfficial), qa)
	if len(out) > n {
		out = out[:n]
	}
	return out, nil
}

// namesWholeLabel reports whether the question's bigrams q hold every
// bigram of a label of two or more ("部门公告": 部门, 门公, 公告).
func namesWholeLabel(q map[string]bool, label string) bool {
	l := bigrams(label)
	if len(l) < 2 {
		return false
	}
	for g := range l {
		if !q[g] {
			return false
		}
	}
	return true
}

// countHeads end the name of a count after what it counts: "在编人员",
// "参保人数".
var countHeads = []string{"人员", "学员", "人数", "数量", "总数", "数"}

// stemOfTerm reports whether label is one of terms, or one without its
// count head ("在编" of 在编人员), or one with it ("发病人数" of 发病, the
// official term for "病倒"): a report's label for the thing counted ("支出"
// for "花出去的钱").
func stemOfTerm(terms []string, label string) bool {
	l := corpus.Normalize(label)
	if utf8.RuneCountInString(l) < 2 {
		return false
	}
	for _, t := range terms {
		if rest, ok := strings.CutPrefix(t, l); ok && (rest == "" || slices.Contains(countHeads, rest)) {
			return true
		}
		if rest, ok := strings.CutPrefix(l, t); ok && utf8.RuneCountInString(t) >= 2 && slices.Contains(countHeads, rest) {
			return true
		}
	}
	return false
}

// rateEnds end the name of a rate after what it is the rate of.
var rateEnds = []string{"接种率", "完成率", "覆盖率", "达标率", "发生率", "报告率", "知晓率", "使用率", "推广率", "普及率", "应用率", "参与率", "开通率", "合格率", "检出率", "筛查率", "率"}

// minRateSubjectRunes bounds the subject of a rate rateOfNamed looks for
// in a topic: "卡介苗" names one thing, "服务" many.
const minRateSubjectRunes = 3

// namesEveryDisease reports whether text names each of the diseases asked
// (understand.DiseasesNamed), by any of its names.
func namesEveryDisease(text string, diseases [][]string) bool {
	for _, d := range diseases {
		if !understand.NamesDisease(text, d) {
			return false
		}
	}
	return true
}

// namesOtherDisease reports whether text is about a disease or a class of
// them: it names one (understand.DiseasesNamed) or 传染病. A text naming none
// ("最终共救助774人") may still be about the disease asked, named a sentence
// before.
func namesOtherDisease(text string) bool {
	return len(understand.DiseasesNamed(text)) > 0 || strings.Contains(corpus.Normalize(text), "传染病")
}

// peopleOfNamed reports whether a label counts the people of something the
// question names whole: "高血压患者" for "高血压那块定的目标是多少人".
func peopleOfNamed(q map[string]bool, label string) bool {
	l := corpus.Normalize(label)
	for _, h := range peopleGroups {
		if rest, ok := strings.CutSuffix(l, h); ok && utf8.RuneCountInString(rest) >= 2 {
			return namesWholeLabel(q, rest)
		}
	}
	return false
}

// rateOfNamed reports whether label is a rate of something the topic
// names whole ("卡介苗 接种率" for "一季度娃娃打卡介苗的比例"), however
// the topic words the rate.
func rateOfNamed(label, topic string) bool {
	l := corpus.Normalize(label)
	subject := ""
	for _, e := range rateEnds {
		if s, ok := strings.CutSuffix(l, e); ok {
			subject = strings.Join(strings.Fields(s), "")
			break
		}
	}
	return utf8.RuneCountInString(subject) >= minRateSubjectRunes && strings.Contains(strings.Join(strings.Fields(corpus.Normalize(topic)), ""), subject)
}

// minHeldTermRunes bounds the official terms holdsTerm looks for: one of
// two characters ("医生") is too general to pick a label.
const minHeldTermRunes = 3

// holdsTermsAround reports whether a label holds one of the official terms
// a question's lay words stand for and its context the rest ("信函提交申请
// 占比" under 依申请公开 for "写信申请公开信息的占多大比例").
func holdsTermsAround(terms []string, label, context string) bool {
	l, c := corpus.Normalize(label), corpus.Normalize(context)
	inLabel := false
	for _, t := range terms {
		switch {
		case strings.Contains(l, t):
			inLabel = true // "信函": short, but the label's own word
		case utf8.RuneCountInString(t) >= minHeldTermRunes && !strings.Contains(c, t):
			return false
		}
	}
	return inLabel
}

// termsNotSaid are the official terms of the lay phrases (of the topic) a
// label does not hold itself: "学生" asked stands for 青少年, but a label saying 学生
// ("学生超重率") needs no 青少年.
func termsNotSaid(phrases []understand.LayPhrase, label string) []string {
	l := corpus.Normalize(label)
	var out []string
	for _, p := range phrases {
		if strings.Contains(l, p.Lay) {
			continue
		}
		for _, t := range p.Terms {
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	return out
}

// holdsTerm reports whether label holds every one of terms of three
// characters or more, and there is one.
func holdsTerm(terms []string, label string) bool {
	l := corpus.Normalize(label)
	held := false
	for _, t := range terms {
		if utf8.RuneCountInString(t) < minHeldTermRunes {
			continue
		}
		if !strings.Contains(l, t) {
			return false
		}
		held = true
	}
	return held
}

// totalWords mark a table's total row or column.
var totalWords = strings.NewReplacer("合计", " ", "总计", " ", "小计", " ")

// labelPrecisionWeight is what a label's own words, all asked, weigh among
// figures of the question's indicator: "实际报销比例" before "政策范围内报销
// 比例" for "实际报销比例是多少".
const labelPrecisionWeight = 0.2

// scopeNote is a bracketed note on what a measure leaves out or takes in:
// "(不含中药饮片)", "（含中医）".
var scopeNote = regexp.MustCompile(`[(（](?:不含|不包括|不计|含|包括|包含)[^)）]*[)）]`)

// labelPrecision is the share of a label's bigrams the question holds, the
// words of a table's totals ("医院合计") not counted.
func labelPrecision(q map[string]bool, label string) float64 {
	// "药品收入(不含中药饮片)占比": what a measure leaves out or takes in
	// is a note on it, no word a question asking it would hold.
	label = scopeNote.ReplaceAllString(label, "")
	l := bigrams(totalWords.Replace(label))
	if len(l) == 0 {
		return 0
	}
	n, all := 0, len(l)
	for g := range l {
		if q[g] {
			n++
		}
	}
	// "社区卫生服务中心(站)": the bracket's words are the label's own too,
	// and one character there makes no bigram.
	for _, m := range bracketWords.FindAllStringSubmatch(label, -1) {
		all++
		if namesAny(q, m[1]) {
			n++
		}
	}
	return float64(n) / float64(all)
}

// bracketWords are the words a label puts in brackets: "中心(站)".
var bracketWords = regexp.MustCompile(`[（(]([\p{Han}]{1,6})[)）]`)

// namesAny reports whether some bigram of q holds a character of w.
func namesAny(q map[string]bool, w string) bool {
	for g := range q {
		for _, r := range w {
			if strings.ContainsRune(g, r) {
				return true
			}
		}
	}
	return false
}

// splitPart reads a part figure's measures ("年末医疗卫生单位病床：其中乡镇
// 卫生院"): the whole's measure, which it is counted as; the part when the
// question names it (it may be the indicator asked: "医生" of 卫生技术人员：
// 其中医生), else the whole it belongs to (partOf), which answers first. A
// measure that is no part is returned as it is.
func splitPart(measures string, q, official map[string]bool) (whole, part, partOf string) {
	whole, p, isPart := figures.SplitPart(measures)
	if !isPart {
		return measures, "", ""
	}
	wholeGrams, own, named := bigrams(whole), 0, 0
	for g := range bigrams(p) {
		if !wholeGrams[g] {
			own++
			if q[g] || official[g] {
				named++
			}
		}
	}
	// "乡镇卫生院" asked of the beds names two or more of its bigrams
	// ("医院", of one, names it by that one); a single one of a longer
	// name ("区卫" of 全区卫生机构) is a chance overlap.
	if named < min(2, own) {
		return whole, "", whole
	}
	return whole, p, ""
}

// minSharedInUnit is how many bigrams a label in the counter asked must
// share with the question to answer it whatever else the question says.
const minSharedInUnit = 3

// minSharedInRate is the number of bigrams a rate's label shares with a
// question asking a rate for the rate to be kept, though the question's
// other words make the label's match low ("按县算比例得到多少" of
// 以县为单位向居民开放比例).
const minSharedInRate = 4

// eventCounts are the units that count events of one kind (doses given,
// visits, cases): a question asking in one names its measure by it.
var eventCounts = map[string]bool{"剂次": true, "人次": true, "例次": true, "户次": true}

// measureClass is the kind of measure a measure word names: a rate (率,
// 比), a count (数, 量) or an amount of money (额); "" for none.
func measureClass(measure string) string {
	r, _ := utf8.DecodeLastRuneInString(measure)
	switch r {
	case '率', '比':
		return "rate"
	case '数', '量':
		return "count"
	case '额':
		return "amount"
	}
	return ""
}

// unnamedBigrams are the bigrams of a topic neither of whose characters
// stands in a bigram of its catalogue indicators' names there: the words
// the question adds to the indicator ("公共" of "专门搞公共卫生的机构床位"),
// not a bigram across two of the name's words ("院平" of "住院平均住几天").
func unnamedBigrams(topic string, ids []string) map[string]bool {
	var names []string
	for _, id := range ids {
		if ind, ok := indicators.ByID(id); ok {
			for _, name := range append([]string{ind.Name}, ind.Aliases...) {
				names = append(names, corpus.Normalize(name))
			}
		}
	}
	runes := []rune(corpus.Normalize(topic))
	named := make([]bool, len(runes))
	for i := 0; i+1 < len(runes); i++ {
		g := string(runes[i : i+2])
		if slices.ContainsFunc(names, func(name string) bool { return strings.Contains(name, g) }) {
			named[i], named[i+1] = true, true
		}
	}
	out := map[string]bool{}
	for g := range bigrams(topic) {
		out[g] = true
	}
	for i := 0; i+1 < len(runes); i++ {
		if named[i] || named[i+1] {
			delete(out, string(runes[i:i+2]))
		}
	}
	return out
}

// sharedMeasureMatch is how closely a label must match the question's words
// (in the reports' terms) to answer it although its catalogue indicator is
// another, when it also shares words the asked indicator's name lacks:
// "二级以上医院开设体重管理门诊" answers "多少家医院开了减肥门诊", which asks
// about more than the 医院数 the catalogue finds in it; it does not answer
// "有多少家医院".
const sharedMeasureMatch = 0.5

// indicatorNames are the bigrams of the names and aliases of catalogue
// indicators.
func indicatorNames(ids []string) map[string]bool {
	names := map[string]bool{}
	for _, id := range ids {
		for g := range indicatorBigrams(id) {
			names[g] = true
		}
	}
	return names
}

// beyondIndicators are the bigrams of a topic that the names of its
// catalogue indicators do not hold.
func beyondIndicators(topic map[string]bool, ids []string) map[string]bool {
	names := indicatorNames(ids)
	out := map[string]bool{}
	for g := range topic {
		if !names[g] {
			out[g] = true
		}
	}
	return out
}

// figureSearchText is what figures are searched for: the topic with the
// official terms for its lay words, and the official names of the
// indicators it refers to.
func figureSearchText(topic string, ids []string) string {
	text := understand.Expand(topic)
	for _, id := range ids {
		if ind, ok := indicators.ByID(id); ok {
			text += " " + ind.Name
		}
	}
	return text
}

// countsPlacesOfCare reports whether a figure counts institutions ("120余家
// 医院"), which no question about one of them asks: in 家 or 所 only, not
// every institutionCounters word (个 counts projects as well).
func countsPlacesOfCare(f corpus.Figure) bool {
	return f.Unit == "家" || f.Unit == "所"
}

// askedSubjectKept leaves out of the figures shown beside the best one
// those of its year and place whose labels hold less of the question's
// words than its label does: asked for 乡镇卫生院的病床, the hospitals'
// beds (医院病床) are another measure, not a related figure of the one
// asked. Other years' and places' figures stay, worded as they may be:
// they make the series compared, or the places a question naming none
// may mean.
func askedSubjectKept(cands []figureCandidate, q map[string]bool) []figureCandidate {
	if len(cands) < 2 || len(q) == 0 {
		return cands
	}
	best := shared(q, cands[0].hit.Figure.Label)
	if best == 0 {
		return cands
	}
	out := cands[:1:1]
	for _, c := range cands[1:] {
		if c.hit.Figure.Year != cands[0].hit.Figure.Year || c.hit.Place != cands[0].hit.Place || shared(q, c.hit.Figure.Label) >= best {
			out = append(out, c)
		}
	}
	return out
}

// perHeadIndicator reports whether an indicator is an amount or a count
// per head of the population ("人均基本公共卫生服务经费补助标准", "每千人口
// 床位数"), never a total.
func perHeadIndicator(id string) bool {
	ind, ok := indicators.ByID(id)
	return ok && (strings.HasPrefix(ind.Name, "人均") || strings.HasPrefix(ind.Name, "每"))
}

// labelMatch scores how well a figure's label fits the question's topic:
// the mean of their Dice similarity and the share of the topic the label
// contains ("签约率" is wholly in "家庭医生总签约率").
func labelMatch(q map[string]bool, label string) float64 {
	l := bigrams(label)
	if len(q) == 0 || len(l) == 0 {
		return 0
	}
	common := 0
	for g := range l {
		if q[g] {
			common++
		}
	}
	dice := 2 * float64(common) / float64(len(q)+len(l))
	contained := float64(common) / float64(len(q))
	return (dice + contained) / 2
}

// namedWithDe reports whether the topic names a label whole once its 的
// are left out ("往基层转诊的量" names 转诊量); a label of one rune names
// nothing.
func namedWithDe(topic, label string) bool {
	l := corpus.Normalize(label)
	return utf8.RuneCountInString(l) >= 2 && strings.Contains(strings.ReplaceAll(corpus.Normalize(topic), "的", ""), l)
}

// countsCases reports whether a figure counts a disease's cases: a count
// in 例, or a table's 发病数.
func countsCases(f corpus.Figure) bool {
	return !isChange(f) && (f.Unit == "例" || strings.HasSuffix(f.Label, "发病数") || strings.HasSuffix(f.Label, "病例数"))
}

// casesChanged reports whether a change figure is of a count of cases
// ("麻疹上周共报告104例,较前一周上升40.54%"): the answer when a disease's
// change is asked.
func casesChanged(f corpus.Figure) bool {
	return isChange(f) && containsAny(f.Label, []string{"报告", "病例", "发病"})
}

// shareWords ask a share of a whole, which a change in percent is not.
var shareWords = []string{"比例", "占比", "比重"}

// lookupFigureOf answers "what was X (in year Y, in place P)?" from the
// figure index. The asked place's figure or "not found for that place",
// never another place's in its stead; the asked year's, or the years that
// exist for that place. With catalogue false it reads no catalogue
// indicator into the question, only its words (see lookupFigure); a
// question that names none then gets the zero Answer.
func (b *Bot) lookupFigureOf(ctx context.Context, question string, f corpus.Filters, catalogue bool) (Answer, error) {
	if understand.AsksStart(question) && len(f.Years) > 1 && !slices.Contains(f.Years, f.Years[0]-1) {
		// "十三五刚开始那会儿": where the period started, its base year's
		// level (2015 of 2016–2020) among them.
		f.Years = append([]int{f.Years[0] - 1}, f.Years...)
	}
	file, title, named := b.namedDocument(ctx, question, f)
	topic := understand.Topic(question)
	if named {
		// What is asked of the document, without the words naming it;
		// unless the name holds the measure asked ("海南人均预期寿命提升
		// 行动计划里，2025年要达到多少岁": 人均预期寿命).
		rest := understand.Topic(withoutDocumentName(question, title))
		if len(understand.Indicators(rest)) == 0 && len(understand.Indicators(topic)) > 0 {
			rest = topic
		}
		topic = rest
	}
	inst := askedInstitution(topic) // the one institution asked of, "" for none
	ids := understand.Indicators(topic)
	if !named {
		ids = understand.QuestionIndicators(question)
	}
	if !catalogue {
		if len(ids) == 0 {
			return Answer{}, nil
		}
		ids = nil
	}
	if understand.AsksTotal(question) {
		// "那12类项目的钱，全年一共执行到位多少": a total, which no amount
		// per head (人均…补助标准) is.
		ids = slices.DeleteFunc(ids, perHeadIndicator)
	}
	unit := understand.AskedUnit(question)
	relativeChange := understand.AsksChange(question) && isRateUnit(unit) && !understand.AsksRate(topic)
	if relativeChange {
		// "医生人数比前一年多了百分之几": a count's change in percent
		// ("较2022年增长了7.28%"); the count's indicator still holds.
		unit = ""
	}
	part := understand.AskedPart(question)
	if partIDs := understand.FitUnit(understand.Indicators(part), unit); part != "" && len(partIDs) > 0 {
		// "医疗卫生机构里，医院有几家": the part's indicator is asked, the
		// whole only says where it belongs.
		ids = partIDs
	}
	ids = understand.FitUnit(ids, unit)
	if inst != "" || pointedInstitution.MatchString(corpus.Normalize(question)) {
		// "宝轮镇卫生院给了多少个编制": one institution is asked about, and
		// no count of institutions (乡镇卫生院数) answers about it.
		ids = slices.DeleteFunc(ids, countsInstitutions)
	}
	if unit == "" && understand.AsksRate(topic) {
		// "…的进账里，自己挣的占了多大比例": a share, which no count of
		// institutions the words name ("社区卫生服务中心" of the unit asked
		// about) gives. A count of people stays: "医生占了多大比例" asks
		// the doctors' share.
		ids = slices.DeleteFunc(ids, countsInstitutions)
	}
	asked := askedOf{unit: unit, counted: understand.CountedNoun(question), verb: understand.CountVerb(question), part: part, total: understand.AsksTotal(question),
		share: containsAny(topic, shareWords) && !understand.AsksChange(question), change: understand.AsksChange(question),
		asOfMonth: understand.AsOfMonthAsked(question)}
	cands, err := b.findFigures(ctx, topic, ids, asked, f, 40)
	if err != nil {
		return Answer{}, err
	}
	if b.log.Enabled(ctx, slog.LevelDebug) {
		for _, c := range cands[:min(len(cands), debugCandidates)] {
			fig := c.hit.Figure
			b.log.Debug("figure candidate", "score", fmt.Sprintf("%.3f", c.score), "label", fig.Label, "value", fig.Raw+fig.Unit, "qualifier", fig.Qualifier, "year", fig.Year, "place", c.hit.Place)
		}
	}
	if inst != "" {
		cands = keepCandidates(cands, func(h corpus.FigureHit) bool { return !otherInstitution(inst, h) })
	}
	cands = insideListScope(cands, understand.ListScope(question))
	if understand.AsksTotal(question) {
		// "疾控中心一共有多少号人": the total column (人员总数), not a
		// part's (管理人员) that shares as many words.
		for i := range cands {
			if containsAny(cands[i].hit.Figure.Label, totalLabelWords) {
				cands[i].score += totalAskedWeight
			}
		}
		wholesOverParts(cands, allBigrams(topic))
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	}
	cands = wholeOverUnaskedPart(totalOverUnaskedColumn(cands, topic), topic)
	cands = fewestUnaskedFirst(cands, topic)
	if !understand.AsksChange(question) {
		// "一共有多少家医疗机构" asks the level ("787间"), not the change
		// of the same measure beside it ("增加66间"), nor the new ones
		// unless it asks of them ("新增三级医院3家").
		levelSentences := map[string]bool{}
		for _, c := range cands {
			if !isChange(c.hit.Figure) {
				levelSentences[c.hit.Figure.Sentence] = true
			}
		}
		for i := range cands {
			switch f := cands[i].hit.Figure; {
			case isChange(f) && levelSentences[f.Sentence]:
				// "行政强制 | 12 | 0 | 21": the row gives the counts; its
				// change column answers no question about them.
				cands[i].score -= changeBesideLevel
			case isChange(f) && comparedQualifier.MatchString(f.Qualifier):
				cands[i].score -= changeBelowLevel + comparedBelowLevel
			case isChange(f):
				cands[i].score -= changeBelowLevel
			case isNewCount(f) && !strings.Contains(question, "新"):
				cands[i].score -= newBelowStock
			}
		}
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	}
	if inst != "" && len(cands) > 0 && countsPlacesOfCare(cands[0].hit.Figure) {
		// "浙大二院今年国自然一共中了多少个项目" of a page on many
		// hospitals: the figure whose sentence names the institution
		// asked, not the count of the hospitals listed (120余家).
		cands = keepFirst(cands, func(f corpus.Figure) bool { return strings.Contains(corpus.Simplify(f.Sentence), inst) })
	}
	kept, otherHolidays := ofHolidayAsked(cands, question)
	kept, otherQuarters := ofQuarterAsked(kept, question)
	kept, otherMonths := ofMonthAsked(kept, question, b.opts.Now())
	kept, otherWeeks := ofWeekAsked(kept, question)
	kept, otherDays := ofDayAsked(kept, question)
	kept, halves := ofWholeYearAsked(kept, question)
	kept = ofHalfAsked(kept, f.Period)
	if (otherHolidays || otherQuarters || otherMonths || otherWeeks || otherDays || halves) && len(kept) == 0 {
		// Only other holidays', quarters', months', weeks' or half
		// years' figures: the one asked is not given.
		whole := ""
		if halves {
			whole = "全年"
		}
		text := fmt.Sprintf("资料中没有找到%s%s%s%s%s%s%s%s的“%s”数字。", f.Place, yearsText(f.Years), whole, holidayText(question), quarterText(question), monthText(question, b.opts.Now()), weekText(question), dayText(question), indicatorName(ids, topic))
		if halves {
			text += "资料中只有半年的数字。"
		}
		return Answer{Intent: IntentFigure, Mode: ModeExtractive, Text: text + "\n可以换个说法再问，或确认相关报告已放入资料库。", Sources: []Source{}, Figures: []FigureRow{}}, nil
	}
	cands = kept
	cands = byLabelYear(withoutStated(cands, question), question)
	if asksAverage(question) {
		// "平均一年的发病率": the average (年均发病率282.36/10万), not the
		// range of the years' rates beside it.
		averages := func(h corpus.FigureHit) bool { return strings.Contains(h.Figure.Label+h.Figure.Qualifier, "均") }
		if here := keepCandidates(cands, func(h corpus.FigureHit) bool { return averages(h) && (f.Place == "" || h.PlaceMatch) }); len(here) > 0 {
			cands = keepCandidates(cands, averages) // every place's averages: the place rules below pick the one asked
		}
	}
	if named {
		// The question names its document: no other answers.
		// Another text quoting it ("《“十三五”卫生与健康规划》提出,…婴儿死亡率
		// 应小于7.5‰") says what it says.
		if cands = keepCandidates(cands, func(h corpus.FigureHit) bool { return h.File == file || quotesDocument(h.Figure.Sentence, title) }); len(cands) == 0 {
			text := fmt.Sprintf("资料中没有找到《%s》中的“%s”数字。", title, indicatorName(ids, topic))
			return Answer{Intent: IntentFigure, Mode: ModeExtractive, Text: text + "\n可以换个说法再问，或确认相关报告已放入资料库。", Sources: []Source{}, Figures: []FigureRow{}}, nil
		}
	}
	if len(cands) == 0 && len(ids) == 1 {
		// A total no report gives may be given by its parts.
		if ans, ok, err := b.partsAnswer(ctx, question, ids[0], f); err != nil || ok {
			return ans, err
		}
	}
	partAsked := "" // the part asked, when its whole answers instead
	if len(cands) == 0 && len(ids) == 1 {
		// A part no report gives (医院床位数) where the reports give its
		// whole (医疗机构床位5300张): the whole, said to be no answer.
		if ind, ok := indicators.ByID(ids[0]); ok && ind.Whole != "" {
			whole, err := b.findFigures(ctx, topic, []string{ind.Whole}, asked, f, 40)
			if err != nil {
				return Answer{}, err
			}
			wholeLabels := map[string]bool{}
			for _, c := range whole {
				if labelIndicator(indicatorText(c.hit.Figure), measuredUnit(c.hit.Figure)) == ind.Whole {
					wholeLabels[c.hit.Figure.Label] = true
				}
			}
			// The whole's figures, its change in percent too ("增加40%").
			if whole = keepCandidates(whole, func(h corpus.FigureHit) bool { return wholeLabels[h.Figure.Label] }); len(whole) > 0 {
				partAsked, cands, ids = ind.Name, whole, []string{ind.Whole}
			}
		}
	}
	if len(cands) == 0 {
		// No figure matches: answer from the passages instead, unless
		// the question names a catalogue indicator no passage mentions
		// (passages near the topic are no answer to "签约率是多少").
		ans, err := b.answer(ctx, question, f, nil)
		measure := understand.Measure(topic)
		if err != nil || len(ids) == 0 || len(ans.Sources) == 0 || anyMentions(ans.Sources, ids, measure) {
			quantity := understand.AskedUnit(question)
			if quantity == "" && understand.AsksRate(topic) {
				quantity = "%" // "签约率是多少": a percentage, which "5.推广家庭医生签约服务" is not
			}
			if err == nil && ans.Mode == ModeExtractive && len(ans.Sources) > 0 && (!quotesNumber(ans.Text) || !quotesQuantityAsked(ans.Text, quantity) || !quotesAgeAsked(ans.Text, question) || !quotesDiseaseAsked(ans.Text, question) || perPopulation(topic) && !perHeadLabel(ans.Text)) {
				// Passages on the topic hold no number: say so first, and
				// quote none of the numbers further down, which are other
				// measures' (the figure search matched none of them).
				notFound := fmt.Sprintf("资料中没有找到%s%s“%s”的具体数字", f.Place, yearsText(f.Years), shortTopic(topic))
				if rest, ok := withoutNumberQuotes(ans.Text); ok {
					ans.Text = notFound + "，以下是相关原文，供参考。\n" + rest
				} else {
					ans = Answer{Intent: IntentFigure, Mode: ModeExtractive, Text: notFound + "。\n可以换个说法再问，或确认相关报告已放入资料库。", Sources: []Source{}, Figures: []FigureRow{}}
				}
			}
			return ans, err
		}
		// The passages found do not name the indicator: it is not found.
		// When the question names its measure ("签约率") they are no
		// answer at all; without one ("执业医师有多少人") the catalogue
		// reading is less sure, so they are shown, labelled as related
		// text only.
		text := fmt.Sprintf("资料中没有找到%s%s的“%s”数字。", f.Place, yearsText(f.Years), indicatorName(ids, topic))
		if measure == "" && ans.Mode == ModeExtractive && holdsTopicHead(ans.Sources, topic) {
			ans.Text = text + "以下原文与问题相关，但没有写明这一指标，不是它的答案，仅供参考：\n" + strings.TrimPrefix(ans.Text, extractHeader)
			ans.Warnings = append(ans.Warnings, "资料中没有这一指标的数字，所列原文不是它的答案。")
			return ans, nil
		}
		return Answer{Intent: IntentFigure, Mode: ModeExtractive, Text: text + "\n可以换个说法再问，或确认相关报告已放入资料库。", Sources: []Source{}, Figures: []FigureRow{}}, nil
	}
	var unplaced bool
	if f.Place != "" {
		placeNotFound := func() Answer {
			text := fmt.Sprintf("资料中没有找到%s的“%s”数字。", f.Place, indicatorName(ids, topic))
			if ps := placesOf(cands); ps != "" {
				text += "资料中有这些地方的相关数字：" + ps + "。可以指明地方再问。"
			}
			return Answer{Intent: IntentFigure, Mode: ModeExtractive, Text: text, Sources: []Source{}, Figures: []FigureRow{}}
		}
		here := keepCandidates(cands, func(h corpus.FigureHit) bool { return h.PlaceMatch })
		// The place's own figures before those of the places within it
		// (台州市's, not 天台县's, for a question about 台州).
		whole := understand.WholeOfPlaceAsked(question, f.Place)
		if own := keepCandidates(here, func(h corpus.FigureHit) bool {
			return h.Place == f.Place || whole != "" && speaksOfWhole(h.Figure, whole)
		}); len(own) > 0 || whole != "" {
			here = own
		}
		asksChange := understand.AsksChange(question)
		answers := func(h corpus.FigureHit) bool {
			return (len(f.Years) == 0 || h.YearMatch) && (asksChange || !isChange(h.Figure))
		}
		if !slices.ContainsFunc(here, func(c figureCandidate) bool { return answers(c.hit) }) {
			// A document that names no place at all ("全市…") is a
			// candidate when it matches all the question can check: the
			// year asked (its other years are not the place's, and
			// without a year any such document would do), also when the
			// place's own documents hold other years only. The answer
			// says first that nothing names the place.
			if loose := keepCandidates(cands, func(h corpus.FigureHit) bool {
				return h.Place == "" && h.Org == "" && len(f.Years) > 0 && answers(h)
			}); len(loose) > 0 || len(here) == 0 {
				here, unplaced = loose, len(loose) > 0
			}
		}
		if len(here) == 0 && len(ids) == 1 {
			// Another place's total, but the place's own part of it
			// (深圳 gives 医院床位 only): the part, said to be one.
			if ans, ok, err := b.partsAnswer(ctx, question, ids[0], f); err != nil || ok {
				return ans, err
			}
		}
		if len(here) == 0 {
			ans := placeNotFound()
			// The place's own passages on the topic may say it in words
			// ("我局未收到有关依申请公开内容"): shown after the not-found
			// line, none of their numbers quoted (they are not the figure's).
			if related, err := b.answer(ctx, question, f, nil); err != nil {
				return Answer{}, err
			} else if related.Mode == ModeExtractive && len(related.Sources) > 0 && related.Intent == IntentQuestion {
				if rest, ok := withoutNumberQuotes(related.Text); ok {
					if firstQuoteStatesNone(question, rest) {
						// "2022年,县卫生健康局未收到依法申请公开信息的申请": none
						// is the count asked.
						ans.Text = "根据资料，" + f.Place + "原文写明没有（数量为零）：\n" + strings.TrimPrefix(rest, extractHeader)
					} else {
						ans.Text += "\n以下是" + f.Place + "的相关原文，供参考：\n" + strings.TrimPrefix(rest, extractHeader)
					}
					ans.Sources = related.Sources
				}
			}
			return ans, nil
		}
		cands = here
	}
	rowPeers := cands // before the year and kind asked narrow them: a row's other columns
	var undated bool
	if len(f.Years) > 0 {
		then := keepCandidates(cands, func(h corpus.FigureHit) bool { return h.YearMatch })
		if len(then) == 0 && cands[0].hit.Figure.Year == 0 {
			// The best figure's document writes no year at all: a
			// candidate, said to be undated, not "only other years".
			then, undated = keepCandidates(cands, func(h corpus.FigureHit) bool { return h.Figure.Year == 0 }), true
		}
		if len(then) == 0 {
			return Answer{Intent: IntentFigure, Mode: ModeExtractive,
				Text: fmt.Sprintf("资料中没有找到%s%s的“%s”数字。%s其他年份有：%s。可以问我“%s”。",
					f.Place, yearsText(f.Years), indicatorName(ids, topic), f.Place, yearsOf(cands), yearsOfQuestion(cands, f.Place+indicatorName(ids, topic))),
				Sources: []Source{}, Figures: []FigureRow{}}, nil
		}
		cands = then
	}
	// Of the place and year asked, the two things asked together.
	cands = bothNamedFirst(cands, topic)
	if len(f.Years) == 0 && understand.WantsLatest(question) {
		cands = latestActuals(cands)
	}
	cands = periodFirst(cands, understand.NamesPeriod(question) || understand.AsksYearsTotal(question))
	switch {
	case understand.AsksStart(question):
		// "以前是多少": the start of the change asked ("由6.4张增至7.6张"),
		// else the best measure's earliest year ("十三五刚开始那会儿").
		if starts := keepCandidates(cands, func(h corpus.FigureHit) bool { return h.Figure.Base }); len(starts) > 0 {
			cands = starts
		} else {
			cands = earliestOfBest(cands)
		}
	case !understand.AsksChange(question):
		// The start of a change ("由77.0岁提高到…") is context, not an
		// answer, unless nothing else is.
		if rest := keepCandidates(cands, func(h corpus.FigureHit) bool { return !h.Figure.Base }); len(rest) > 0 {
			cands = rest
		}
		// "拨了多少补助": the amount (补助资金1700万元), not its change
		// (比上年增长5.5%), though the change's label may rank higher.
		cands = bestMeasureFirst(cands, func(f corpus.Figure) bool { return !isChange(f) })
	default:
		cands = amountsFirst(cands, understand.AsksRate(topic) || isRateUnit(understand.AskedUnit(question)))
		if by := understand.AskedBaseYear(question); by > 0 {
			// "2023年跟2020年比": the change measured from the year asked
			// ("比2020年增长23.4%"), not the one over the year before.
			from := strconv.Itoa(by)
			cands = keepFirst(cands, func(f corpus.Figure) bool { return isChange(f) && strings.Contains(f.Qualifier, from) })
		} else if understand.ComparesWithYearBefore(question) {
			// "比上一年涨了多少": the change over the year before ("比上年度
			// 提高3.03个百分点"), not the gap to another area beside it
			// ("比全国平均水平高出7.19个百分点").
			// The change over the month before ("较上月同期上升14.15%")
			// and the gap to the country answer other questions and are
			// left out.
			cands = changesAgainst(cands, againstYearBefore, againstOtherThanYearBefore)
		} else if area := understand.ComparedArea(question); area != "" {
			// "福建比全国高出多少": the gap to the area asked ("比全国健康
			// 素养水平高出2.81个百分点"), not the change over a year.
			cands = keepFirst(cands, func(f corpus.Figure) bool {
				return isAmountOfChange(f) && strings.Contains(corpus.Normalize(f.Qualifier), area)
			})
		} else if understand.ComparesWithMonthBefore(question) {
			// "5月比4月份涨了多少": the change over the month before ("较
			// 上月同期上升"), not over the same month a year before, which
			// answers another question and is left out.
			cands = changesAgainst(cands, againstMonthBefore, againstYearBefore)
		}
		if relativeChange {
			// The count's own measure may rank below a part of it (执业医师
			// under 注册医师): the changes in percent come first.
			cands = keepFirst(cands, func(f corpus.Figure) bool { return !f.Missing && isChange(f) && isRateUnit(f.Unit) })
		}
	}
	cands = preciseOverRounded(cands)
	onlyPlans := false // a result was asked and only plans or targets were found
	if f.Kind == "" && len(f.Years) == 0 && understand.WantsLatest(question) &&
		!slices.ContainsFunc(cands, func(c figureCandidate) bool { return !planned(c.hit.Figure) }) {
		// "现在是多少" asks where things stand: a target is no answer to
		// it, though it is shown as one.
		onlyPlans = true
	}
	if f.Kind != "" {
		// A question that says whether it asks a plan or a result is
		// answered by figures of that kind only, when there are any.
		asked := f.Kind == corpus.KindPlan
		if same := keepCandidates(cands, func(h corpus.FigureHit) bool { return planned(h.Figure) == asked }); len(same) > 0 {
			cands = same
		} else if !asked {
			onlyPlans = true
		}
	}
	cands = ofGroupAsked(cands, askedGroup(understand.Substitute(topic)))
	cands = sameMeasure(cands, bigrams(topic))
	missingKind := ""
	mod := ""
	if len(ids) > 0 {
		// Of an indicator the question asks in the unit asked: "注册这块办了
		// 多少件" names 护士 but asks no count of nurses.
		mod = askedModifier(topic)
	}
	if mod != "" && namesKind(cands[0].hit.Figure.Label, mod) {
		// "农村孕产妇死亡率": the kind asked, not the whole beside it.
		cands = keepCandidates(cands, func(h corpus.FigureHit) bool { return namesKind(h.Figure.Label, mod) })
	} else if mod != "" && !namesKind(cands[0].hit.Figure.Sentence, mod) && !namesKind(cands[0].hit.Title, mod) && !totalColumn(cands[0].hit.Figure.Label) {
		// "乙脑疫苗接种率" where the documents give only all vaccines':
		// not the figure asked, and said so first.
		missingKind = mod
	}
	if !containsAny(corpus.Normalize(question), extremeWords) {
		// "平均每天出车多少次": the average, not the busiest day's beside it.
		if usual := keepCandidates(cands, func(h corpus.FigureHit) bool { return !extreme(h.Figure) }); len(usual) > 0 {
			cands = usual
		}
	}
	cands = suspectLast(cands)
	cands = askedSubjectKept(cands, bigrams(topic))
	cands = askedColumnKept(question, cands)
	cands = relatedKept(cands, bigrams(topic))
	if understand.AsksBothEnds(question) && !cands[0].hit.Figure.Target {
		cands = withoutLaterTargets(cands)
	}
	if ends := corpus.ExplicitYears(question); understand.AsksBothEnds(question) && len(ends) == 2 {
		// "从2010年到2016年是从多少降到多少": the two ends asked, not the
		// years between that a series goes through (39.45/10万 of 2011).
		if atEnds := keepCandidates(cands, func(h corpus.FigureHit) bool { return slices.Contains(ends, h.Figure.Year) }); len(atEnds) > 0 {
			cands = atEnds
		}
	}
	if len(cands) > 5 {
		cands = cands[:5]
	}
	baseLevel, baseIsNew, hasBase := b.levelOfBaseYear(ctx, question, topic, ids, asked, f, cands[0].hit.Figure, cands)
	if hasBase && baseIsNew {
		cands = append(cands[:min(len(cands), 4)], baseLevel)
	}
	ans := Answer{Intent: IntentFigure, Mode: ModeExtractive}
	var lines []string
	for i, c := range cands {
		src := figureSource(c.hit, i+1)
		ans.Sources = append(ans.Sources, src)
		ans.Figures = append(ans.Figures, figureRow(c.hit.Figure, src.N))
		lines = append(lines, fmt.Sprintf("%d. %s [%d]", i+1, describeHit(c.hit), src.N))
	}
	best := cands[0].hit.Figure
	head := "根据资料，" + describeHit(cands[0].hit) + " [1]。"
	if best.Suspect {
		head = "资料中只有含可疑指令的资料写有这一数字，不能作为事实：" + describeHit(cands[0].hit) + " [1]。"
	}
	var from, to corpus.Figure
	rowBoth := false
	if understand.AsksBothEnds(question) && !best.Base && !best.Missing {
		from, to, rowBoth = rowEnds(rowPeers, cands[0].hit)
	}
	if rowBoth {
		// "十四五要从多少提到多少" of a table's row: the row's columns of
		// other years (2020年, 2025年目标) are the change's ends.
		head = "根据资料，" + placePrefix(cands[0].hit) + describeFigure(from) + "；" + describeFigure(to) + " [1]。"
	}
	if best.Missing {
		head = fmt.Sprintf("资料中%s%s的“%s”%s，原文此处未给出具体数字（原文留空）[1]。", placePrefix(cands[0].hit), yearText(best.Year), best.Label, unitPhrase(best.Unit))
		ans.Warnings = append(ans.Warnings, "原文此处未给出具体数字，不作推测。")
	}
	if w := conflictWarning(cands); w != "" {
		ans.Warnings = append(ans.Warnings, w)
	}
	ans.Warnings = append(ans.Warnings, suspectFigureWarnings(cands)...)
	if onlyPlans {
		head = fmt.Sprintf("资料中没有找到%s%s“%s”的实际完成数字，只有计划目标：\n", f.Place, yearsText(f.Years), indicatorName(ids, topic)) + head
	}
	if missingKind != "" {
		head = fmt.Sprintf("资料中没有找到%s%s“%s”的%s数字；以下数字没有分出%s，不是所问的数字，仅供参考：\n", f.Place, yearsText(f.Years), missingKind, indicatorName(ids, topic), missingKind) + head
	}
	if partAsked != "" {
		head = fmt.Sprintf("资料中没有找到%s%s的“%s”数字；以下是范围更大的“%s”，不是所问的数字，仅供参考：\n", f.Place, yearsText(f.Years), partAsked, indicatorName(ids, topic)) + head
	}
	if undated {
		head = fmt.Sprintf("资料中没有找到写明是%s%s的“%s”数字；以下数字所在的资料没有写明年份，请核对：\n", f.Place, yearsText(f.Years), indicatorName(ids, topic)) + head
	}
	if unplaced {
		head = fmt.Sprintf("资料中没有找到写明是%s%s的“%s”数字；以下数字来自没有写明地方的资料，请核对是否为%s的：\n", f.Place, yearsText(f.Years), indicatorName(ids, topic), f.Place) + head
	}
	quoted := best.Sentence
	switch {
	case rowBoth: // the whole row: both columns
	case !understand.AsksOneNumber(question):
	case understand.AsksBothEnds(question) && !best.Base:
		quoted = changeClause(best) // "从多少降到了多少": both ends
	case understand.AsksChange(question) && !best.Base && !isChange(best):
		// "比前年多了多少人" answered by a level: the level it rose from
		// ("从2017年的76554人,增加到96850人") is the rest of the answer.
		quoted = changeClause(best)
	case understand.AsksChange(question) && isChange(best):
		quoted = changeClause(best) // "降幅达3.94%" with the levels before it, when given
	default:
		quoted = figureClause(best)
	}
	quoted = withRateAfter(question, quoted, best)
	quoted = withRelativeChangeAfter(question, quoted, best)
	text := head + "\n原文：“" + quoted + "”"
	if f.Place == "" {
		if ps := placesOf(cands); strings.Contains(ps, "、") {
			ans.Warnings = append(ans.Warnings, "问题没有指明地方，资料中有多个地方的数字（"+ps+"），请核对或指明地方再问。")
		}
	}
	if len(cands) > 1 {
		text += "\n\n相关数字：\n" + strings.Join(lines, "\n")
	}
	if cmp := yearComparison(question, f.Years, cands); cmp != "" {
		text += "\n\n" + cmp
	} else if hasBase {
		text += "\n\n" + changeFromBase(best, baseLevel.hit.Figure, sourceNumberOf(cands, baseLevel))
	}
	ans.Text = text
	return ans, nil
}

// maxProgrammeRunes bounds the opening clause that names a programme.
const maxProgrammeRunes = 20

// programmeClause is the opening clause of a sentence when it names the
// programme its figures belong to: short, with no number of its own, and
// followed by the clauses that give them ("深化医药集中带量采购改革，…");
// "" otherwise.
func programmeClause(sentence string) string {
	lead, rest, ok := strings.Cut(sentence, "，")
	if !ok || rest == "" || utf8.RuneCountInString(lead) > maxProgrammeRunes || strings.ContainsFunc(lead, unicode.IsDigit) ||
		!hasAnyPrefix(lead, programmeVerbs...) {
		return ""
	}
	return lead
}

// programmeVerbs open a clause naming a programme carried out ("深化…改革",
// "实施…工程"), unlike a target about another indicator ("力争人均预期寿命
// 接近全国平均水平，…").
var programmeVerbs = []string{"深化", "实施", "推进", "开展", "推动", "加快", "完善", "健全", "落实", "启动", "组织", "扎实推进", "全面推进", "持续推进", "大力推进"}

// holdsTopicHead reports whether some source holds the head of the
// topic, its last two characters ("医院" of "建 个社区医院"): passages
// without it are not even related text.
func holdsTopicHead(sources []Source, topic string) bool {
	head := ""
	for _, w := range strings.Fields(topic) {
		if h := understand.Head(w); h != "" {
			head = h // of the last word of two characters or more
		}
	}
	if head == "" {
		return true
	}
	for _, s := range sources {
		if strings.Contains(corpus.Normalize(s.Text), head) {
			return true
		}
	}
	return false
}

// indicatorName names what a figure question asks for: the catalogue's
// official name when the topic refers to one indicator, else the topic.
func indicatorName(ids []string, topic string) string {
	if len(ids) == 1 {
		if ind, ok := indicators.ByID(ids[0]); ok {
			return ind.Name
		}
	}
	return shortTopic(topic)
}

// sameMeasure keeps the best candidate and those that measure what it
// measures (a similar label): other figures of the same passage or topic
// are not listed beside the answer as if they answered it.
//
// When the question names the best label whole (q, the topic's bigrams;
// nil when unknown), the same report's figure whose label only adds a
// bracket to it is another measure ("社区卫生服务中心(站)" beside
// "社区卫生服务中心").
func sameMeasure(cands []figureCandidate, q map[string]bool) []figureCandidate {
	best := cands[0].hit.Figure
	lead := bigrams(perPeriod.Replace(indicatorText(best)))
	leadIDs := understand.Indicators(indicatorText(best))
	named := q != nil && labelPrecision(q, best.Label) == 1
	out := cands[:1:1]
	for _, c := range cands[1:] {
		if figures.IsPart(c.hit.Figure.Label) != figures.IsPart(best.Label) || c.namedPart && !cands[0].namedPart {
			continue // "卫生技术人员数：其中注册护士" is a part of 卫生技术人员数
		}
		if cands[0].namesAskedPart && !c.namesAskedPart {
			continue // the whole ("医疗卫生机构数") of the part asked ("医院…")
		}
		if otherRow(best.Label, c.hit.Figure.Label) {
			continue // "综合医院 实有床位数" beside "中医院 实有床位数": another row of the table
		}
		if isChange(c.hit.Figure) != isChange(best) {
			continue // the change ("增加66间") of a level asked ("787间") answers another question, and the level a change
		}
		if narrowerMeasure(best.Label, c.hit.Figure.Label, q) {
			continue // "微信公众号发布信息" beside "发布信息": a part the question did not name
		}
		if l := c.hit.Figure.Label; named && c.hit.Figure.Report == best.Report && l != best.Label &&
			bracketWords.ReplaceAllString(l, "") == bracketWords.ReplaceAllString(best.Label, "") {
			continue
		}
		if f := c.hit.Figure; f.Label != best.Label && f.Sentence != "" && f.Sentence == best.Sentence && c.hit.Ref == cands[0].hit.Ref {
			continue // one sentence's figures of two labels are two measures ("128家达到国家基本标准，其中110家达到推荐标准")
		}
		if f := c.hit.Figure; f.Label == best.Label && f.Sentence == best.Sentence && c.hit.Ref == cands[0].hit.Ref && f.Raw != best.Raw &&
			!f.Base && !best.Base && f.Year == best.Year && f.Kind == best.Kind && f.Unit == best.Unit && f.Qualifier == best.Qualifier {
			// "住院…实际报销比例55.67%，门诊…实际报销比例69.21%": one
			// sentence's two values of a label are of two scopes, not
			// two sources' values of one.
			continue
		}
		if a, b := countedUnit(best), countedUnit(c.hit.Figure); isCount(a) && isCount(b) && !unitAnswers(a, b) {
			continue // "6.95万名老年人" are not "免费体检2万人次": people, not visits
		}
		text := indicatorText(c.hit.Figure)
		ids := understand.Indicators(text)
		same := len(leadIDs) > 0 && slices.Contains(leadIDs, firstOf(ids))
		if len(leadIDs) > 0 && len(ids) > 0 && !same {
			continue // another indicator of the catalogue ("新生儿死亡率" beside "婴儿死亡率")
		}
		apart := !same && modifiedApart(best.Label, c.hit.Figure.Label) || measuredApart(best.Label, c.hit.Figure.Label)
		if (same || labelMatch(lead, perPeriod.Replace(text)) >= 0.5) && !contrasted(best.Label, c.hit.Figure.Label) && !apart {
			out = append(out, c)
		}
	}
	return out
}

// firstOf is the first of ids, "" when there is none.
func firstOf(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return ids[0]
}

// latestActuals keeps, of the candidates measuring what the best one
// measures (a similar label), the actuals (not targets, not the start of a
// change) of the most recent year they have; all candidates when none is
// an actual of a known year.
func latestActuals(cands []figureCandidate) []figureCandidate {
	best := bigrams(cands[0].hit.Figure.Label)
	actual := func(h corpus.FigureHit) bool {
		fig := h.Figure
		return fig.Kind != corpus.KindPlan && !fig.Target && !fig.Base && fig.Year > 0 && labelMatch(best, fig.Label) >= 0.5
	}
	latest := 0
	for _, c := range cands {
		if actual(c.hit) {
			latest = max(latest, c.hit.Figure.Year)
		}
	}
	if latest == 0 {
		return cands
	}
	return keepCandidates(cands, func(h corpus.FigureHit) bool { return actual(h) && h.Figure.Year == latest })
}

// periodFirst puts first, for a question that names a period of several
// years ("十四五期间", "这五年"), the best match's figures that total over
// one; for any other question it keeps the figures of one year when there
// are any of the best match's measure: "过去五年累计新增5万张" is not last
// year's 新增. A change since a
// year ("较2015年下降11.38%") is of its own year, the one it ended in.
func periodFirst(cands []figureCandidate, period bool) []figureCandidate {
	if !period {
		oneYear := func(h corpus.FigureHit) bool { return h.Figure.Since == 0 || isChange(h.Figure) }
		if len(cands) > 0 && !oneYear(cands[0].hit) {
			// The best match totals over a period ("建成中医馆12个、中医阁
			// 132个" over 2021—2025): a year's figure of its measure comes
			// first, and one of another measure only when it matches nearly
			// as well; else the period's total answers.
			best := bigrams(cands[0].hit.Figure.Label)
			top := cands[0].score
			if one := keepCandidates(cands, func(h corpus.FigureHit) bool { return oneYear(h) && labelMatch(best, h.Figure.Label) >= 0.5 }); len(one) > 0 {
				return one
			}
			if one := keepCandidates(cands, oneYear); len(one) > 0 && one[0].score >= nearlyAsWell*top {
				return one
			}
			return cands
		}
		if one := keepCandidates(cands, oneYear); len(one) > 0 {
			return one
		}
		return cands
	}
	// A period asked: its total first among the figures of the best
	// match's measure; a figure of another measure never jumps ahead for
	// being a period's ("县域医共体192个" before "…项目落地5个").
	return bestMeasureFirst(cands, func(f corpus.Figure) bool { return f.Since > 0 })
}

// nearlyAsWell is the share of the best period total's score a year's
// figure of another measure must reach to answer before it.
const nearlyAsWell = 0.75

// cmpBool orders false before true.
func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

// conflictWarning says when sources disagree on the best figure: another
// candidate of the same indicator, year, unit and place with another value.
func conflictWarning(cands []figureCandidate) string {
	best := cands[0].hit
	var others []string
	for i, c := range cands[1:] {
		if !disagree(best, c.hit) {
			continue
		}
		f := c.hit.Figure
		others = append(others, fmt.Sprintf("%s%s [%d]", f.Raw, f.Unit, i+2))
	}
	if len(others) == 0 {
		return ""
	}
	return fmt.Sprintf("资料之间数字不一致：%s%s [1]，另有 %s，请核对原文。", best.Figure.Raw, best.Figure.Unit, strings.Join(others, "、"))
}

// disagree reports whether two figures give the same indicator of the
// same year, place, unit and kind different values: a plan and its
// result, or a level and its change, never disagree.
func disagree(a, b corpus.FigureHit) bool {
	f, g := a.Figure, b.Figure
	if f.Report == g.Report && corpus.Normalize(f.Label) != corpus.Normalize(g.Label) {
		// One report's table and text name two measures apart
		// ("社区卫生服务中心(站)" and "社区卫生服务中心"), not one twice.
		return false
	}
	if isChange(f) && isChange(g) && comparedYearOf(f) != comparedYearOf(g) {
		return false // "比2015年上升0.08岁" and "比2009年提升1.56岁": two changes
	}
	return !f.Missing && !g.Missing && f.Year == g.Year && f.Unit == g.Unit && planned(f) == planned(g) &&
		isChange(f) == isChange(g) && extreme(f) == extreme(g) && a.Place == b.Place && f.Raw != g.Raw && indicators.Same(f.Label, g.Label)
}

// extremeWords qualify a figure as the highest or lowest of several (a
// day's, a month's): "平均每天急救出车最高123次" beside the average 106次.
var extremeWords = []string{"最高", "最低", "最多", "最少", "峰值", "最大", "最小"}

// extreme reports whether a figure is the highest or lowest of several.
func extreme(f corpus.Figure) bool { return containsAny(f.Qualifier, extremeWords) }

// planned reports whether a figure is a plan or target rather than a result:
// a plan and its outcome differing is no conflict.
func planned(f corpus.Figure) bool { return f.Kind == corpus.KindPlan || f.Target }

// keepCandidates keeps the candidates whose hit passes keep.
func keepCandidates(cands []figureCandidate, keep func(corpus.FigureHit) bool) []figureCandidate {
	var out []figureCandidate
	for _, c := range cands {
		if keep(c.hit) {
			out = append(out, c)
		}
	}
	return out
}

// placesOf lists the places of the candidates' reports, in order, each once.
func placesOf(cands []figureCandidate) string {
	var out []string
	for _, c := range cands {
		if p := c.hit.Place; p != "" && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return strings.Join(out, "、")
}

// placePrefix names the place a figure belongs to, when known and its
// label does not open with it already (a table row's "岳西县 目标人群数").
func placePrefix(h corpus.FigureHit) string {
	if h.Place != "" && strings.HasPrefix(h.Figure.Label, h.Place) {
		return ""
	}
	return h.Place
}

// describeHit says a found figure in one phrase with its place: a part
// named by that place is said as its whole ("苏仙区确诊病例为8例", not
// "苏仙区确诊病例：其中苏仙区为8例").
func describeHit(h corpus.FigureHit) string {
	f := h.Figure
	if whole, part, ok := figures.SplitPart(f.Label); ok && h.Place != "" && (part == h.Place || places.Canonical(part) == h.Place) {
		f.Label = whole
	}
	return placePrefix(h) + describeFigure(f)
}

// describeFigure says a figure in one phrase: "2023年家庭医生总签约率为50.2%（总结）".
func describeFigure(f corpus.Figure) string {
	kind := "实际完成"
	switch {
	case f.Base:
		kind = "变化前的起始值"
	case f.Kind == corpus.KindPlan || f.Target:
		kind = "计划目标"
	}
	if f.Missing {
		return fmt.Sprintf("%s%s：原文此处未给出具体数字（%s）", yearText(f.Year), f.Label, kind)
	}
	verb := "为"
	if before := qualifierBefore(f.Qualifier); before != "" {
		verb = before
	}
	after := qualifierAfter(f.Qualifier)
	infix := ""
	for _, w := range []string{"余", "多"} {
		if strings.Contains(after, w) {
			// "80余万名", "200多张": written between the number and its unit.
			infix += w
			after = strings.Replace(after, w, "", 1)
		}
	}
	return fmt.Sprintf("%s%s%s%s%s（%s）", figureYearText(f), f.Label, verb, valueWithInfix(f, infix), after, kind)
}

// valueWithInfix writes a figure's number and unit with the approximation
// word between them where its sentence puts it: "80余万名", but "3.4万余亩"
// when the sentence writes it after the multiplier.
func valueWithInfix(f corpus.Figure, infix string) string {
	mult := f.Unit[:len(f.Unit)-len(strings.TrimLeft(f.Unit, "十百千万亿"))]
	if infix != "" && mult != "" && strings.Contains(f.Sentence, f.Raw+mult+infix) {
		return f.Raw + mult + infix + f.Unit[len(mult):]
	}
	return f.Raw + infix + f.Unit
}

// figureYearText is when a figure is of: its year, or the period of
// several years it totals ("2021—2025年").
func figureYearText(f corpus.Figure) string {
	if f.Since > 0 && f.Since < f.Year {
		return fmt.Sprintf("%d—%d年", f.Since, f.Year)
	}
	return yearText(f.Year)
}

// Qualifiers that are written after the number ("90%以上").
var afterQualifiers = []string{"以上", "以下", "以内", "左右", "余", "多"}

func qualifierBefore(q string) string {
	var out []string
	for _, w := range strings.Fields(q) {
		if !containsAny(w, afterQualifiers) || strings.HasPrefix(w, "较") || strings.HasPrefix(w, "比") {
			out = append(out, w)
		}
	}
	return strings.Join(out, "")
}

func qualifierAfter(q string) string {
	var out []string
	for _, w := range strings.Fields(q) {
		for _, a := range afterQualifiers {
			if w == a {
				out = append(out, w)
			}
		}
	}
	return strings.Join(out, "")
}

func unitPhrase(unit string) string {
	if unit == "" {
		return ""
	}
	return "（单位：" + unit + "）"
}

func yearText(y int) string {
	if y == 0 {
		return "（年份不详）"
	}
	return strconv.Itoa(y) + "年"
}

func yearsText(ys []int) string {
	var parts []string
	for _, y := range ys {
		parts = append(parts, strconv.Itoa(y)+"年")
	}
	return strings.Join(parts, "、")
}

func yearsOf(cands []figureCandidate) string {
	seen := map[int]bool{}
	var ys []int
	for _, c := range cands {
		if y := c.hit.Figure.Year; y != 0 && !seen[y] {
			seen[y] = true
			ys = append(ys, y)
		}
	}
	sort.Ints(ys)
	if len(ys) == 0 {
		return "年份不详的记录"
	}
	return yearsText(ys)
}

func yearsOfQuestion(cands []figureCandidate, topic string) string {
	y := cands[0].hit.Figure.Year
	if y == 0 {
		return topic + "是多少"
	}
	return strconv.Itoa(y) + "年" + topic + "是多少"
}

// figureSource is the numbered source of a figure: its sentence.
func figureSource(h corpus.FigureHit, n int) Source {
	return Source{N: n, Title: h.Title, File: h.File, Ref: h.Ref, Year: h.Figure.Year, Kind: h.Figure.Kind, Section: h.Figure.Section, Text: h.Figure.Sentence, Suspect: h.Figure.Suspect}
}

func figureRow(f corpus.Figure, source int) FigureRow {
	row := FigureRow{Label: f.Label, Raw: f.Raw, Unit: f.Unit, Qualifier: f.Qualifier, Year: f.Year, Since: f.Since, Kind: f.Kind, Source: source}
	if f.Target {
		row.Kind = corpus.KindPlan
	}
	if !f.Missing {
		v := f.Value
		row.Value = &v
	}
	return row
}

// trend lines an indicator up across years: actuals from summaries beside
// targets from plans, each cell cited.
func (b *Bot) trend(ctx context.Context, question string, f corpus.Filters) (Answer, error) {
	topic := understand.TrendTopic(question)
	all := f
	all.Years, all.Kind = nil, ""
	cands, err := b.findFigures(ctx, topic, understand.Indicators(topic), askedOf{}, all, 40)
	if err != nil {
		return Answer{}, err
	}
	if f.Place != "" {
		cands = keepCandidates(cands, func(h corpus.FigureHit) bool { return h.PlaceMatch })
	}
	if len(cands) == 0 {
		return b.answer(ctx, question, f, nil)
	}
	cands = sameMeasure(cands, nil)
	if len(f.Years) > 1 {
		// "2005年到2010年…的变化": those years, when the documents hold them.
		// The start of a change over them is of the year before the first
		// ("十三五这几年…从多少涨到了多少": from 2015's).
		inPeriod := func(h corpus.FigureHit) bool {
			return slices.Contains(f.Years, h.Figure.Year) || h.Figure.Base && h.Figure.Year == slices.Min(f.Years)-1
		}
		if asked := keepCandidates(cands, inPeriod); len(asked) > 0 {
			cands = asked
		}
	}
	// Line up like with like: the best match's unit.
	unit := cands[0].hit.Figure.Unit
	type cell struct {
		actual, target []int // indexes into ans.Figures
	}
	byYear := map[int]*cell{}
	ans := Answer{Intent: IntentTrend, Mode: ModeExtractive}
	var written []string // each row's value as its sentence writes it ("4万多家")
	for _, c := range cands {
		fig := c.hit.Figure
		if fig.Unit != unit || fig.Year == 0 || c.score < cands[0].score*0.6 {
			continue
		}
		if fig.Since > 0 {
			continue // a total over several years is no year's value in a trend
		}
		src := figureSource(c.hit, len(ans.Sources)+1)
		ans.Sources = append(ans.Sources, src)
		row := figureRow(fig, src.N)
		ans.Figures = append(ans.Figures, row)
		written = append(written, writtenValue(fig))
		cl := byYear[fig.Year]
		if cl == nil {
			cl = &cell{}
			byYear[fig.Year] = cl
		}
		if row.Kind == corpus.KindPlan {
			cl.target = append(cl.target, len(ans.Figures)-1)
		} else {
			cl.actual = append(cl.actual, len(ans.Figures)-1)
		}
	}
	if len(byYear) == 0 {
		// Only totals over several years were found ("十四五这几年一共建成
		// 多少个"): the question asks that total, not a series.
		return b.lookupFigure(ctx, question, f)
	}
	var years []int
	for y := range byYear {
		years = append(years, y)
	}
	sort.Ints(years)
	blank := false
	render := func(idx []int) string {
		if len(idx) == 0 {
			return "—"
		}
		var parts []string
		for _, i := range idx {
			r := ans.Figures[i]
			// The qualifiers stay: "提高1岁以上" is a change, not a level;
			// one written inside the value stays there ("4万多家").
			after := qualifierAfter(r.Qualifier)
			for _, w := range []string{"余", "多", "左右"} {
				if strings.Contains(written[i], w) {
					after = strings.Replace(after, w, "", 1)
				}
			}
			v := strings.TrimSpace(qualifierBefore(r.Qualifier) + written[i] + after)
			if r.Value == nil {
				v, blank = "（原文空白）", true
			}
			parts = append(parts, fmt.Sprintf("%s %s [%d]", r.Label, v, r.Source))
		}
		return strings.Join(parts, "；")
	}
	var t strings.Builder
	fmt.Fprintf(&t, "“%s”历年情况（数字均摘自原文，未做推算）：\n\n", shortTopic(topic))
	t.WriteString("| 年份 | 实际完成（总结） | 计划目标（计划） |\n|---|---|---|\n")
	for _, y := range years {
		c := byYear[y]
		fmt.Fprintf(&t, "| %d | %s | %s |\n", y, render(c.actual), render(c.target))
	}
	if len(years) == 1 {
		t.WriteString("\n资料中只找到一个年份的记录。")
	}
	if blank {
		t.WriteString("\n注：标“原文空白”的年份，原文此处未给出具体数字，不作推测。")
		ans.Warnings = append(ans.Warnings, "原文此处未给出具体数字，不作推测。")
	}
	ans.Text = strings.TrimRight(t.String(), "\n")
	return ans, nil
}

// otherRow reports whether two table figures' labels ("行 列") name the
// same column for different rows: two things, not two values of one.
func otherRow(a, b string) bool {
	ia, ib := strings.LastIndex(a, " "), strings.LastIndex(b, " ")
	if ia <= 0 || ib <= 0 {
		return false
	}
	return a[ia:] == b[ib:] && a[:ia] != b[:ib]
}

// relatedMargin is how far below the answer's score another measure's
// figure may rank and still be shown beside it as related.
const relatedMargin = 0.2

// relatedKept drops from the figures shown beside the answer those of
// another measure (another label) that match the question clearly worse:
// "实有病床位13527张" asked, "医疗卫生机构床位2.13万张" is another count.
// Figures of the answer's own label (other years, other sources) stay:
// they are its history and its conflicts; but not one of another part of
// the same report whose text lacks the question's words the answer's has
// ("出动卫生监督员1435人次" under 医疗废物管理, asked about 公共场所).
func relatedKept(cands []figureCandidate, q map[string]bool) []figureCandidate {
	best := cands[0]
	label := corpus.Normalize(best.hit.Figure.Label)
	bestShares := shared(q, figureContext(best.hit))
	asked := map[rune]bool{} // the characters of the question's words
	for g := range q {
		for _, r := range g {
			asked[r] = true
		}
	}
	bestID := labelIndicator(best.hit.Figure.Label, best.hit.Figure.Unit)
	out := cands[:1:1]
	for _, c := range cands[1:] {
		// One label, or one catalogue indicator in two wordings ("千人口
		// 床位数", "每千人床位数").
		sameLabel := corpus.Normalize(c.hit.Figure.Label) == label || bestID != "" && labelIndicator(c.hit.Figure.Label, c.hit.Figure.Unit) == bestID
		otherPart := sameLabel && c.hit.Ref == best.hit.Ref && c.hit.Figure.Section != best.hit.Figure.Section &&
			bestShares-shared(q, figureContext(c.hit)) >= minPartWords
		if addsUnaskedQualifier(asked, best, c) {
			continue // a part of the answer's measure, not asked
		}
		if sameLabel && !otherPart || !sameLabel && c.score >= best.score-relatedMargin && !lacksAskedQualifier(asked, best, c) {
			out = append(out, c)
		}
	}
	return out
}

// withoutLaterTargets drops from the figures shown beside an actual change
// the targets set for years after it: "这十年人均寿命从多少岁涨到多少岁" is
// answered by what happened, and the 2025 goal is no end of it.
func withoutLaterTargets(cands []figureCandidate) []figureCandidate {
	best := cands[0].hit.Figure
	return slices.DeleteFunc(slices.Clone(cands), func(c figureCandidate) bool {
		return c.hit.Figure.Target && c.hit.Figure.Year > best.Year
	})
}

// lacksAskedQualifier reports whether c's label lacks a character of the
// question's words (asked) that the answer's label holds, and holds none the
// answer's lacks: "项目估算总投资" beside "项目概算总投资" asked is another
// measure, not the answer's history; "新增普惠性托位" beside "新增普惠托位"
// is the same, and so are two wordings of one catalogue indicator.
func lacksAskedQualifier(asked map[rune]bool, best, c figureCandidate) bool {
	bl, cl := best.hit.Figure.Label, c.hit.Figure.Label
	if id := labelIndicator(bl, best.hit.Figure.Unit); id != "" && id == labelIndicator(cl, c.hit.Figure.Unit) {
		return false // one indicator in two wordings ("千人口床位数", "每千人床位数")
	}
	lacks := false
	for r := range asked {
		in, other := strings.ContainsRune(bl, r), strings.ContainsRune(cl, r)
		switch {
		case in && !other:
			lacks = true
		case other && !in:
			return false
		}
	}
	return lacks
}

// minPartWords is how many more of the question's words the answer's text
// must hold than another part's for that part's figure to be no conflict.
const minPartWords = 2

// figureContext is the text a figure stands in: its sentence, its lead and
// its section's path.
func figureContext(h corpus.FigureHit) string {
	return h.Figure.Sentence + "\n" + h.Figure.Lead + "\n" + h.Figure.Section
}
