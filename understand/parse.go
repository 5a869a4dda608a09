package understand

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

// Question is what a question asks, read from its words.
type Question struct {
	Text       string         // as asked
	Topic      string         // what it is about: Simplified, without years, place, question words
	Filters    corpus.Filters // years, half-year, plan/summary, place
	Intent     Intent
	Indicators []string // ids in the indicator catalogue it refers to, best first
}

// Parse reads a question asked on the date now (for 去年, 今年 …).
func Parse(text string, now time.Time) Question {
	q := Question{Text: text, Filters: Filters(text, now)}
	q.Topic = Topic(text)
	q.Intent = DetectIntent(text)
	q.Indicators = Indicators(q.Topic)
	return q
}

var (
	bareYear = regexp.MustCompile(`(?:19|20)[0-9]{2}`)
	// relative years, longest first so "前年" is not read as "年". "当年"
	// is not among them: in chat it means "back then" ("当年我们搞了什么
	// 行动"), not this year.
	relativeYears = []struct {
		word  string
		delta int
	}{
		{"大前年", -3}, {"前年", -2}, {"去年", -1}, {"上一年", -1}, {"上年度", -1}, {"上年", -1},
		{"今年", 0}, {"本年度", 0}, {"本年", 0}, {"明年", 1}, {"下一年", 1}, {"来年", 1},
	}
	// aboutSomeYears is a span of about so many years: "十来年", "二十来年",
	// "几来年" (来年 alone is next year).
	aboutSomeYears = regexp.MustCompile(`(?:[一二三四五六七八九十两几]+|[0-9]+)来年`)
	// yearNamedMeasures are measures named by the year before, no year
	// asked: "上年结余" (the balance carried over), "上年结转".
	yearNamedMeasures = regexp.MustCompile(`上年度?(?:结余|结转|结存)`)
	// periodStartYear starts a period a question asks about as a whole:
	// "从2016年开始", "自2016年起", "2016年以来", and with what started
	// then in between ("从2010年搞白内障免费复明以来").
	periodStartYear = regexp.MustCompile(`(?:从|自)\s*(?:19|20)[0-9]{2}\s*年?\s*(?:起|\p{Han}{0,12}?(?:开始|以来))|(?:19|20)[0-9]{2}\s*年以来`)
	// baseYear is a year a change is measured from ("比2020年提高了多少"):
	// the question is about the later year, not about it.
	// A relative base ("比上年多了多少", "较去年同期", "同比") names no year
	// the question asks about either, nor a plan period's end ("比十三五末").
	// 与, 同, 跟 and 和 compare only with 相比/比 after the year: "大同2012年"
	// is a place and a year, "跟2016年比" a base.
	baseYear = regexp.MustCompile(`(?:比|较|相比|相较于?)\s*(?:(?:19|20)[0-9]{2}\s*年?(?:末|底|相比|比)?|(?:上一年|上年度|上年|去年|前一年|前年)(?:同期)?(?:相比|比)?|["“]?十[一二三四五六]五["”]?(?:期末|时期末|末)(?:相比|比)?)|(?:与|同|跟|和)\s*(?:(?:19|20)[0-9]{2}\s*年?(?:末|底)?|上一年|上年度|上年|去年|前一年|前年)(?:同期)?(?:相比|比)|同比`)
	// monthAsked is the month before now: "上个月"; group 1 holds a
	// comparison word before it ("比上月": a base).
	monthAsked = regexp.MustCompile(`(比|较|与|跟|和|同)?(上个月|上月)`)
	// fiscalYear is a year named as an accounting or review year:
	// "2020年度".
	fiscalYear = regexp.MustCompile(`(?:19|20)[0-9]{2}\s*年度`)
	// yearEnd is a year's end or start ("2022年末", "去年年底", "今年初"):
	// the year is what filters, the rest says nothing of the topic.
	yearEnd = regexp.MustCompile(`((?:[0-9]|去|今|明|前|上)年)(?:年末|年底|年初|末|底|初)`)
	// yearWhole is a year stressed as a whole ("去年一年", "2023年一整年"):
	// the year, no part of the topic ("一年级" is a grade).
	yearWhole = regexp.MustCompile(`((?:[0-9]|去|今|明|前|上|全)年)(?:一整年|整一年|一年)([^级]|$)`)
	// yearRange is "2021至2023年", "2021-2023年", "2021年到2023年".
	yearRange = regexp.MustCompile(`((?:19|20)[0-9]{2})\s*年?\s*(?:至|到|—|-|~|～)\s*((?:19|20)[0-9]{2})\s*年`)
	// reportOfYear names a work report by the year it was delivered.
	reportOfYear = regexp.MustCompile(`((?:19|20)[0-9]{2})\s*年(?:的)?(?:政府)?(?:工作)?报告(?:的?(?:注释|附注|名词解释|注解|附件))?(?:里|中|上|里面|说|讲)`)
	// reviewMeeting names a meeting by the year it reviews ("开2022年度总结
	// 大会"), held the year after.
	reviewMeeting = regexp.MustCompile(`((?:19|20)[0-9]{2})\s*年度?(?:工作)?(?:总结|表彰|总结表彰)(?:大会|会议|会)`)
	// plannedLevel asks for a level to be reached: "要扩到多少个县",
	// "准备提高到多少", "力争达到", "争取提到多少".
	plannedLevel = regexp.MustCompile(`(?:要|准备|将|拟|力争|争取)(?:扩大|扩|提高|提升|提|增加|增|降低|降|控制|达|建成|建)(?:到|至|在)`)
	planHints    = []string{"预计", "今年工作重点", "今年的工作重点", "今年重点工作", "今年的重点工作", "计划", "打算", "安排", "要做", "将要", "准备做", "准备让", "准备把", "还准备", "准备再", "目标任务", "工作思路", "规划", "明年", "目标", "要抓", "要重点", "定的任务", "下达的任务", "下的任务", "分配的任务", "全年任务", "年度任务", "任务是多少", "任务数", "定的指标", "下达的指标", "下的指标", "给的指标", "控制线", "控制指标", "控制目标", "任务定", "目标定", "指标定",
		// the standard a measure is held against ("国家要求是多少")
		"国家要求", "上级要求", "省里要求", "要求是多少", "要求多少", "要求达到",
		// the level to be reached once something is built ("扩建完了开放床位要到多少张")
		"建完了", "建完后", "建完以后", "建好了", "建好后", "建好以后", "扩建完"}
	// meetingNames hold a kind word that names the meeting, not what is
	// asked ("上半年总结会上，下半年要抓哪几方面").
	meetingNames = strings.NewReplacer("总结会", "会", "总结大会", "大会", "总结表彰", "表彰")
	summaryHint  = []string{"总结", "做了", "做过", "干了", "搞了", "办了", "开展的", "怎么做的", "怎么搞的", "完成了", "开展了", "取得了", "落实了", "实现了", "完成情况",
		"实际", "了多少", "了几", "到了多少", "到多少了", "干得", "做得", "搞得", "成效",
		"基数", "底数", "基期", "基年", "起点"} // the base a target table starts from
	// negations turn a kind hint after them round: "不要目标值" asks for
	// the result.
	negations = []string{"不要", "不是", "不看", "不含", "不算", "而非", "除了", "别给"}
)

