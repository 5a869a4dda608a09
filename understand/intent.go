package understand

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/healthbot/healthbot/corpus"
)

// Intent is what a request asks for.
type Intent string

// The intents; IntentAuto means "read it from the text".
const (
	IntentAuto     Intent = ""
	IntentQuestion Intent = "question" // answer from past reports
	IntentFigure   Intent = "figure"   // look up a figure
	IntentTrend    Intent = "trend"    // an indicator across years
	IntentDraft    Intent = "draft"    // draft an outline or section
	IntentHelp     Intent = "help"
)

var (
	helpWords  = []string{"帮助", "怎么用", "你能做什么", "你会什么", "使用说明", "help"}
	draftVerbs = []string{"起草", "拟写", "草拟", "拟定", "撰写", "写一份", "写一个", "写个", "帮我写", "编写", "拟一份", "列一个提纲", "列个提纲"}
	draftNouns = []string{"提纲", "大纲", "部分", "计划", "总结", "报告", "材料", "要点", "方案", "章节", "段落"}
	// perYearUnit is an amount's unit per head and year ("补助每人每年提到
	// 多少").
	perYearUnit = regexp.MustCompile(`(?:每人|人均|每户|户均)每年`)
	trendWords  = []string{"这几年", "近几年", "这两年", "近两年", "这三年", "近三年", "近年来", "历年", "逐年", "变化", "趋势", "各年", "每年", "对比", "比较", "走势", "几年来", "这些年"}
	// figureWords ask for a number.
	figureWords = []string{"多少", "几个", "几家", "几所", "几次", "几回", "几趟", "几起", "几例", "几人", "几拨", "几轮", "几批", "几张", "几天", "几名", "几位", "几项", "几条", "几件", "几种", "几台", "几辆", "几场", "几期", "几篇", "几成", "几颗", "几支", "比例", "比率", "占比", "数量", "金额", "数字", "数据", "达到了", "是几", "多大的盘子", "多大盘子", "盘子一共多大", "盘子有多大", "盘子多大", "多大规模", "规模多大", "面积多大", "有多大", "多大面积", "有多高", "多高", "占多大", "占了多大", "多大一块", "多大比重", "多大比例", "多大份额"}
	figureEnds  = []string{"率", "数", "量", "额", "比", "覆盖面", "人次", "满意度", "知晓度"}
	// amountAsked ask for the amount of one change over a period ("这几年
	// 提高了多少"), not for a figure year by year.
	amountAsked = []string{"提高了多少", "增长了多少", "下降了多少", "增加了多少", "减少了多少", "涨了多少", "降了多少", "多了多少", "少了多少", "提高多少", "增加多少", "多出来多少", "多出多少", "掉了多少", "提了多少", "升了多少", "提升了多少", "上升了多少", "降低了多少", "缩短了多少"}
	// averageChange ask for the stated average change over the years
	// ("前几年业务收入每年平均涨多少": 年均增长), one figure, not a figure
	// year by year.
	averageChange = []string{"平均涨", "平均增长", "平均增加", "平均提高", "平均上升", "平均下降", "平均减少", "平均降", "年均"}
	// reachedAsked ask for the level reached ("这两年人均寿命到多少岁了"),
	// not for a figure year by year, unless the start is asked too ("从多少
	// 涨到了多少").
	reachedAsked = []string{"到多少", "到了多少", "至多少", "到几", "到了几"}
	// totalAsked ask for one total over the years named ("这几年一共投入了
	// 多少"), not for a figure year by year.
	totalAsked = []string{"一共", "总共", "累计", "合计", "总计", "加起来"}
	// amountWords ask an amount itself, beside a which-word: "哪几个县
	// 签约率多少".
	amountWords = []string{"多少", "几", "多大", "多高", "多长", "多久"}
	// demonstrativeFew point at a few things named before ("那几个国家区域
	// 医疗中心是哪几个方向的") or ask for a few of a list ("挑几个说说"): no
	// amount asked.
	demonstrativeFew = []string{"那几个", "这几个", "那几家", "这几家", "那几项", "这几项", "那几类", "这几类", "那几种", "这几种", "那几件", "这几件", "那几条", "这几条", "那几所", "这几所",
		"那几轮", "这几轮", "那几次", "这几次", "那几批", "这几批", "那几场", "这几场", "那几期", "这几期",
		"挑几个", "举几个", "说几个", "列几个", "讲几个", "选几个", "挑几项", "举几项", "说几项", "列几项",
		// "发病最多的前几种病是哪些": the top few of a ranking, named.
		"前几个", "前几种", "前几位", "前几名", "前几类", "前几项", "前几大"}
	// eachAmount ask the number of each of several items ("各多少家").
	eachAmount = []string{"各多少", "各有多少", "分别多少", "分别有多少", "各几", "分别是多少"}
	// namesAsked ask what things are called: a question naming a count
	// beside them ("分几个院区，都叫啥") wants the items.
	namesAsked = []string{"叫啥", "叫什么", "叫哪些", "名字是", "啥名", "什么名"}
	// whichWords ask which ones, not how many: "有哪几个专项行动".
	whichWords = []string{"哪几个", "哪几项", "哪几种", "哪几类", "哪几件", "哪几条", "哪几方面", "哪几家", "哪几所", "哪几大块", "哪几大方面", "哪几大类", "哪几块", "哪几点", "哪几",
		// "说几个": a few of the items asked, not a count.
		"说几个", "举几个", "列几个", "说几条", "举几条", "列几条", "说几项", "列几项"}
)

