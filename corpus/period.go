package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus/figures"
)

// Reviews of several years total their work: "过去五年，累计新增养老床位5万张",
// "“十四五”时期建成区域医疗中心12个", "2021年以来培训村医3000人". Such a
// figure is the period's, not its last year's: a question about one year
// must not get it as that year's figure.

var (
	// yearsBack is "过去五年", "近三年", "这五年", "五年来", "三年间".
	yearsBack = regexp.MustCompile(`(?:过去|近|这|前)([二两三四五六七八九十2-9])年|(?:^|[^0-9])([二两三四五六七八九十2-9])年(?:来|间|以来)`)
	// planPeriod is a five-year plan named as a period: "“十四五”时期",
	// "十三五期间", "十四五以来".
	planPeriod = regexp.MustCompile(planName + `[”"」』]?(?:时期|期间|以来|规划期)`)
	// sinceYear is "2021年以来", "自2016年起", "从2016年开始", "自2020年抗击
	// 新冠肺炎疫情以来".
	sinceYear = regexp.MustCompile(`(` + yearDigits + `)\s*年以来|(?:自|从)\s*(` + yearDigits + `)\s*年(?:起|开始|[^，,。；;：:\n]{1,16}?以来)`)
	// yearSpan is "2021—2025年", "2021年至2025年".
	yearSpan = regexp.MustCompile(`(` + yearDigits + `)\s*年?\s*(?:—|－|-|~|～|至|到)\s*(` + yearDigits + `)\s*年`)
)

// planName is a five-year plan from the 11th to the 19th, its digit after
// 十 captured: "十四五" ("四"). The patterns naming a plan (fiveYearPlan,
// planPeriod, titledPlan, openingYear) are built on it.
const planName = `十([一二三四五六七八九])五`

// PlanFirstYear is the first year of the five-year plan named by the digit
// after 十 ("四" of 十四五: the 14th plan, 2021—2025; the 11th began in 2006).
func PlanFirstYear(digit string) int {
	return figures.PlanFirstYear(ParseChineseNumber("十" + digit))
}

// periodOf reads the period of several years a Simplified text totals
// over: its first and last year, given the year its figures otherwise
// take, and the byte offset where the words naming it end; since is 0
// when it names none.
func periodOf(text string, year int) (since, end, at int) {
	if m := yearSpan.FindStringSubmatchIndex(text); m != nil {
		a := parseYear(text[m[2]:m[3]])
		b := parseYear(text[m[4]:m[5]])
		if a < b && b-a < 20 {
			return a, b, m[1]
		}
	}
	if m := planPeriod.FindStringSubmatchIndex(text); m != nil {
		first := PlanFirstYear(text[m[2]:m[3]])
		return first, first + 4, m[1]
	}
	if year == 0 {
		return 0, 0, 0
	}
	if m := sinceYear.FindStringSubmatchIndex(text); m != nil {
		g := m[2:4]
		if g[0] < 0 {
			g = m[4:6]
		}
		if a := parseYear(text[g[0]:g[1]]); a > 0 && a < year {
			return a, year, m[1]
		}
	}
	if m := yearsBack.FindStringSubmatchIndex(text); m != nil {
		n := 0
		for _, g := range [][2]int{{m[2], m[3]}, {m[4], m[5]}} {
			if g[0] < 0 {
				continue
			}
			if d := text[g[0]:g[1]]; d[0] >= '2' && d[0] <= '9' {
				n = int(d[0] - '0') // "3年来", "近5年"
			} else {
				n = ParseChineseNumber(strings.ReplaceAll(d, "两", "二"))
			}
		}
		if n > 1 {
			return year - n + 1, year, m[1]
		}
	}
	return 0, 0, 0
}

// levelWords introduce the level a measure stands at, not an amount added
// up over a period ("达到8万个", "提高到79岁").
var levelWords = []string{"达到", "达", "提高到", "提高至", "提升到", "提升至", "增至", "增加到", "升至", "降至", "下降到", "下降至", "降低到", "控制在", "保持在", "稳定在", "共有", "现有", "总数", "突破", "跃升", "迈上", "站上", "跨上"}

// levelUnits measure a level: a rate, an age, a share.
var levelUnits = []string{"%", "‰", "‱", "岁", "个百分点"}

