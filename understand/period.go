package understand

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/figures"
)

// planMaking follows a five-year plan's name when a question is about
// the plan being made ("十四五卫生规划座谈会", "十四五规划编制"), held in
// the years before the plan's own.
var planMaking = regexp.MustCompile(`^\p{Han}{0,6}?规划的?(?:编制|起草|座谈|研讨|论证|调研|评审|征求意见|意见征求|前期)`)

// fiveYearPlan matches a five-year plan period named in a question
// ("十四五期间", "“十三五”时期"); its ordinal is the digit after 十.
var fiveYearPlan = regexp.MustCompile(`[“"]?十([一二三四五六七八九])五[”"]?(?:期间|时期|以来|规划期|(末期|期末|末年|末|收官之年))?`)

// tenthPlan matches the tenth five-year plan (2001–2005) in a question, in
// quotes or with a word of time ("“十五”末", "十五期间"): "十五" alone is a
// number.
var tenthPlan = regexp.MustCompile(`[“"]十五[”"](?:期间|时期|以来|计划期|规划期|(末期|期末|末年|末))?|十五(?:期间|时期|计划期|(末期|期末))`)

// recentFive are the words for the five years before now ("这五年",
// "五年来"): government reports review them as one period.
var recentFive = []string{"过去五年", "近五年", "这五年", "五年来", "五年间"}

// recentTen are the words for the decade before now ("这十年", "十年来"),
// which reviews of the years since 2012 look back on as one period; no
// year filter is read from them.
var recentTen = []string{"过去十年", "近十年", "这十年", "十年来", "十年间"}

// recentPeriods are recentFive and recentTen: the recent periods a
// question may name.
var recentPeriods = append(slices.Clone(recentFive), recentTen...)

// periodYears are the years of the periods a question names: a five-year
// plan's five years (the 11th plan began in 2006), its last year alone when
// the question asks for its end ("十一五末", "“十三五”期末"), or the five
// years before now.
func periodYears(q string, now time.Time) []int {
	var out []int
	for _, loc := range fiveYearPlan.FindAllStringSubmatchIndex(q, -1) {
		if planMaking.MatchString(q[loc[1]:]) {
			continue // "开十四五卫生规划座谈会": the plan's making, before its years
		}
		m := []string{q[loc[0]:loc[1]], q[loc[2]:loc[3]], ""}
		if loc[4] >= 0 {
			m[2] = q[loc[4]:loc[5]]
		}
		first := corpus.PlanFirstYear(m[1])
		if m[2] != "" {
			out = append(out, first+4)
			continue
		}
		for y := first; y < first+5; y++ {
			out = append(out, y)
		}
	}
	for _, m := range tenthPlan.FindAllStringSubmatch(q, -1) {
		if m[1] != "" || m[2] != "" {
			out = append(out, figures.PlanFirstYear(10)+4)
			continue
		}
		for y := figures.PlanFirstYear(10); y < figures.PlanFirstYear(10)+5; y++ {
			out = append(out, y)
		}
	}
	for _, w := range recentFive {
		if strings.Contains(q, w) {
			last := now.Year() - 1
			if now.Month() >= reviewedWithinYear {
				// Asked late in the year, the five years end with this
				// one: a review in October 2025 covers 2021–2025.
				last = now.Year()
			}
			for y := last - 4; y <= last; y++ {
				out = append(out, y)
			}
			break
		}
	}
	return out
}

// reviewedWithinYear is the month from which "这五年" counts the current
// year among the five: past mid-year, reviews include it.
const reviewedWithinYear = time.July

// NamesPeriod reports whether a text names a period of several years (a
// five-year plan, "五年来"): a question naming one asks for the review of
// the whole period, and a passage naming one gives it.
func NamesPeriod(text string) bool {
	q := corpus.Normalize(text)
	return fiveYearPlan.MatchString(q) || tenthPlan.MatchString(q) || containsAny(q, recentPeriods)
}

// stripPeriods removes the period words of a question: the year filter
// carries them, the topic need not.
func stripPeriods(q string) string {
	q = fiveYearPlan.ReplaceAllString(q, " ")
	q = tenthPlan.ReplaceAllString(q, " ")
	for _, w := range recentPeriods {
		q = strings.ReplaceAll(q, w, " ")
	}
	for _, w := range recentYears {
		q = strings.ReplaceAll(q, w, " ")
	}
	for _, w := range latestWords {
		q = strings.ReplaceAll(q, w, " ") // "现在诊所有多少家": time, not the topic
	}
	for _, w := range partsOfYear {
		q = strings.ReplaceAll(q, w, " ") // "这个月疫情防控怎么抓的": time, not the topic
	}
	q = monthsOfYear.ReplaceAllString(q, " ")  // "前9个月乙肝报了多少例": time, not the topic
	return spanOfDays.ReplaceAllString(q, " ") // "国庆那八天": time, not the topic
}

// monthsOfYear are the months of a year a question counts over: "前9个
// 月", "1到9月". A quarter named ("三季度") stays: reports of a quarter
// and the columns of a table name it.
var monthsOfYear = regexp.MustCompile(`前(?:[一二三四五六七八九十两]{1,2}|[0-9]{1,2})个月|[0-9一二三四五六七八九十]{1,2}\s*(?:到|至|—|-|~)\s*[0-9一二三四五六七八九十]{1,3}\s*月份?`)