// DetectIntent reads what a request asks for from its Chinese phrasing.
func DetectIntent(text string) Intent {
	q := strings.ToLower(corpus.Normalize(text))
	// "每人每年" is the unit of an amount, not a question across years.
	q = perYearUnit.ReplaceAllString(q, "人均")
	switch {
	case containsAny(q, helpWords) && len([]rune(q)) <= 16:
		return IntentHelp
	case containsAny(q, draftVerbs) && containsAny(q, draftNouns):
		return IntentDraft
	case AsksDirection(q) && !strings.Contains(q, "多少"):
		// "这几年发病是往上走还是往下走": the trend stated, in words; a
		// question asking the amounts too ("各新增了多少？是多了还是少了")
		// is read below.
		return IntentQuestion
	case containsAny(q, trendWords) && !containsAny(q, amountAsked) && !containsAny(q, averageChange) && !comparedWithBefore.MatchString(q) && !containsAny(q, totalAsked) && !asksReached(q) && !asksHowNotFigures(q) &&
		(containsAny(q, figureWords) || endsWithMeasure(stripWords(q, trendWords)) || strings.Contains(q, "指标") || len(Indicators(Topic(stripWords(q, trendWords)))) > 0):
		return IntentTrend
	case containsAny(q, namesAsked):
		// "分几个院区，都叫啥": the names, which count themselves.
		return IntentQuestion
	case (strings.Contains(q, "哪些") || containsAny(q, whichWords)) && containsAny(q, eachAmount):
		// "专业公共卫生机构都有哪些，各多少家", "分哪几类，各有多少家": the
		// items, each with its number, as the text lists them.
		return IntentQuestion
	case containsAny(q, whichWords) && !containsAny(stripWords(stripWords(q, whichWords), demonstrativeFew), amountWords):
		// "占比靠前的是哪几类": the items, the measure only ranks them.
		return IntentQuestion
	case WantsMeans(q) && !containsAny(q, amountWords) && !containsAny(q, figureWords):
		// "婚检这块，是怎么保证检查质量的": how, though its last word is
		// a measure's.
		return IntentQuestion
	case containsAny(stripWords(q, whichWords), figureWords) && !pointsAtFew(q) || AskedUnit(stripWords(q, whichWords)) != "" && !WantsList(q) && !pointsAtFew(q) || !containsAny(q, whichWords) && endsWithMeasure(q):
		return IntentFigure
	}
	return IntentQuestion
}