// totalsOverPeriod reports whether a figure is an amount a period adds up
// (新增, 建成, 培训 …), not a level it ends at: only those take the
// period's first year.
func totalsOverPeriod(f Figure, clause string) bool {
	if f.Base || f.Missing {
		return false
	}
	if strings.Contains(f.Qualifier, "年均") || strings.Contains(f.Label, "年均") {
		return true // "年均增长6%": the period's average
	}
	if strings.Contains(clause, "每年") || strings.Contains(f.Label, "每年") {
		return false // "每年实施20项": every year's amount, not a total
	}
	if changeOverPeriod(f.Qualifier) || slices.ContainsFunc(changeMeasures, func(m string) bool { return strings.HasSuffix(f.Label, m) }) {
		// "五年来…天然气产量增长37.9%", "从2019年到2023年,…病例数降幅达
		// 24.1%": the change across the period
		return true
	}
	if f.Unit == "" || strings.HasPrefix(f.Unit, "/") || containsAny(f.Unit, levelUnits) {
		return false
	}
	if containsAny(f.Qualifier, levelWords) || containsAny(f.Label, []string{"人均", "每千", "千人", "每万", "率", "比例", "占比", "规模", "总量", "总值", "产量"}) {
		return false
	}
	// Only what was done adds up over the years: a count of things built,
	// trained, won or added, not a stock or an output the period ends at.
	// The verb may open the clause and serve several counts ("组建紧密型城市
	// 医疗集团39个、县域医共体192个").
	return strings.Contains(f.Qualifier, "累计") || containsAny(f.Label, doneWords) || containsAny(openingVerb(clause), doneWords)
}

// openingVerb is the first few characters of a clause, where a verb that
// governs its counts stands.
func openingVerb(clause string) string {
	rs := []rune(strings.TrimSpace(clause))
	return string(rs[:min(len(rs), 4)])
}

// clauseBefore is the comma clause of a sentence that ends at byte at (a
// figure's start), at most maxClause bytes of it: looking further back
// from every figure was quadratic in a long sentence without punctuation.
func clauseBefore(sentence string, at int) string {
	at = min(at, len(sentence))
	lo := backFrom(sentence, at)
	k := strings.LastIndexAny(sentence[lo:at], "，,；;。：:")
	if k < 0 {
		return sentence[lo:at]
	}
	k += lo
	_, size := utf8.DecodeRuneInString(sentence[k:])
	return sentence[k+size : at]
}

// backFrom is the offset maxClause bytes before at, moved forward to a
// character boundary (0 when the text before at is shorter).
func backFrom(s string, at int) int {
	lo := max(0, at-maxClause)
	for lo < at && !utf8.RuneStart(s[lo]) {
		lo++
	}
	return lo
}

// doneWords name work done, whose amounts a period adds up.
var doneWords = []string{"新增", "新建", "新创建", "创建", "建成", "累计", "完成", "培训", "入选", "出台", "实施", "引进", "开工", "改造", "改扩建",
	"帮扶", "惠及", "救治", "救助", "获批", "获评", "落地", "开通", "招聘", "招引", "争取", "投入", "发放", "资助", "筛查", "接种", "搬迁",
	"安置", "创成", "认定", "打造", "培育", "新开工", "建设", "签约", "减免", "减税", "降费", "组建", "成立", "设立"}

// singleYear is a year written alone, not as the end of a span.
var singleYear = regexp.MustCompile(yearDigits + `\s*年`)

// ownYear is a year a figure's own words may date it by after a period
// is named ("2020年-2022年共录用100名学生，2020届30名大学生村医…").
var ownYear = regexp.MustCompile(yearDigits + `\s*(?:年|届)`)

// periodFigure is the period a figure of a sentence totals over, as the
// first and last year (since 0 and year unchanged for one year's figure):
// the period the sentence names before the figure (at, a byte offset of
// the Simplified sentence; at most maxClause bytes back) with no year of the figure's own between, else
// the one its section's headings name when they name no single year too
// ("一、过去五年工作回顾", but not "一、2025年和“十四五”时期工作回顾").
func periodFigure(sentence, simpPath string, year, at int) (since, end int) {
	if at > len(sentence) {
		at = len(sentence)
	}
	// At most maxClause bytes back, as for the clause: reading the whole
	// sentence before every figure was quadratic in a long one.
	before := sentence[backFrom(sentence, at):at]
	if since, end, named := periodOf(before, year); since > 0 {
		if ownYear.MatchString(before[named:]) {
			return 0, year // "…，2020届30名大学生村医": dated by its own words
		}
		return since, end
	}
	if singleYear.MatchString(yearSpan.ReplaceAllString(simpPath, "")) || ownYear.MatchString(before) {
		return 0, year
	}
	if since, end, _ := periodOf(simpPath, year); since > 0 {
		return since, end
	}
	return 0, year
}