// maxNegatedRunes is how far before a hint a negation still applies to it.
const maxNegatedRunes = 3

// negatedHint reports whether some hint in q stands right after a negation
// ("不要目标值", "不是计划数").
func negatedHint(q string, hints []string) bool {
	for _, neg := range negations {
		for i := strings.Index(q, neg); i >= 0; {
			rest := []rune(q[i+len(neg):])
			window := string(rest[:min(len(rest), maxNegatedRunes+2)])
			for _, h := range hints {
				if j := strings.Index(window, h); j >= 0 && len([]rune(window[:j])) <= maxNegatedRunes {
					return true
				}
			}
			next := strings.Index(q[i+len(neg):], neg)
			if next < 0 {
				break
			}
			i += len(neg) + next
		}
	}
	return false
}

// hanBefore reports whether a Chinese character ends q[:i].
func hanBefore(q string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(q[:i])
	return unicode.Is(unicode.Han, r)
}

// hanAfter reports whether a Chinese character other than 年 starts q[i:].
func hanAfter(q string, i int) bool {
	r, _ := utf8.DecodeRuneInString(q[i:])
	return unicode.Is(unicode.Han, r) && r != '年'
}

// maxRangeYears bounds the years a written range expands to.
const maxRangeYears = 30

// Filters reads the filters a question implies: years written out
// ("2023年", "二〇二三年", "2021至2023年", "2022、2023") or relative to now
// ("去年", "前年"), the half of the year, whether it asks about plans or
// about what was done, and the place it names. A question about a trend
// ("这几年", "历年") sets no year.
func Filters(question string, now time.Time) corpus.Filters {
	whole := corpus.Normalize(question)
	q := timeText(whole)
	var f corpus.Filters
	years := map[int]bool{}
	for _, m := range yearRange.FindAllStringSubmatch(q, -1) {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if a <= b && b-a < maxRangeYears {
			for y := a; y <= b; y++ {
				years[y] = true
			}
		}
	}
	for _, y := range corpus.ExplicitYears(q) {
		years[y] = true
	}
	// "2018年报告里说…": a work report delivered in 2018 reviews 2017 and
	// plans 2018, and what it says is dated either way; a target asked of
	// it ("目标", "今年要") is the report's own year's.
	if !containsAny(q, planHints) && !plannedLevel.MatchString(q) {
		for _, m := range reportOfYear.FindAllStringSubmatch(q, -1) {
			if y, _ := strconv.Atoi(m[1]); y > 1949 {
				years[y-1] = true
			}
		}
	}
	// "大医一院开2022年度总结大会，到场多少人": what the meeting itself
	// did is of the year it was held, what it reviewed of the year named.
	for _, m := range reviewMeeting.FindAllStringSubmatch(q, -1) {
		if y, _ := strconv.Atoi(m[1]); y > 1949 {
			years[y+1] = true
		}
	}
	// Bare years ("2022、2023这两年") count too, but not the digits of a
	// figure ("2023人").
	for _, loc := range bareYear.FindAllStringIndex(q, -1) {
		if isDigitAt(q, loc[0]-1) || isDigitAt(q, loc[1]) || strings.ContainsAny(q[loc[1]:min(loc[1]+3, len(q))], "人元万个") {
			continue
		}
		if hanBefore(q, loc[0]) && hanAfter(q, loc[1]) {
			continue // inside a name: "健康中国2030规划纲要"
		}
		if y, _ := strconv.Atoi(q[loc[0]:loc[1]]); y >= 1949 && y <= 2100 {
			years[y] = true
		}
	}
	for _, y := range periodYears(q, now) {
		years[y] = true
	}
	for _, y := range publishedYears(q, now) {
		years[y] = true // "今年公布的国考": results of the years before too
	}
	rest := yearNamedMeasures.ReplaceAllString(q, " ") // "上年结余" is a measure, no year
	rest = aboutSomeYears.ReplaceAllString(rest, " ")  // "这十来年": about ten years, not 来年 (next year)
	for _, r := range relativeYears {
		if strings.Contains(rest, r.word) {
			years[now.Year()+r.delta] = true
			rest = strings.ReplaceAll(rest, r.word, "")
		}
	}
	if len(years) == 0 {
		// "四川上个月丙类传染病报了多少": the month before now, in January
		// last year's December; not a month compared with ("比上月").
		for _, m := range monthAsked.FindAllStringSubmatch(q, -1) {
			if m[1] != "" {
				continue
			}
			years[now.AddDate(0, -1, 0).Year()] = true
		}
	}
	for y := range years {
		f.Years = append(f.Years, y)
	}
	slices.Sort(f.Years)
	// "上半年总结会上，下半年要抓哪几方面": the half named last is asked.
	switch first, second := strings.LastIndex(q, "上半年"), strings.LastIndex(q, "下半年"); {
	case first >= 0 && first > second:
		f.Period = corpus.PeriodFirstHalf
	case second >= 0:
		f.Period = corpus.PeriodSecondHalf
	}
	hints := kindHints(q)
	plan := plannedIn(hints)
	summary := containsAny(hints, summaryHint) || asksHowDone(hints)
	if plan && negatedHint(q, planHints) {
		plan, summary = false, true
	}
	switch {
	case plan && !summary:
		f.Kind = corpus.KindPlan
	case summary && !plan:
		f.Kind = corpus.KindSummary
	}
	f.Place = Place(whole)
	return f
}