// pointsAtFew reports whether the only amount a question names is the few
// things it points at ("那几件实事都有啥"): it asks what they are.
func pointsAtFew(q string) bool {
	return containsAny(q, demonstrativeFew) && !containsAny(stripWords(q, demonstrativeFew), amountWords)
}

// asksReached reports whether q asks only the level a measure reached:
// "到多少" with no "从/由" before it.
func asksReached(q string) bool {
	return containsAny(q, reachedAsked) && !strings.Contains(q, "从") && !strings.Contains(q, "由")
}

// WhichKind is the kind a question asks which things of ("哪些重点场所发现…"
// → the characters after 哪些, up to 8: "重点场所发现传染"); "" when it asks
// none. The caller matches its prefixes against the text.
func WhichKind(question string) string {
	q := corpus.Normalize(question)
	for _, w := range append([]string{"哪些"}, whichWords...) {
		if i := strings.Index(q, w); i >= 0 {
			rest := []rune(q[i+len(w):])
			n := 0
			for n < len(rest) && n < 8 && unicode.Is(unicode.Han, rest[n]) {
				n++
			}
			if n == 0 {
				// "那5种门诊慢特病，都是哪几种": the kind counted before.
				if m := countedKindAsked.FindStringSubmatch(q[:i]); m != nil {
					return m[1]
				}
			}
			return string(rest[:n])
		}
	}
	return ""
}

// countedKindAsked is a count and the kind it counts in a question: "那5种
// 门诊慢特病" → 门诊慢特病.
var countedKindAsked = regexp.MustCompile(`(?:\d+|[一二三四五六七八九十两]+)(?:个|种|类|项|家|所|批|条|件|位|名)(\p{Han}{2,8}?)(?:[，,？?。都是有]|$)`)

// verbAuxiliaries come between a subject and its verb and are no part of it.
var verbAuxiliaries = []string{"打算", "准备", "计划", "需要", "应该", "主要", "重点", "要", "将", "会", "能", "在", "有", "是", "都"}

// WhichVerb is the verb a which-question asks the objects of: up to four
// characters before the which-word, without auxiliaries ("要加快推动哪几个
// 方面" → "加快推动"); "" when none.
func WhichVerb(question string) string {
	q := corpus.Normalize(question)
	for _, w := range append([]string{"哪些"}, whichWords...) {
		i := strings.Index(q, w)
		if i < 0 {
			continue
		}
		before := []rune(q[:i])
		n := 0
		for n < len(before) && n < 4 && unicode.Is(unicode.Han, before[len(before)-1-n]) {
			n++
		}
		verb := string(before[len(before)-n:])
		for _, a := range verbAuxiliaries {
			if j := strings.LastIndex(verb, a); j >= 0 {
				verb = verb[j+len(a):]
			}
		}
		return verb
	}
	return ""
}

// TrendTopic is what a trend question asks to see across years: its topic
// without the words asking for a trend ("湖北这两年地区生产总值的变化" →
// "地区生产总值").
func TrendTopic(question string) string {
	topic := stripWords(Topic(question), trendWords)
	return strings.TrimSpace(strings.Join(strings.Fields(stripWords(topic, []string{"是", "的", "了"})), " "))
}

// stripWords removes words from s.
func stripWords(s string, words []string) string {
	for _, w := range words {
		s = strings.ReplaceAll(s, w, "")
	}
	return s
}

// endsWithMeasure reports whether the question's topic ends in a measure
// word ("签约率", "门诊人次"): it asks for the number.
func endsWithMeasure(q string) bool {
	topic := strings.TrimSpace(strings.TrimRight(Topic(q), "是的了怎么样呢 "))
	for _, e := range figureEnds {
		if strings.HasSuffix(topic, e) {
			return true
		}
	}
	return false
}