// sentenceContext is what earlier sentences of a paragraph say of the
// figures of a later one: the year that opened the sentence its clause
// belongs to (lead), and the period of several years the review is
// speaking of (since, end; see periodState).
type sentenceContext struct {
	lead     int
	deadline int // the year a target clause opened ("到2015年，…；…达到74.5岁")
	single   int // the one year the section goes on about ("2022年是…的一年"), 0 for none
	// paraLead and paraDeadline are the year and the deadline that open
	// the paragraph ("【学校卫生监督】2017年，…。…依法查处案件111件。",
	// "到2025年底前，…。…占比提高到55%左右。"): the later sentences'
	// figures that write no year of their own take them.
	paraLead, paraDeadline int
	paraAsOf               bool // the paragraph (or the one it compares with) opened "截止2019年底，"
	paraDated              bool // the paragraph opened with the day of an event ("2023年2月16日下午,")
	// planEnd is the last year of the coming five-year plan the report's
	// title names ("“十五五”规划纲要…": 2030), the year of its targets.
	planEnd int
	// planStart is the first year of the five-year plan the title names
	// as its own: a deadline before it is past.
	planStart int
	// periodStart is the first year of the period the title names for the
	// plan (planStart, or "(2019—2030年)": 2019): a deadline after it
	// is one of the plan's targets.
	periodStart int
	since, end  int
	from        int // the year a change over the period starts at (periodState.from)
	prior       int // the year before a plan's, opened by "过去一年" (periodState.prior)
	// nextYear is the year after a whole year's review, and nextOpened
	// whether a clause of the paragraph so far opened what comes next
	// ("下一步，"): the figures after it that write no year are its goals.
	nextYear   int
	nextOpened bool
	// thisIsNext: the text reviews the year before its own (a government
	// work report), so "今年" opens what nextYear is to do.
	thisIsNext bool
	// targetsThenActuals: the report is a form whose rows give a target,
	// then the actual value (targetsThenActuals).
	targetsThenActuals bool
	simpPath           string      // the section's path, Simplified once for all its sentences
	stated             statedYears // the years the report's sentences wrote for its values
	// parallelFrom is the year a dated change in the clauses before
	// started ("从2020年的6.46张增加到2023年的7.23张；"), which a change
	// written without years after a semicolon starts at too.
	parallelFrom int
}

// maxPeriodOpenerRunes is how far into a sentence's opening clause the
// words naming its period may stand ("五年来，", "“十四五”时期，我们…").
const maxPeriodOpenerRunes = 12

// periodState carries the period of several years a review is speaking of
// from the sentence that opens it ("这五年，我们…。", "五年来，…") over the
// sentences and paragraphs that follow in the same section, until a
// sentence opens with a time of its own ("刚刚过去的2025年，…", "一年来，").
// Reports review the five years paragraph by paragraph that way, each
// opened by "这五年，我们…" and followed by the paragraph of figures.
type periodState struct {
	year       int // the section's year, the end of periods counted back
	since, end int
	// from is the year a change over the period starts at: the year
	// before it ("五年来", "“十三五”期间": from 2015), or a span's first
	// year ("2012年至2021年": from 2012; see changeSpanStart).
	from int
	// plan reports a plan section: "过去一年，…" opening a paragraph of it
	// speaks of the year before (prior) until the paragraph ends or
	// another time opens a sentence.
	plan  bool
	prior int
	// dated: the section's year is the date the text was written (news of
	// an event), not a year it reviews: there too "过去一年" is the year
	// before.
	dated bool
	// single is the one year a sentence said the rest of the section is
	// about ("2022年是…的一年"), until a period opens again; 0 for none.
	single int
}

// pastYearOpeners open a sentence about the year before a plan's.
var pastYearOpeners = []string{"过去一年", "过去的一年", "去年", "上一年"}

// maxPastYearOpenerRunes is how much of a clause opensPastYear reads.
const maxPastYearOpenerRunes = 6