// AsksPlan reports whether a question asks what is planned ("打算", "今年
// 工作重点", "目标是多少"), not negated ("不要目标值").
func AsksPlan(question string) bool {
	q := timeText(corpus.Normalize(question))
	return plannedIn(kindHints(q)) && !negatedHint(q, planHints)
}

// timeText is a normalized question without the words that name neither
// the years nor the kind it asks, read for both.
func timeText(whole string) string {
	// A document's name in book-title marks ("《健康中国2030》规划纲要") says
	// neither the year nor the kind asked.
	q := baseYear.ReplaceAllString(namedPlan.ReplaceAllString(bookTitle.ReplaceAllString(whole, " "), " $1"), " ")
	// "从2016年开始搞…，头三年一共投了多少": the start of a period, whose
	// total a report dates by its end, not the year asked.
	q = periodStartYear.ReplaceAllString(q, " ")
	// "有几项已经够上2030年的目标了": the year of a goal reached, asked as
	// a count of now, neither a year nor a plan asked.
	q = goalReached.ReplaceAllString(q, "$1")
	// "要拖到今年办的有几件": the year a thing is carried over to, part of
	// the lay word for 结转, is not the year asked.
	return timedLay().Replace(q)
}

// kindHints is timeText without meetings' names and measures named by their
// plan ("规划床位"): the words that say whether a plan is asked.
func kindHints(q string) string {
	return assignedTask.ReplaceAllString(plannedMeasure.ReplaceAllString(meetingNames.Replace(q), " "), " 下达的任务 ")
}

