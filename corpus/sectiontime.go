package corpus

import (
	"regexp"
	"slices"
	"strings"
)

// A heading often says which year its text is about and whether it reports
// or plans: "一、2025年工作回顾", "三、2026年重点工作", "二、“十五五”时期主要目标任务",
// "下半年工作安排", "附件1 2026年省十件民生实事". headingTime reads that.

// nextPartOfYear name the rest of the report's own year a plan is for:
// "下半年工作安排", "下月工作计划"; thisPartOfYear the part reviewed.
var (
	nextPartOfYear = []string{"下半年", "下月", "下个月", "下季度", "下一季度", "下周"}
	thisPartOfYear = []string{"上半年", "本月", "本季度", "一季度", "本周"}
)

// headingTime is what one heading says about the time and kind of its text.
type headingTime struct {
	year   int  // the year the text is about; 0 when the heading names none
	kind   Kind // "" when the heading does not say
	strong bool // the kind is stated outright and holds at any level
	// relative: the year is the report's own (今年, 上半年/下半年: rel 0),
	// the one before (去年, 过去一年: -1) or after (明年: +1).
	relative bool
	rel      int
	// period: the year ends a five-year plan period ("十四五": 2025) or is a
	// deadline ("到2030年"); whether it is a plan depends on the report's
	// own year.
	period bool
}

var (
	// fiveYearPlan matches "十四五", "“十五五”".
	fiveYearPlan = regexp.MustCompile(planName)
	// deadlineYear matches "到2030年", "至2035年".
	deadlineYear = regexp.MustCompile(`(?:到|至|展望)\s*(` + yearDigits + `)\s*年`)
)

// Kind words, strong ones first. A strong word states the kind of a whole
// part ("工作安排", "工作回顾") and overrides the parent's kind at any level; a
// weak word ("取得", "成效", "目标") only sets the kind of a top section.
var (
	strongPlanWords = []string{
		"工作计划", "工作安排", "工作打算", "工作要点", "工作思路", "工作设想", "工作重点", "下一步", "下步",
		"今后", "重点工作", "主要工作任务", "主要任务", "重点任务", "目标任务", "主要目标", "努力方向",
		"展望", "下半年", "明年", "来年", "总体要求", "政策取向", "工作的建议", "工作建议", "总体部署", "预期目标",
		"这么干", "怎么干", "如何干",
	}
	weakPlanWords = []string{
		"计划", "安排", "打算", "思路", "规划", "方案", "意见", "要点", "目标", "任务", "举措", "考虑",
	}
	strongSummaryWords = append([]string{
		"工作总结", "工作回顾", "回顾", "完成情况", "开展情况", "进展情况", "落实情况", "执行情况",
		"工作成效", "主要成效", "主要成绩", "发展成就", "主要成就", "主要做法", "存在的问题", "存在问题",
		"困难和问题", "过去一年", "一年来", "上半年", "自评", "决算", "总体评估", "中期评估",
		"全面完成", "圆满完成", "顺利完成", "如期完成", "超额完成", // "重点工作任务全面完成"
		"监测结果", "调查结果", "趋势分析", "现状分析", // a study of years past
		"统计公报", // a year's figures, though its reprint says 要点
	}, backgroundWords...)
	weakSummaryWords = []string{
		"总结", "成效", "成绩", "成就", "取得", "做法", "情况", "成果", "亮点", "背景", "现状",
	}
)

// keyWorkObject is 重点工作 as the modifier of another noun ("重点工作信息公
// 开", "重点工作督查") or as what work done centred on ("二是围绕重点工作,做好
// 信息发布"), not a part of a report naming the work ahead.
var keyWorkObject = regexp.MustCompile(`重点工作(?:信息|宣传|督查|督导|调度|推进|落实|进展|台账|清单|完成)|(?:围绕|聚焦|紧扣|紧贴|紧盯|服务|对标|结合)(?:中心|全局|年度|全年)?重点工作`)

// arrangingWork is arranging and deploying as work done ("一是狠抓安排部
// 署", "精心安排部署"), no part of a report naming the work ahead; "工作安排"
// stays one.
var arrangingWork = regexp.MustCompile(`(^|[^作])(?:安排部署|部署安排)`)

// deploymentWord tells the work a text sets out as "部署情况" ("介绍为民服务
// 实事有关部署情况"): the work ahead, not a state of things (情况).
const deploymentWord = "部署情况"

// carriedOutWords before it make it how a deployment was carried out
// ("贯彻落实省委决策部署情况"), a review.
var carriedOutWords = []string{"落实", "贯彻", "执行", "推进"}