// spanOfDays is a stretch of days or months pointed at ("国庆那几天",
// "这八天", "那两个月"): time, never a count asked.
var spanOfDays = regexp.MustCompile(`[那这](?:几|[一二三四五六七八九十两]{1,3}|[0-9]{1,2})(?:天|日|个月|周)`)

// partsOfYear are the spoken words for a month, a quarter or the middle
// of the year: time, not the topic.
var partsOfYear = []string{"这个月", "这一个月", "本月", "上个月", "下个月", "这个季度", "本季度", "上个季度", "下个季度", "到年中"}

// recentYears are the spoken words for the last few years ("这几年在中医药
// 上一共投了多少"): time, not the topic.
var recentYears = []string{"这几年", "近几年", "这些年", "近年来", "几年来", "这两年", "近两年", "这三年", "近三年", "那几年", "那些年", "那两年"}

// latestWords ask for the figure as it stands now.
var latestWords = []string{"现在", "目前", "当前", "最新", "如今", "眼下", "现阶段"}

// WantsLatest reports whether a question that names no year asks for the
// latest figure ("江西人均预期寿命现在是多少"): the most recent actual, not
// an older year's or a start value.
func WantsLatest(question string) bool {
	return containsAny(corpus.Normalize(question), latestWords)
}

// changeAsked are words of a question about a change between two values.
var changeAsked = []string{"提高了", "增长了", "下降了", "增加了", "减少了", "涨了", "降了", "升了", "多了", "少了", "变化", "原来", "以前", "起初", "从多少", "由多少",
	"多出", "少出", "增了", "减了", "掉了", "跌了", "涨幅", "降幅", "增幅", "压下来", "降下来", "压低", "提高多少", "增长多少", "增加多少", "减少多少", "下降多少",
	"是涨是跌", "涨还是跌", "是增是减", "增还是减", "升还是降", "变了多少",
	"提升了", "上升了", "降低了", "缩短了", "提了多少", "提升多少", "上升多少", "降低多少",
	"高了多少", "低了多少", "高出多少", "超出多少", "超了多少", "高多少", "低多少", "涨多少", "降多少", "升多少", "提多少", "多多少"}

// startAsked asks the value a change started from: "以前是多少", "原来有几个".
var startAsked = regexp.MustCompile(`(?:以前|原来|原先|之前|起初|过去)(?:是|有|为|才)?(?:多少|几)|(?:刚开始|开始那会|初期|期初|刚起步|起步那会|起步时)[^。？?]{0,24}?(?:是|有|为|才)(?:多少|几)`)

// AsksStart reports whether a question asks the value a change started
// from ("千人口床位数以前是多少"), not where it ended.
func AsksStart(question string) bool { return startAsked.MatchString(corpus.Normalize(question)) }

// fromToAsked asks both ends of a change: "从多少降到了多少", "由几家增加到几家".
var fromToAsked = regexp.MustCompile(`(?:从|由)(?:每人|每月|每年|每人每月|每人每年|每天|一年|一个月)?(?:多少|几)`)

// endAsked asks only where a change ended: "降到多少了", "提高到几".
var endAsked = regexp.MustCompile(`(?:降|提高|提升|增加|增长|升|涨|下降|减少|达)(?:到|至)了?(?:多少|几)`)

// AsksBothEnds reports whether a question of a change wants the value it
// started from beside the one it reached: "从多少降到了多少", "比2015年降了
// 多少"; not "降到多少了", which asks where it ended.
func AsksBothEnds(question string) bool {
	q := corpus.Normalize(question)
	return fromToAsked.MatchString(q) || AsksChange(q) && !endAsked.MatchString(q)
}

// AsksChange reports whether a question asks how a figure changed, so the
// value a change starts from belongs in the answer.
func AsksChange(question string) bool {
	q := corpus.Normalize(question)
	for _, w := range changeAsked {
		if strings.Contains(q, w) && (w != "少了" || strings.Contains(strings.ReplaceAll(q, "多少", ""), w)) {
			return true // "少了" in "现在到多少了" asks no change
		}
	}
	return comparedWithBefore.MatchString(q)
}

// comparedWithBefore asks a number against an earlier year: "比前一年多几个",
// "比上年…多少", "跟前年比…多少".
var comparedWithBefore = regexp.MustCompile(`(?:(?:比|较|同)(?:上年|去年|前一年|上一年|前年|\d{4}年)|(?:跟|和|与)(?:上年|去年|前一年|上一年|前年|\d{4}年)(?:比|相比|比较))\p{Han}{0,12}(?:多少|几)`)

// PlanPeriodNamed is the five-year plan a question names ("十五五" of
// "白云区十五五说要搞几大医疗集团"), "" when it names none or only the
// plan's making. Its plans are written before its first year.
func PlanPeriodNamed(question string) string {
	q := corpus.Normalize(question)
	for _, loc := range fiveYearPlan.FindAllStringSubmatchIndex(q, -1) {
		if planMaking.MatchString(q[loc[1]:]) {
			continue
		}
		return "十" + q[loc[2]:loc[3]] + "五"
	}
	return ""
}

// yearsTotalAsked asks a total over a number of years: "三年一共计划建多少家",
// "这五年累计投入多少".
var yearsTotalAsked = regexp.MustCompile(`[两二三四五六七八九十2-9]年(?:来|间|里|内)?(?:一共|总共|累计|合计|共)`)

// AsksYearsTotal reports whether a question asks a total over several
// years: the figure a period adds up answers it before one year's.
func AsksYearsTotal(question string) bool {
	return yearsTotalAsked.MatchString(corpus.Normalize(question))
}