// assignedTask asks how much work was handed down ("一共派了多少户的任务",
// "分了几个的任务"): the task set, a plan, though "了多少" asks what was
// done elsewhere.
var assignedTask = regexp.MustCompile(`(?:派|下达|分配|分解|下发|布置|分)了?(?:多少|几)\p{Han}{0,3}?的?任务`)

// plannedIn reports whether kind hints ask a plan: a plan word or a level
// planned, not 计划免疫 or 计划生育.
func plannedIn(hints string) bool {
	return (containsAny(hints, planHints) || plannedLevel.MatchString(hints)) && !strings.Contains(hints, "计划免疫") && !strings.Contains(hints, "计划生育")
}

// plannedMeasure is a measure named by its plan ("规划床位", "规划总建筑面积"):
// a hospital's capacity as built to, which says nothing of whether a plan
// or a result is asked.
var plannedMeasure = regexp.MustCompile(`规划(?:总)?(?:床位|建筑面积|面积|用地|占地)`)

// pastHow asks how something was done: "是怎么抓的", "如何把关的".
var pastHow = regexp.MustCompile(`(?:怎么|如何|咋)\p{Han}{1,8}的`)

// asksHowDone reports whether a Simplified question asks how something was
// done (pastHow), not how a figure changed ("怎么变化的") or what it is like
// ("是怎么样的").
func asksHowDone(q string) bool {
	for _, m := range pastHow.FindAllString(q, -1) {
		if !strings.ContainsAny(m, "变样") {
			return true
		}
	}
	return false
}

// goalReached is a goal of a year that something reached: "达到2030年目标",
// "够上2030年的目标值".
var goalReached = regexp.MustCompile(`(达到|够上|够到|实现|完成|超过)了?\s*(?:19|20)\d\d\s*年的?\p{Han}{0,4}?目标(?:值|要求)?`)

// bookTitle is a name in book-title marks.
var bookTitle = regexp.MustCompile(`《[^》]*》`)

// namedPlan is a plan named without book-title marks as the document a
// question asks about ("十四五国民健康规划里说…", "健康中国行动实施意见中"):
// like a title in marks, its period and kind are the document's, not the
// years or kind asked.
var namedPlan = regexp.MustCompile(`["“]?(?:十[一二三四五六]五)?["”]?\p{Han}{0,14}?(?:规划纲要|规划|纲要|行动计划|实施方案|实施意见)["”]?(里|中|上)`)

// ParseDate reads a --now or HEALTHBOT_NOW value (YYYY-MM-DD).
func ParseDate(s string) (time.Time, error) {
	return time.ParseInLocation("2006-01-02", strings.TrimSpace(s), time.Local)
}