// asDeployment writes "部署情况" that sets work out as the plan word 总体部署.
func asDeployment(h string) string {
	i := strings.Index(h, deploymentWord)
	if i < 0 || containsAny(h[:i], carriedOutWords) {
		return h
	}
	return h[:i] + "总体部署" + h[i+len(deploymentWord):]
}

// goalToComplete is a completion still to be made: "确保…圆满完成".
var goalToComplete = regexp.MustCompile(`(?:确保|力争|争取|保证|务必)[^，。；,;]{0,16}?(?:全面|圆满|顺利|如期|超额)完成`)

// backgroundWords head a plan's account of where things stand ("一、行动
// 背景"): what it states is so, not planned, though no year is reviewed.
var backgroundWords = []string{"行动背景", "规划背景", "编制背景", "发展基础", "发展现状", "现状分析", "基本情况"}

// isBackground reports whether a Simplified heading heads a background.
func isBackground(simplified string) bool {
	return containsAny(simplified, backgroundWords) || strings.HasSuffix(simplified, "背景") || strings.HasSuffix(simplified, "现状")
}

// lastWord returns the end of the last occurrence of any word in s, or -1.
func lastWord(s string, words []string) int {
	best := -1
	for _, w := range words {
		if i := strings.LastIndex(s, w); i >= 0 && i+len(w) > best {
			best = i + len(w)
		}
	}
	return best
}