// opensPastYear reports whether a clause opens with the year before
// (pastYearOpeners), not with the same period of it ("去年同期"): only its
// first runes are Simplified, not the whole clause of each sentence.
func opensPastYear(clause string) bool {
	head := strings.TrimSpace(clause)
	end, n := len(head), 0
	for i := range head {
		if n == maxPastYearOpenerRunes {
			end = i
			break
		}
		n++
	}
	simp := Simplify(head[:end])
	return opensWith(simp, pastYearOpeners) && !opensWith(simp, []string{"去年同期"})
}

// paragraph starts a new paragraph: what "过去一年" opened ends with it.
func (p *periodState) paragraph() { p.prior = 0 }

// oneYearOpeners open a sentence about a single year.
var oneYearOpeners = []string{"一年来", "过去一年", "过去的一年", "今年", "去年", "本年", "当年", "上半年", "下半年", "全年"}

// see reads the opening clause of the next sentence of the section.
func (p *periodState) see(sentence string) {
	clause := afterReportedSpeaker(sentence)
	if k := strings.IndexAny(clause, "，,：:"); k >= 0 {
		if v := strings.TrimSpace(clause[:k]); isVocative(v) || isSpeaker(v) {
			// "各位代表，刚刚过去的2025年…": the address opens nothing;
			// nor does who speaks ("朱宏介绍，“十三五”期间…").
			_, size := utf8.DecodeRuneInString(clause[k:])
			clause = clause[k+size:]
			k = strings.IndexAny(clause, "，,：:")
		}
		if k >= 0 {
			clause = clause[:k]
		}
	}
	if opensWith(strings.TrimSpace(clause), []string{"明年", "来年"}) {
		// "明年东西湖区将建成…": a long clause, about the year to come.
		p.since, p.end, p.prior = 0, 0, 0
		return
	}
	if m := yearCharacterised.FindStringSubmatch(strings.TrimSpace(clause)); m != nil {
		// "2022年是党和国家历史上极为重要的一年，…": what follows, to the
		// section's end, is that one year's, not the period its heading
		// names ("一、过去五年工作回顾").
		p.since, p.end, p.prior = 0, 0, 0
		p.single = atoiYear(m[1] + m[2])
		return
	}
	if (p.plan || p.dated) && p.year > 0 && opensPastYear(clause) {
		// "去年甘肃地区孕产妇死亡率为17.12/10万。", a clause as long as the
		// sentence: the year before the report's.
		p.since, p.end, p.single, p.prior = 0, 0, 0, p.year-1
		return
	}
	if utf8.RuneCountInString(bracketed.ReplaceAllString(clause, "")) > maxPeriodOpenerRunes || !strings.ContainsAny(clause, "年五") {
		return // nothing that could name a time
	}
	clause = Simplify(clause)
	if since, end, _ := periodOf(clause, p.year); since > 0 {
		p.since, p.end, p.from, p.single = since, end, since-1, 0
		if from, ok := changeSpanStart(clause, end); ok {
			p.from = from
		}
		return
	}
	if singleYear.MatchString(clause) || containsAny(clause, oneYearOpeners) {
		if p.single > 0 && !p.plan && !singleYear.MatchString(clause) && containsAny(clause, sameYearOpeners) {
			return
		}
		p.since, p.end, p.prior, p.single = 0, 0, 0, 0
		if (p.plan || p.dated) && p.year > 0 && containsAny(clause, pastYearOpeners) {
			p.prior = p.year - 1
		}
	}
}

// yearCharacterised opens a sentence saying what a single year was
// ("2022年是…的一年") or looking back on it ("回眸2023年，…", "回顾2023年,").
var yearCharacterised = regexp.MustCompile(`^(?:(?:` + reviewVerbs + `|回顧|盤點)((?:19|20)\d\d)年|((?:19|20)\d\d)年是)`)

// sameYearOpeners speak again of the year a sentence said the section is
// about ("回眸2023年，…。一年来，我们…"): they keep it, but in a plan part
// ("2019年是关键之年。过去一年，…") "过去一年" is the year before.
var sameYearOpeners = []string{"一年来", "全年", "这一年"}

// maxLeadClauses is how many clauses of a news sentence may come before
// the one a speaker's words open with.
const maxLeadClauses = 4