// StripYears removes the years, relative-year, half-year, quarter and week
// words of a question ("2023年", "去年", "上半年", "二季度", "同期", "第6周"): the filters
// carry them, the searched text need not.
func StripYears(q string) string {
	q = fiscalYear.ReplaceAllString(q, " ") // "2020年度": the year, 度 and all
	q = yearEnd.ReplaceAllString(q, "$1")
	q = yearWhole.ReplaceAllString(q, "$1$2")
	q = yearRange.ReplaceAllString(q, " ")
	q = corpus.StripExplicitYears(q)
	q = stripMonths(q)
	measures := yearNamedMeasures.FindAllString(q, -1)
	q = yearNamedMeasures.ReplaceAllString(q, "\x00")
	q = aboutSomeYears.ReplaceAllString(q, " ")
	for _, r := range relativeYears {
		q = strings.ReplaceAll(q, r.word, " ")
	}
	for _, m := range measures {
		q = strings.Replace(q, "\x00", m, 1)
	}
	for _, p := range []string{corpus.PeriodFirstHalf, corpus.PeriodSecondHalf, "全年度", "年度", "同期"} {
		q = strings.ReplaceAll(q, p, " ") // "比去年同期": a time compared with
	}
	q = weekOfYear.ReplaceAllString(q, " ")      // "第6周": the week's bulletin, a time
	return quarterWords.ReplaceAllString(q, " ") // "二季度": a time, like its year
}

// quarterWords name a quarter in words: "二季度", "第三季度" (not "Q3",
// which may be part of a code: "工号A7Q3391").
var quarterWords = regexp.MustCompile(`第?[一二三四1-4]季度`)

// isDigitAt reports whether s has an ASCII digit at byte i.
func isDigitAt(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// monthNamed is a month of the year written in a question, with the day
// and the 截至 before it: "1月", "3月份", "1-6月", "十二月", "截至2月6日",
// "截到8月19号", "截止到6月底".
var monthNamed = regexp.MustCompile(`(?:(?:截至|截止到?|截到|到)\s*)?(?:[0-9]{1,2}\s*[-—~至到]\s*)?(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月份?(?:\s*(?:[12][0-9]|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*[日号]|底|初|末|中旬|上旬|下旬)?`)

// stripMonths takes the months out of a question: a time, like its year,
// not its topic; not an age in months ("6月龄").
func stripMonths(q string) string {
	q = clockTime.ReplaceAllString(q, " ")
	locs := monthNamed.FindAllStringIndex(q, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		a, b := locs[i][0], locs[i][1]
		if strings.HasPrefix(q[b:], "龄") || strings.HasPrefix(q[b:], "大") || a > 0 && isDigitAt(q, a-1) {
			continue
		}
		q = q[:a] + " " + q[b:]
	}
	return stripDays(q)
}

// clockTime is an hour of the day: "晚上11点起", "凌晨2时30分". A time,
// never the topic.
var clockTime = regexp.MustCompile(`(?:晚上|早上|上午|下午|中午|凌晨|夜里|夜间)\s*(?:[01]?[0-9]|2[0-4])\s*(?:点|时)(?:\s*[0-5]?[0-9]\s*分)?(?:起|以后|之后|以前|之前|前|后)?`)

// dayNamed is a day of the month alone: "26号", "4日".
var dayNamed = regexp.MustCompile(`(?:[12][0-9]|3[01]|0?[1-9])\s*[日号]`)

// stripDays takes the days of the month out of a question ("佳木斯26号…"),
// not a number before 号 or 日 that is part of another (a document's
// "166号", "24日龄") or names a thing ("3号楼", "1号文件").
func stripDays(q string) string {
	locs := dayNamed.FindAllStringIndex(q, -1)
	for i := len(locs) - 1; i >= 0; i-- {
		a, b := locs[i][0], locs[i][1]
		if a > 0 && isDigitAt(q, a-1) || opensWithAny(q[b:], notDayAfter) {
			continue
		}
		q = q[:a] + " " + q[b:]
	}
	return q
}

// notDayAfter follow a number and 号 or 日 that is no day: "3号楼", "1号文件",
// "24日龄".
var notDayAfter = []string{"龄", "楼", "文", "令", "院", "线", "床", "病", "提", "议", "机", "窗", "车", "馆", "站", "厅", "门"}