// firstWord returns the start of the first occurrence of any word in s, or -1.
func firstWord(s string, words []string) int {
	best := -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// kindWords classifies a Simplified heading by its kind words: the word
// that comes last decides ("重点工作完成情况" reports), except in the title of
// a report holding both ("2023年工作总结和2024年工作计划", "2023年工作成效及
// 2024年工作打算"), which is read as a summary first. strong tells whether the deciding word is a strong one.
func kindWords(simplified string) (Kind, bool) {
	h := notPlan.ReplaceAllString(simplified, "")
	h = goalToComplete.ReplaceAllString(h, "")  // "确保各项目标任务的圆满完成" plans
	h = keyWorkObject.ReplaceAllString(h, "")   // "强化重点工作信息公开" names work done
	h = arrangingWork.ReplaceAllString(h, "$1") // "狠抓安排部署" is work done
	h = asDeployment(h)                         // "有关部署情况" sets work out
	ps, pw := lastWord(h, strongPlanWords), lastWord(h, weakPlanWords)
	ss, sw := lastWord(h, strongSummaryWords), lastWord(h, weakSummaryWords)
	p, s := max(ps, pw), max(ss, sw)
	switch {
	case p < 0 && s < 0:
		return "", false
	case p >= 0 && s >= 0:
		if t, c := firstWord(h, []string{"总结", "工作成效", "主要成效", "完成情况", "工作回顾"}), firstWord(h, []string{"计划", "安排", "打算", "思路", "要点"}); t >= 0 && c > t {
			return KindSummary, true
		}
		if ps < 0 && ss >= 0 {
			// "圆满完成2020年…抽检任务": a strong word of work done over
			// a weak one of work set, wherever they stand.
			return KindSummary, true
		}
		if p > s {
			return KindPlan, ps == p
		}
		return KindSummary, ss == s
	case p >= 0:
		return KindPlan, ps >= 0
	default:
		return KindSummary, ss >= 0
	}
}

// readHeadingTime reads what a Simplified heading says about its year and kind.
func readHeadingTime(simplified string) headingTime {
	var ht headingTime
	ht.kind, ht.strong = kindWords(simplified)
	h := notPlan.ReplaceAllString(simplified, "")
	if m := deadlineYear.FindStringSubmatch(h); m != nil {
		ht.year = parseYear(m[1])
		ht.kind, ht.strong = KindPlan, true
		return ht
	}
	// An explicit year that is not a base of comparison.
	for _, y := range findYears(h) {
		if y.Template {
			break
		}
		if comparisonBefore(h[:y.Start]) {
			continue
		}
		ht.year = y.Year
		break
	}
	if ht.year == 0 {
		if m := fiveYearPlan.FindStringSubmatchIndex(h); m != nil {
			n := ParseChineseNumber("十" + h[m[2]:m[3]])
			ht.year = 2010 + 5*(n-11)
			ht.period = true
		}
	}
	switch {
	case containsAny(h, nextPartOfYear):
		ht.kind, ht.strong = KindPlan, true
		if ht.year == 0 {
			ht.relative = true
		}
	case containsAny(h, thisPartOfYear):
		if ht.kind == "" || !ht.strong {
			ht.kind, ht.strong = KindSummary, true
		}
		if ht.year == 0 {
			ht.relative = true
		}
	}
	if ht.year == 0 && !ht.relative {
		switch {
		case comparesWithYear(h) || containsAny(h, carriedOver):
			// "与上年比较,医院增加154个" compares; "无上年度结转" says
			// what came over from it: neither dates anything.
		case containsAny(h, []string{"去年", "过去一年", "上一年", "上年"}):
			ht.relative, ht.rel = true, -1
			if ht.kind == "" {
				ht.kind = KindSummary
			}
		case containsAny(h, []string{"今年", "本年"}):
			ht.relative = true
		case containsAny(h, []string{"明年", "来年", "下一年"}):
			ht.relative, ht.rel = true, 1
			ht.kind, ht.strong = KindPlan, true
		}
	}
	return ht
}

// partLabel is the part of a report a heading opens: "附件1", "附件",
// "名词解释"; "" for a heading of the body.
func partLabel(m marker) string {
	if m.style != styleAnnex {
		return ""
	}
	if !strings.HasPrefix(m.text, "附件") {
		return "名词解释"
	}
	return m.text
}

// titleKind is the kind a report's title gives all its text until a heading
// says otherwise: "工作计划", "实施方案", "意见" plan; anything else reports.
func titleKind(simpTitle string) Kind {
	k, _ := kindWords(withoutGoalReached(datedHalf.ReplaceAllString(simpTitle, "$1")))
	if k == "" && fiveYearPlan.MatchString(simpTitle) && !fiveYearReview.MatchString(simpTitle) {
		// "宝应县“十四五”卫生健康主要发展指标": a plan period's
		// indicators, its targets, when the title says nothing of a review.
		return KindPlan
	}
	if k == "" && titledPeriod.MatchString(simpTitle) && !containsAny(simpTitle, reviewTitleWords) && !containsAny(simpTitle, studyTitleWords) {
		// "健康中国行动(2019—2030年)": a programme over a period of years,
		// its targets, when the title says nothing of a review or a study.
		return KindPlan
	}
	return k
}

// goalReached is a goal a title reports reached: "甘肃实现以县为单位消除
// 新生儿破伤风目标", "提前完成十三五规划目标".
var goalReached = regexp.MustCompile(`(?:实现|达到|完成|达成)[^，。；,;:：]{0,20}?目标`)

// goalWanted words before a goal reached make it one still sought: "力争
// 实现…目标".
var goalWanted = []string{"力争", "确保", "争取", "努力", "要", "将", "拟", "推动", "助力", "为"}

// withoutGoalReached is a title without the goals it reports reached,
// whose 目标 sets no plan.
func withoutGoalReached(title string) string {
	ms := goalReached.FindAllStringIndex(title, -1)
	for i := len(ms) - 1; i >= 0; i-- { // last first: cuts keep the earlier offsets
		m := ms[i]
		if !slices.ContainsFunc(goalWanted, func(w string) bool { return strings.HasSuffix(title[:m[0]], w) }) {
			title = title[:m[1]-len("目标")] + title[m[1]:]
		}
	}
	return title
}

// datedHalf is a half year a title dates ("郑州公示2017下半年卫生行政处罚
// 案件"): the half its figures are of, not the rest of the year a plan
// sets out; "2023年下半年工作计划" plans by its other words.
var datedHalf = regexp.MustCompile(`((?:19|20)\d{2}\s*年?\s*)下半年`)

// studyTitleWords make a title over a period of years a study of what was
// observed in it ("2012—2021年青岛市围产儿出生缺陷监测分析"), not a
// programme's targets.
var studyTitleWords = []string{"分析", "监测", "调查", "研究", "统计", "流行特征", "趋势"}

// titledPeriod is a period of years a title names: "(2019—2030年)".
var titledPeriod = regexp.MustCompile(`(?:19|20)\d{2}\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年`)

// fiveYearReview names a plan period that is over in a title: "十三五时期
// 成就", "“十三五”以来".
var fiveYearReview = regexp.MustCompile(planName + `[”"」』]?(?:以来|期间|时期)`)

// carriedOver say what the year before left to this one: "上年度结转",
// "上年结转的申请".
var carriedOver = []string{"上年度结转", "上年结转", "上一年度结转", "上年度转来", "上年转来"}

// comparesWithYear reports whether a heading names the year before only
// to compare with it: "比上年", "与去年同期相比", or a line cut after "与"
// ("上年比较,医院增加154个").
func comparesWithYear(h string) bool {
	return comparedYear.MatchString(h) || containsAny(h, []string{"上年比较", "去年比较", "上年相比", "去年相比", "上年同期", "去年同期"})
}