// listWords ask for the items of a topic rather than one fact.
var listWords = []string{"哪些", "哪几", "什么", "干啥", "啥", "怎么做", "如何", "有何", "打算", "安排", "做了", "干了", "措施", "举措", "重点", "任务", "分别", "内容", "进展", "部署", "成果", "成绩", "新变化",
	"怎么开展", "怎么推进", "怎么落实", "怎么抓", "怎么搞", "怎么建", "怎么管", "采取了", "采取哪些"}

// WantsList reports whether a question asks for the items under a topic
// ("有哪些措施", "打算干啥", "做了哪些工作"): answered with the items of the
// best matching section, in order, rather than with scattered sentences.
func WantsList(text string) bool {
	if _, ok := AskedItems(text); ok {
		return true
	}
	// "啥时候全部搞完", "什么时间": 啥 and 什么 of a time asked ask no items.
	return containsAny(stripWords(corpus.Normalize(text), whenAsked), listWords)
}

// AsksTotal reports whether a question asks a total ("一共有多少号人",
// "总共多少"): a table's total column answers it before its parts.
func AsksTotal(question string) bool { return containsAny(corpus.Normalize(question), totalAsked) }

// asksHowNotFigures reports whether q asks how something was done over
// the years ("这几年是怎么把北京天津的好医院资源弄过来的"), not for figures
// nor how they changed ("是怎么变化的").
func asksHowNotFigures(q string) bool {
	return WantsMeans(q) && !containsAny(q, figureWords) && !strings.Contains(q, "变") && !strings.Contains(q, "趋势") && !strings.Contains(q, "走势")
}

// meansWords ask how something is or was done ("具体是怎么激励的").
var meansWords = []string{"怎么", "如何", "具体", "怎样", "靠啥", "靠什么", "凭啥", "凭什么", "通过什么", "通过哪些", "用什么办法", "用啥办法", "靠哪些办法", "靠哪些措施", "靠哪些手段", "靠哪些举措"}

// WantsMeans reports whether a question asks how something is done: its
// answer is the several sentences that say so, more of one passage than a
// question after a single fact.
func WantsMeans(text string) bool {
	q := corpus.Normalize(text)
	// "咋个防病", "是咋公开的": 咋 of speech asks how; 咋样 asks how it
	// went, 咋没, 咋不, 咋回事 why.
	if strings.Contains(q, "具体") && containsAny(q, amountWords) && !containsAny(strings.ReplaceAll(q, "具体", ""), meansWords) {
		return false // "具体降到了多少": exactly how much, no how
	}
	return containsAny(q, meansWords) || howZa.MatchString(q)
}

// howZa is 咋 asking how a thing is done: "咋个", "咋公开", not "咋样",
// "咋没", "咋不", "咋回事", "咋还".
var howZa = regexp.MustCompile(`咋(?:个|[^样没不回还这那么])`)

// kindBeforeWhich is a question that names the kind it asks which things
// of before the which-word at its end: "加快建设的卫生重点项目有哪几个" →
// 卫生重点项目 (group 1).
var kindBeforeWhich = regexp.MustCompile(`(\p{Han}{3,12}?)(?:都|主要|具体)?(?:有|是|包括)(?:哪几个|哪几项|哪几家|哪几所|哪些|哪几)[？?。\s]*$`)

// MinKindBefore is the shortest kind named before the which-word that
// marks out a list: "措施" names the items of many a sentence.
const MinKindBefore = 3

// KindBefore is the kind a question names before its final which-word,
// without what qualifies it up to a 的 ("要加快建设的卫生重点项目" → 卫生重点
// 项目); "" when it names none long enough.
func KindBefore(question string) string {
	m := kindBeforeWhich.FindStringSubmatch(corpus.Normalize(question))
	if m == nil {
		return ""
	}
	kind := m[1]
	if i := strings.LastIndex(kind, "的"); i >= 0 {
		kind = kind[i+len("的"):]
	}
	if len([]rune(kind)) < MinKindBefore {
		return ""
	}
	return kind
}