// afterReportedSpeaker is sentence from what a speaker named in its first
// clauses says on ("昨日，在安徽代表团开放日，…主任沈卫国表示，去年，安徽医改
// …": 去年，安徽医改…), or sentence itself when no such clause names one.
func afterReportedSpeaker(sentence string) string {
	rest := sentence
	for range maxLeadClauses {
		k := strings.IndexAny(rest, "，,")
		if k < 0 {
			break
		}
		c := strings.TrimSpace(rest[:k])
		_, size := utf8.DecodeRuneInString(rest[k:])
		if strings.ContainsAny(c, "0123456789年") {
			break // a time of its own opens the sentence
		}
		if hasAnySuffix(c, speakerVerbs) {
			return rest[k+size:]
		}
		rest = rest[k+size:]
	}
	return sentence
}

// maxSpeakerRunes bounds a clause naming who speaks before what is said.
const maxSpeakerRunes = 16

// speakerVerbs end a clause that says who speaks: "朱宏介绍", "会议指出".
var speakerVerbs = []string{"介绍", "表示", "指出", "强调", "说", "称", "透露", "了解到", "获悉", "据悉", "据了解", "数据显示", "统计显示", "监测显示"}

// isSpeaker reports whether a clause only says who speaks: short, naming
// no time, ending with a verb of saying.
func isSpeaker(clause string) bool {
	return utf8.RuneCountInString(clause) <= maxSpeakerRunes && !strings.ContainsAny(clause, "0123456789年") && hasAnySuffix(clause, speakerVerbs)
}

// bracketed is a note in brackets, which a period opener may carry:
// "“十三五”(2016年至2020年)期间".
var bracketed = regexp.MustCompile(`[（(][^（()）]{0,20}[)）]`)

// isVocative reports whether a clause addresses the audience: "各位代表",
// "同志们".
func isVocative(clause string) bool {
	return utf8.RuneCountInString(clause) <= maxVocativeRunes && containsAny(clause, vocativeEnds) && !strings.ContainsAny(clause, "0123456789年")
}

// maxVocativeRunes bounds an address to the audience.
const maxVocativeRunes = 8

// vocativeEnds end an address to a meeting's audience.
var vocativeEnds = []string{"代表", "委员", "同志们", "同事们", "朋友们", "来宾"}

// nextStepOpener opens, in a review of a year, a clause on the work of
// the next: "下一步，", "负责人表示，下一步，", "明年，", "明年东西湖区将…".
var nextStepOpener = regexp.MustCompile(`(?:^|[，,：:。；;、])\s*(?:(?:下一步|下步|明年|来年|新的一年)(?:[，,]|工作中|将|要|我们)|(?:明年|来年)\p{Han}{1,8}?(?:将|要|计划|力争))`)

// thisYearOpener opens, in a report delivered at the start of its year
// (reviewsYearBefore), what is to be done that year: "今年，我们将…",
// "今年要…".
var thisYearOpener = regexp.MustCompile(`(?:^|[，,：:。；;、])\s*今年(?:[，,]|我们|将|要|全县|全市|全区|全省|全州)`)

// opensNext reports whether simplified text opens what the year after a
// review is to do: "下一步，…", or "今年，我们将…" where the text reviews
// the year before its own.
func opensNext(simp string, ctx sentenceContext) bool {
	return nextStepOpener.MatchString(simp) || ctx.thisIsNext && thisYearOpener.MatchString(simp)
}

// intentWords say what is to be done, not what was: "将", "力争".
var intentWords = []string{"将", "要", "力争", "计划", "预计", "确保", "争取", "规划提出", "方案提出", "纲要提出", "规划明确", "目标是", "目标为"}

// periodChanges are qualifiers of an amount of change; written in a review
// of several years with no year of comparison, the change is the period's.
var periodChanges = []string{"增加", "增长", "提高", "提升", "下降", "降低", "减少", "缩短"}

// yearOnYear words compare with the year before: a change of one year.
var yearOnYear = []string{"比上年", "较上年", "同比", "比去年", "较去年", "环比"}

// changeOverPeriod reports whether a qualifier gives an amount of change
// (not a level reached: "提高到") compared with nothing named.
func changeOverPeriod(qualifier string) bool {
	if containsAny(qualifier, yearOnYear) || strings.Contains(qualifier, "到") || strings.Contains(qualifier, "至") {
		return false
	}
	for _, w := range strings.Fields(qualifier) {
		for _, c := range periodChanges {
			if w == c {
				return true
			}
		}
	}
	return false
}
