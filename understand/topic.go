package understand

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/places"
)

// saidIn points at where something was said ("开会说", "会上讲的",
// "规划里提到的", "文件要求"): the source, not what it is about. A meeting
// or document asked about ("开了几次会议") stays: only one followed by a
// verb of saying is dropped.
var saidIn = regexp.MustCompile(`(?:卫健委|卫健局|卫生健康委|卫生健康局|局长|主任|负责人)(?:都|也|还)?(?:说|讲|介绍|提到)(?:了|的|过)*|(?:(?:政府工作|政府|工作)?报告|开会时?|会上|会议上|大会上|会议|会里|文件|讲话|总结|规划|通知|方案|意见|清单|表格)(?:里|上|中)?(?:都|也|还)?(?:说|讲|提到|提出|提了|强调|要求|明确|写|填)(?:了|的|过|着)*|(?:政府工作|政府)报告(?:里面|里头|里|中|上)`)

// inTable names the table a figure stands in: "那张传染病统计表里", "汇总表
// 中". The table is where the figure is, not what is asked; its subject
// (传染病) would ask for a figure of the whole class.
var inTable = regexp.MustCompile(`(?:那张|这张|那个|这个)\p{Han}{0,12}?表格?(?:里面|里|中|上)|(?:统计表|一览表|情况表|汇总表|明细表)(?:里面|里|中|上)`)

// meetingSaid is a named meeting and what was said at it: "开卫生健康工作
// 会，说…". The meeting's name stays (it finds the report); the frame goes.
var meetingSaid = regexp.MustCompile(`开(\p{Han}{2,12}?)会(?:议)?(?:时|上)?[,，]?(?:都|也|还)?(?:说|讲|提到|提出|提了|强调|要求|明确)(?:了|的|过)*`)

// questionWords are the parts of a chat question that say how it is asked,
// not what it is about.
var questionWords = []string{
	"分成哪几类", "分为哪几类", "分成几类", "分为几类", "分哪几类", "分成哪几种", "分为哪几种", "分成哪些", "分为哪些",
	// which way a change went: "比2018年多了还是少了"
	"是多了还是少了", "多了还是少了", "多了还是少", "是增加了还是减少了", "增加了还是减少了", "增加还是减少", "增了还是减了", "涨了还是跌了", "涨了还是降了", "升了还是降了", "高了还是低了", "是升是降", "是涨是跌", "是增是减",
	// means asked: "是靠什么办法把医疗资源沉到基层去的"
	"是靠什么", "靠什么", "是靠啥", "靠啥", "是凭什么", "凭什么", "凭啥",
	// when asked: "第一针要求什么时候前打完"
	"在什么时候前", "什么时候之前", "什么时候前", "什么时候", "啥时候之前", "啥时候前", "啥时候", "什么时间", "何时",
	// the level reached asked: "早诊率现在做到多少了"
	"做到了多少", "做到多少", "做到了几", "做到几",
	"说个数就行", "给个数就行", "说个数", "给个数", "就行", "有多高", "多高", "百分之多少", "百分之几", "多少个百分点", "几个百分点", "多少钱", "是多少", "有多少", "多少", "有几", "哪几件事", "几件事", "哪几样", "那几样", "哪几个", "哪几项", "哪几种", "哪几类", "哪几件", "哪几条", "哪几大块", "哪几块", "几大块", "哪几大", "几大", "哪几个方面", "哪几方面", "哪几", "那几条", "那几项", "那几个", "那几件", "那几种", "那几类", "最少要做到", "至少要做到", "最少要达到", "至少要达到", "最少要", "至少要", "最少", "至少", "要重点抓", "重点要抓", "要主要抓", "主要要抓", "主要抓", "重点抓", "下面", "底下", "哪些事儿", "哪些事", "有哪些", "哪些", "是什么", "些什么", "什么", "是怎么样", "是怎么", "是如何", "是咋", "怎么样", "怎么办", "怎么说", "怎么", "如何", "有没有", "是否",
	"为什么", "为啥", "干啥", "是啥", "有啥", "些啥", "啥", "咋样", "咋", "请问", "帮我", "帮忙", "查一下", "查查", "看看", "告诉我", "一下",
	"本地的", "本地", "当地的", "当地", // the place asked, which the filters carry: "本地名医" is 名医
	"咱们", "我们", "咱", "他们", "她们", "人家", "大概", "到底", "究竟", "差不多", "大约", "大致", "一共", "总共", "累计", "加起来", "加一块", "加在一起", "合起来", "算下来", "情况", "这一块", "那一块", "这块", "那块", "这方面", "方面", "那个", "那些", "这个", "这些", "哪个", "那批", "这批",
	"以来", // "去年以来": the time word goes with the years, "since" with it
	"说几个", "举几个", "列几个", "说几条", "举几条", "列几条", "说几项", "列几项",
	"具体是", "具体", "平时", "这阵子", "那阵子", "这段时间", "到时候", "那时候", "多长时间", "多长", "多久", "上旬", "中旬", "下旬", "才算达标", "算达标", "自己", "哪里", "哪儿", "这儿", "那儿", "这边", "那边", "多大", "几个", "几回", "几趟", "报告里", "报告中", "意见里", "意见中", "方案里", "方案中", "文件里", "文件中", "通知里", "规划里", "总结里说", "总结中说", "统计里", "统计上", "统计中", "公报里", "公报上", "年鉴里", "年鉴上", "表里", "表上", "报告里说", "报告中说", "讲话里说", "总结里", "总结中", "讲话里", "讲话中", "提到的", "里面", "当时", "当初", "那会儿",
	"了没有", "没有", "吗", "呢", "吧", "啊", "呀", "的话", "或者",
	"总的来说", "总体上", "总体", "整体上", "整体", "干得", "做得", "搞得", "弄得",
	// A form asked about: "那张表上，编制填的是多少".
	"的东西", "那些东西", "这些东西", "里头", "前前后后", "一整年", "整整一年", "一年到头", "一年下来", "要搞的那", "要搞的", "要干的那", "说的那",
	"那张", "这张", "填的是", "填的", "填了", "填报的", "上面写的", "上写的",
	// An event asked about by what came after it: "过期疫苗的事出来以后".
	"的事出来以后", "的事出来后", "出来以后", "出来之后", "发生以后", "发生之后", "的事发生后", "的事",
}

// askWords say what kind of answer a question wants (the plan/summary
// filter carries that), not what it is about: "打算干啥", "做了哪些工作".
var askWords = []string{
	"主要", "打算", "计划", "要做", "准备做", "准备", "安排", "重点工作", "主要工作", "做了", "干了", "做过", "开展了", "取得了", "采取了", "采取",
	"工作", "事情", "事儿", "新举措", "举措", "措施", "进展", "成效", "成绩", "成果", "亮点", "新变化", "变化",
	"任务", "部署", "今后", "下一步", "有什么", "要完成", "要实现", "干",
	"硬招", "实招", "高招", "妙招", "新招", "招数", "好办法", "办法", "点子", "好做法", "做法",
	"涨了", "上定的", "上定了", "里定的", "要盯", "盯住", "盯紧", "抓的", "抓了", "抓好",
	"想争取", "争取拿下", "想拿下", "拿下", "想要", "抓手", "往前推",
	"上发力", "发力", "使劲", "下功夫", "下力气", // "在哪几个工程上发力": where the effort goes, the items asked
}

// structureWords name the standard parts of a plan or programme ("四、保障
// 措施", "二、主要目标"): a question naming one asks for that part, so they
// stay in its topic although they contain ask words (措施, 任务).
var structureWords = []string{"保障措施", "主要目标", "工作目标", "总体目标", "具体目标", "具体任务", "具体指标", "主要任务", "重点任务", "工作任务", "工作内容", "基本原则", "指导思想", "总体要求", "实施步骤", "工作措施", "组织保障", "工作思路", "总体思路", "思路"}

// askWordNouns are nouns of the reports that hold an ask word ("工作动态",
// "工作人员", "任务完成"): they stay whole in a topic.
var askWordNouns = []string{"工作动态", "工作人员", "工作经费", "工作站", "工作室", "工作日", "工作量", "工作组", "工作专班", "任务完成", "任务数", "任务量"}

// StructureWords are the standard parts of a plan a text names ("保障措施"
// in "推进健康融入所有政策有哪些保障措施"), in order.
func StructureWords(text string) []string {
	var out []string
	for _, w := range structureWords {
		if strings.Contains(text, w) {
			out = append(out, w)
		}
	}
	return out
}

// lightVerbWords open with a light verb or a preposition that is part of
// the word: "在职人员" is not 职人员, "就医" not 医.
var lightVerbWords = []string{"在职", "在编", "在岗", "在校", "在院", "在建", "在册", "在管", "在家", "在外", "对口", "就诊", "就医", "就业", "就近", "从业", "从事", "抓手"}

// particles are adverbs left alone between stripped words ("党建这块都做了啥"
// leaves "都"): a word of one of them says nothing of the topic.
const particles = "都也还又再才就却"

// prepositions left alone once the place after them is read ("跟北京天津搞
// 合作": 跟) say nothing of the topic.
const prepositions = "跟和与同给向对在"

// Topic is what a question is about: Simplified and normalised, without
// the years, relative-time words and place its filters carry and without
// question words. A question that is nothing but those is returned whole.
func Topic(question string) string {
	return topics.of(question, topicOf)
}

// topics remembers the topics of recent questions.
var topics memo

// topicOf reads a question's topic, as Topic.
func topicOf(question string) string {
	if q := topicWords(question); strings.TrimSpace(q) != "" {
		// Aid sent to a province, said by where it went ("往湖北…支援"),
		// is the reports' 援鄂: the place read off the topic stays in it
		// that way.
		if aid := aidTerms(corpus.Normalize(question)); len(aid) > 0 {
			q += " " + strings.Join(aid, " ")
		}
		return q
	}
	return corpus.Normalize(question)
}

// yearlyCount is "一年" before the verb of a yearly count ("一年出院多少
// 病人", "一年接诊多少人次"): how the count runs, not a kind of it.
var yearlyCount = regexp.MustCompile(`一年(出院|住院|收治|接诊|门诊|看病|救治|手术|接种|体检|筛查)`)

// comparedBase is the earlier time a change is asked against: "比7月",
// "比上个月", "跟去年比", "较2020年", "跟以前比". The question's years and
// change are read from it elsewhere; in the topic its 比 would end the
// measure ("发病数比" read as a ratio).
var comparedBase = regexp.MustCompile(`(?:比|较)` + earlierTime + `|(?:跟|和|与)` + earlierTime + `(?:比|相比|比较)`)

// earlierTime is a time a change may be asked against.
const earlierTime = `(?:上年|去年|前一年|上一年|前年|上月|上个月|以前|之前|过去|原来|从前|往年|(?:1[0-2]|[1-9])月份?|(?:19|20)\d\d年)`

// onPlatform is a place or field an action happens in, framed by 在…上:
// "在微博上发了多少条", "在看病保健上花了多少钱". The frame says nothing;
// 上 before a word it forms ("上报", "上升", "上门") stays.
var onPlatform = regexp.MustCompile(`在(\p{Han}{2,8}?)上([^班报升涨网门线级年半调市访岗定的\P{Han}])`)

// offPlatform writes the match of onPlatform as the place and the verb
// alone, unless 上 ends a word of its own ("网上舆论") or the frame is
// money spent on something ("花在项目上的钱", which the thesaurus reads).
func offPlatform(m string) string {
	g := onPlatform.FindStringSubmatch(m)
	if strings.HasSuffix(g[1], "网") {
		return m
	}
	return " " + g[1] + " " + g[2]
}

// spentOn is money spent on something, as staff say it: "财政花在教育上的钱",
// "花在项目上的经费", "在卫生健康上花了". Reports write it X支出 (教育支出,
// 项目支出); 财政 before it only says whose money.
var spentOn = regexp.MustCompile(`(?:财政)?(?:花在(\p{Han}{1,8}?)(?:方面)?上面?的?(?:钱|经费|资金|开支)?|在(\p{Han}{2,8}?)(?:方面)?上(?:一共|总共|共|都)?花(?:了|掉|费了?)?)`)

// attendanceAsked asks how many came to something ("大概来了多少人",
// "到场的有几个人", "多少人参加"): the reports' 参加人数. The meeting held
// ("开卫生健康工作会") then only says which report. 多少人次 is a unit of
// its own ("参加了多少人次"): the rune after the match is kept, never 次.
var attendanceAsked = regexp.MustCompile(`(?:(?:来了|到场了?|到会了?|参会|与会|出席了?|参加了?)的?(?:大概|大约|一共|总共|共)?有?(?:多少|几)个?人|(?:多少|几)个?人(?:参加|出席|参会|与会|到场|到会))([^次]|$)`)

// meetingHeld is a meeting named by holding it: "开卫生健康工作会", "开了
// 务虚会那次".
var meetingHeld = regexp.MustCompile(`开了?\p{Han}{2,14}?会议?(?:上|时|那次)?`)

// peopleSent is the people counted before where they went: "派了多少人去支
// 援", "来了几个人到"; 多少人次 stays a unit.
var peopleSent = regexp.MustCompile(`(?:多少|几)个?人([去来到])`)

// countedThings is "东西" (things) counted by a classifier: "多少条东西",
// "几篇东西" say nothing of what; "东西部协作" is a word.
var countedThings = regexp.MustCompile(`(?:多少|几)?[条个篇份件项些样]东西`)

// setAsideAside is a bracketed note of what the question leaves out:
// "光是医院（不算基层和其他机构）".
var setAsideAside = regexp.MustCompile(`[（(]\s*(?:不算|不包括|不含|不计|除去|除了)[^（()）]{1,20}[）)]`)

// setAside is a clause that sets something aside: "别跟宫颈的弄混了",
// "不算卫生院诊所那些", "不是今年先申请的那部分", "除了建医院，还". What it
// names is not the topic.
var setAside = regexp.MustCompile(`(^|[^是])(?:[，,]\s*)?(?:(?:别|不要|可别|莫)(?:跟|和|与|同)\p{Han}{1,10}?(?:弄混|搞混|混淆|搞错|弄错|混)了?|(?:不是|不算|不包括|不含)\s*\p{Han}[\p{Han}\s]{0,12}?(?:那部分|那些|那块|那个)|除了\p{Han}{1,10}?(?:以外|之外)?[，,]\s*(?:还|另外)?)`)

// whichValue says which of a figure's values is asked, in a table's words:
// "死亡率基数", "基年那一栏", "2022年那一列". It names no topic.
// byRequirement frames a question by the document whose requirement it
// asks about ("按健康中国行动的要求，", "按照十四五规划的部署，"): the search
// finds that document by the words that follow.
var byRequirement = regexp.MustCompile(`(?:^|[，,])\s*按照?《?[^，,。？?]{2,16}?》?的?(?:要求|规定|部署|精神|安排)[，,]`)

// targetSetBy is a target named by who set it ("市里给定的指标", "省里下达
// 的任务数", "上级定的目标"): the plan kind asked, not the topic.
var targetSetBy = regexp.MustCompile(`(?:市里|省里|县里|区里|上级|上面|国家)?(?:给定|下达|下|给|定)的(?:控制线|控制指标|指标|目标|任务数?)(?:值|数)?(?:是|为)?`)

var whichValue = regexp.MustCompile(`(?:的)?(?:基数|底数|基期值|基期|起始值|基年)?(?:那一?栏|那一?列|那一?格|那一?行)|(?:的)?(?:基数|底数|基期值|基期|起始值)`)

// bloodTest is a blood test for a disease in lay words: "验艾滋病血", "查
// 乙肝的血". The reports call it the disease's 筛查.
var bloodTest = regexp.MustCompile(`(?:验|查|化验)(\p{Han}{2,5}?)的?血`)

// visitsSeen asks the visits an institution saw: "看了多少人次", "一共看了
// 几万人次". The reports count them as 诊疗人次.
var visitsSeen = regexp.MustCompile(`(?:一共|总共|共)?看了?(?:多少|几)万?人次`)

// vehicleSent is sending vehicles counted with the count between the verb
// and its object: "一共派了多少次车" is 派车, "出了几趟车" 出车.
var vehicleSent = regexp.MustCompile(`(派|出|发)了?(?:多少|几)\s*(?:次|趟|回|辆)?\s*车`)

// askedCount asks which of a stated number of things: "是哪三个", "哪两点".
var askedCount = regexp.MustCompile(`是?哪[两二三四五六七八九十](?:个方面|方面|个|点|条|项|件)`)

// HasOwnTopic reports whether a question names a topic besides time,
// place and question words ("比前年涨了多少" names none: it asks about the
// topic of the question before it).
func HasOwnTopic(question string) bool { return strings.TrimSpace(topicWords(question)) != "" }

// topicWords is Topic without its fallback: "" for a question that is
// nothing but time, place and question words.
func topicWords(question string) string {
	q := StripYears(baseYear.ReplaceAllString(withoutGroupBase(perHeadOf(timedLay().Replace(spokenUnits.Replace(withoutExamples(comparedBase.ReplaceAllString(corpus.Normalize(question), " ")))))), " "))
	if attendanceAsked.MatchString(q) {
		q = attendanceAsked.ReplaceAllString(meetingHeld.ReplaceAllString(q, " "), " 参加人数 $1")
	}
	q = countedNoun.ReplaceAllStringFunc(q, func(m string) string {
		s := countedNoun.FindStringSubmatch(m)
		if s[3] == "剂" && s[4] == "次" {
			return m // "多少剂次": the unit itself, nothing counted after it
		}
		return s[1] + s[2] + " " + s[4]
	})
	q = askedCount.ReplaceAllString(q, " ")             // "是哪三个", "哪两点"
	q = meetingSaid.ReplaceAllString(q, " $1 ")         // "开卫生健康工作会，说"
	q = saidIn.ReplaceAllString(q, " ")                 // "开会说", "文件里提到的"
	q = inTable.ReplaceAllString(q, " ")                // "那张传染病统计表里": where, not what
	q = spentOn.ReplaceAllString(q, " ${1}${2}支出 ")     // "财政花在教育上的钱", "在卫生健康上花了"
	q = strings.ReplaceAll(q, "现在", " ")                // now, which the filters read: its 在 frames nothing
	q = onPlatform.ReplaceAllStringFunc(q, offPlatform) // "在微博上发了", "在看病保健上花"
	q = countedThings.ReplaceAllString(q, " ")          // "推了多少篇东西"
	q = setAside.ReplaceAllString(q, "$1 ")             // "别跟宫颈的弄混了", "不算卫生院诊所那些"
	q = setAsideAside.ReplaceAllString(q, " ")          // "（不算基层和其他机构）"
	q = whichValue.ReplaceAllString(q, " ")             // "死亡率基数", "基年那一栏"
	q = targetSetBy.ReplaceAllString(q, " ")            // "市里给定的指标": a target, which the kind filter carries
	q = byRequirement.ReplaceAllString(q, " ")          // "按健康中国行动的要求，": whose requirement, not what is asked
	q = peopleSent.ReplaceAllString(q, " $1")           // "派了多少人去支援"
	q = bloodTest.ReplaceAllString(q, " ${1}筛查 ")       // "验艾滋病血": screening for it
	q = visitsSeen.ReplaceAllString(q, " 诊疗人次 ")        // "一共看了多少人次": the visits
	q = vehicleSent.ReplaceAllString(q, " ${1}车 ")      // "一共派了多少次车": 派车
	q = yearlyCount.ReplaceAllString(q, " $1")          // "一年出院多少病人": how the count runs
	q = strings.ReplaceAll(q, "老人家", "老年人")             // "老人家定期体检": not the pronoun 人家 after 老
	q = withAskedLay(stripPlaces(stripPeriods(q)))      // "一共救了多少病人": 救治, before 了 and 多少 go
	if Place(question) == corpus.NationalPlace {
		q = strings.ReplaceAll(q, corpus.NationalPlace, " ") // the place filter carries it
		if b := corpus.NationalBody(q); b != "" {
			q = strings.ReplaceAll(q, b, " ") // "国家卫健委去年…": the body speaks for the country
		}
	}
	q = outsideStructureWords(q, func(part string) string {
		for _, w := range questionWords {
			part = strings.ReplaceAll(part, w, " ")
		}
		for _, w := range askWords {
			part = strings.ReplaceAll(part, w, " ")
		}
		return part
	})
	q = withoutIndicatorWords(question, q)
	q = strings.Join(strings.FieldsFunc(q, func(r rune) bool {
		return r == ' ' || r == '?' || r == ',' || r == '。' || r == '!' || r == '、' || r == ';' || r == ':' || r == '(' || r == ')' || r == '“' || r == '”' || r == '"'
	}), " ")
	var words []string
	for _, w := range strings.Fields(q) {
		w = strings.TrimLeft(w, "的") // "的在职人员": 在职 is a word after it
		switch {
		case w == "对外":
			w = "" // "对外一共发了多少条": how, not what
		case !strings.HasPrefix(w, "对外") && !opensWithAny(w, lightVerbWords): // "对外公开", "在职", "就医" are words
			w = strings.TrimLeft(w, "在对关于就从的搞抓") // "搞医共体", "抓党建": the light verb says nothing of the topic
		}
		if rest, ok := strings.CutPrefix(w, "推"); ok && utf8.RuneCountInString(rest) >= 2 && !strings.ContainsRune("进广动行出荐送介选倒翻", []rune(rest)[0]) {
			w = rest // "推健康中国行动": 推 says 推进, not the topic
		}
		if i := strings.Index(w, "都"); i == 0 || i > 0 && (utf8.RuneCountInString(w[:i]) >= 3 || i+len("都") == len(w)) {
			// "都搞了哪些专科联盟", "县医院都搞了哪些…": 都 and the light verb
			// after it say nothing of the topic; the words before them do.
			if rest := strings.TrimLeft(w[i+len("都"):], "搞弄用做干"); i > 0 && rest != "" {
				words = append(words, w[:i])
				w = rest
			} else if i > 0 {
				w = w[:i]
			} else {
				w = rest
			}
		}
		// "村卫生室里有执业助理医师": what is counted (执业助理医师) and
		// where (村卫生室), two words.
		if before, after, ok := cutContainedIn(w); ok {
			words = append(words, before)
			w = after
		}
		// "总结会上", "工作会议上": the meeting, by what it was about.
		if m, ok := strings.CutSuffix(w, "会议上"); ok && m != "" {
			w = m
		} else if m, ok := strings.CutSuffix(w, "会上"); ok && m != "" {
			w = m
		}
		w = trimAskingTail(w) // "每千人口几": the numeral asked
		if m, ok := strings.CutSuffix(w, "要"); ok && utf8.RuneCountInString(m) >= 2 && !wordEndsInYao(w) {
			w = m // "疫情常态化防控要怎么弄": 要 asks what is to be done
		}
		if m := disposalTarget.FindStringSubmatch(w); m != nil {
			w = m[1] // "要把慢性病导致的过早死亡比例压到": the measure the target is of
		}
		if i := strings.Index(w, "要"); i >= 0 && !wordEndsInYao(w[:i+len("要")]) && opensWithAny(w[i+len("要"):], modalVerbs) {
			// "社康要新开": the modal between the topic and what is to
			// be done to it.
			if i > 0 {
				words = append(words, w[:i])
			}
			w = w[i+len("要"):]
		}
		// "民生保障上都": a particle after a postposition.
		if r, size := utf8.DecodeLastRuneInString(w); size > 0 && strings.ContainsRune(particles, r) && utf8.RuneCountInString(w) > 2 {
			if p := strings.TrimRight(w[:len(w)-size], "上里中"); len(p) < len(w)-size {
				w = p
			}
		}
		if full, ok := spokenNouns[w]; ok {
			w = full
		}
		if w != "" && w != "到" && !(utf8.RuneCountInString(w) == 1 && strings.Contains(particles+prepositions, w)) {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

// countedNoun is a count asked of a noun with its classifier ("多少张床",
// "几个医共体", "多少个3到6岁小孩"): the classifier belongs to the number, not the topic ("哪几
// 件事", "那几条" are question words of their own). 件 and 条 stay: they
// are often part of the reports' word ("多少件申请" and 办件, 件数).
var countedNoun = regexp.MustCompile(`(^|[^哪那])(多少|几)(张|个|家|名|所|座|台|辆|项|支|例|篇|场|期|针|剂次|剂|份|批)(\p{Han}|[0-9])`)

// spokenNouns are one-character nouns of speech and the reports' words
// for them ("多少张床" asks for 床位).
var spokenNouns = map[string]string{"床": "床位", "病床": "床位"}

// spokenUnits are spoken forms of the reports' per-unit words ("每个月"
// for 每月).
var spokenUnits = strings.NewReplacer("每个月", "每月", "每一个月", "每月", "每个人", "每人", "每一年", "每年", "每个县", "每县",
	// A share reached, as staff ask it ("要占到多大比例"): the reports' 占.
	"要占到", "占", "能占到", "占", "占到", "占")

// spokenPerHead is a base of population as staff say it ("平均一千个人能摊
// 到几张病床", "一千个老百姓能摊上几个医生", "每一万个人里摊到几个"): the
// reports' 每千人口 or 每万人口, with the verb of sharing out after it.
var spokenPerHead = regexp.MustCompile(`(?:平均)?(?:每一?|一)(千|万)[个口]?(?:人口|人|老百姓|百姓|居民|群众|常住人口)(?:里头|里面|里|中|当中)?(?:平均)?(?:能)?(?:摊到|摊上|摊|分到|分摊)?`)

// spokenPerGroup is a base of a group of people as staff say it ("平均每
// 一千个老人能摊到几张养老床"): the reports' 每千名老年人.
var spokenPerGroup = regexp.MustCompile(`(?:平均)?(?:每一?|一)(千|万)[个名位]?(老人|老年人|儿童|孩子|娃娃|孕产妇)(?:里头|里面|里|中|当中)?(?:平均)?(?:能)?(?:摊到|摊上|摊|分到|分摊)?`)

// groupOfSpeech writes a group as the reports name it.
var groupOfSpeech = map[string]string{"老人": "老年人", "老年人": "老年人", "儿童": "儿童", "孩子": "儿童", "娃娃": "儿童", "孕产妇": "孕产妇"}

// perHeadOf writes a spoken base of population as the reports do.
func perHeadOf(q string) string {
	q = spokenPerGroup.ReplaceAllStringFunc(q, func(m string) string {
		g := spokenPerGroup.FindStringSubmatch(m)
		return "每" + g[1] + "名" + groupOfSpeech[g[2]]
	})
	return spokenPerHead.ReplaceAllString(q, "每${1}人口")
}

// stripPlaces removes the places named in q (and a possessive 的 after
// them): the place filter carries them.
func stripPlaces(q string) string {
	type span struct{ start, end int }
	var spans []span
	var named []placeMention
	taken := make([]bool, len(q)+1)
	for _, m := range places.Find(q) {
		spans = append(spans, span{m.Start, m.End})
		named = append(named, placeMention{name: m.Place.Name, start: m.Start, end: m.End})
		for i := m.Start; i < m.End; i++ {
			taken[i] = true
		}
	}
	// A city by its short form alone ("乐山2023年…"), and a county of a
	// city named by its short form ("绥化…，安达…"), as Places reads them.
	short := cityShortForms(q, taken)
	named = append(named, short...)
	for _, c := range slices.Concat(short, countiesOfNamedCity(q, named, taken)) {
		spans = append(spans, span{c.start, c.end})
	}
	if len(spans) == 0 {
		return q
	}
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	var b strings.Builder
	last := 0
	for _, m := range spans {
		if m.start < last || inCompound(q, m.start) {
			continue
		}
		b.WriteString(q[last:m.start])
		b.WriteByte(' ')
		last = m.end
		if ownedBy(q[:last], q[last:]) {
			// "闵行区属公立医疗机构": 区属 (owned by the district) is the
			// topic's word; the division's suffix stays with it.
			_, size := utf8.DecodeLastRuneInString(q[:last])
			last -= size
			continue
		}
		last += len(placeTail(q[last:]))
		if last == m.end && endsInDivision(q[:last]) {
			last += len(withinPlace(q[last:])) // "咸宁市里的急救车"
		}
	}
	b.WriteString(q[last:])
	return b.String()
}

// programPrefixes open the names of campaigns built on a place ("健康江苏",
// "平安四川", "美丽宁夏"): there the place is part of the topic.
var programPrefixes = []string{"健康", "平安", "美丽", "数字", "幸福", "法治", "文明", "智慧", "绿色", "活力", "书香", "诚信"}

// inCompound reports whether the place at byte i is part of a campaign's
// name ("建设健康江苏"): the name is the topic, not where it is asked about.
func inCompound(q string, i int) bool {
	for _, p := range programPrefixes {
		if strings.HasSuffix(q[:i], p) {
			return true
		}
	}
	return false
}

// placeTail is what follows a place name and belongs to it when the
// question names the place only: "的", or the body that governs it
// ("卫健委", "人民政府").
func placeTail(s string) string {
	for _, t := range []string{"卫生健康委员会", "卫生健康委", "卫健委", "卫生健康局", "卫健局", "卫生局", "人民政府", "政府", "全省", "全市", "全县", "的"} {
		if strings.HasPrefix(s, t) {
			return t
		}
	}
	return ""
}

// ownedBy reports whether a place name ending a division's suffix (区,
// 市, 县, 省, 州) runs into 属, 直属 or 级: "区属医院", "市直属单位", what the
// division owns; "黔西南州级的救治中心", the level asked.
func ownedBy(before, after string) bool {
	return endsInDivision(before) && (strings.HasPrefix(after, "属") || strings.HasPrefix(after, "直属") || strings.HasPrefix(after, "级"))
}

// withinPlaceWords say "in" the place before them ("市里的", "县里面"):
// part of naming the place, not of the topic.
var withinPlaceWords = []string{"里面的", "里头的", "里的", "里面", "里头", "里"}

// withinPlace is the "in" word s opens with, or "".
func withinPlace(s string) string {
	for _, t := range withinPlaceWords {
		if strings.HasPrefix(s, t) {
			return t
		}
	}
	return ""
}

// endsInDivision reports whether s ends with the suffix of an
// administrative division (咸宁市, 宁乡县, 湖北省).
func endsInDivision(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("省市县区州旗镇乡盟", r)
}

// outsideStructureWords applies strip to the parts of q between structure
// words and nouns holding an ask word, which are kept whole and set apart
// by spaces.
func outsideStructureWords(q string, strip func(string) string) string {
	var b strings.Builder
	for q != "" {
		at, word := -1, ""
		for _, w := range slices.Concat(structureWords, askWordNouns) {
			if i := strings.Index(q, w); i >= 0 && (at < 0 || i < at) {
				at, word = i, w
			}
		}
		if at < 0 {
			b.WriteString(strip(q))
			break
		}
		b.WriteString(strip(q[:at]))
		b.WriteString(" " + word + " ")
		q = q[at+len(word):]
	}
	return b.String()
}

// disposalTarget is a measure put before the verb of the level it is to
// reach: "要把…比例压到", "把床位数提高到". The group is the measure.
var disposalTarget = regexp.MustCompile(`^(?:要|争取|力争)?把(\p{Han}{2,}?)(?:压到|压低到|降到|降低到|降至|控制在|控制到|提高到|提升到|提到|增加到|达到)$`)

// modalVerbs open what a modal 要 says is to be done: "要新开", "要建".
var modalVerbs = []string{"新", "建", "开", "增", "办", "搞", "做", "完成", "达到", "提高", "实现", "投", "花", "招", "培训", "改", "打", "覆盖", "降", "控制", "培养", "加强", "推进", "加快"}

// opensWithAny reports whether s opens with one of words.
func opensWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// wordEndsInYao reports whether w ends with a word of its own ending in 要
// ("主要", "需要", "重要"), not with the modal 要 after a topic.
func wordEndsInYao(w string) bool {
	for _, word := range []string{"主要", "需要", "重要", "必要", "纪要", "摘要", "提要", "只要", "想要", "紧要", "首要", "简要", "概要"} {
		if strings.HasSuffix(w, word) {
			return true
		}
	}
	return false
}

// trimAskingTail takes off a word's trailing particles and numeral asked
// ("每千人口几", "医院里", "指标是"), but not the 有 of a word of its own
// ("收归公有", "现有").
func trimAskingTail(w string) string {
	for {
		r, size := utf8.DecodeLastRuneInString(w)
		rest := w[:len(w)-size]
		if r == '定' && endsWithAny(rest, setMeasures) {
			w = rest // "目标人数定的多少": the number set, not a word 定 ends (核定, 规定)
			continue
		}
		if size == 0 || !strings.ContainsRune("上里中的有了几是", r) {
			return w
		}
		if r == '有' && rest != "" {
			if p, _ := utf8.DecodeLastRuneInString(rest); strings.ContainsRune("公私所拥共现特持占享具固", p) {
				return w
			}
		}
		if r == '是' && utf8.RuneCountInString(rest) < 2 {
			return w // "就是", "还是": a word of two runes is no topic word with 是 after it
		}
		w = rest
	}
}

// setMeasures end the measures a question asks were set ("目标定的多少",
// "任务人数定了多少"): the 定 after them is the asking verb.
var setMeasures = []string{"目标", "任务", "指标", "标准", "计划", "数", "率", "比例", "额", "量"}

// cutContainedIn splits a word "X里有Y" ("村卫生室里有执业助理医师", "医院
// 里面有…", "其中有…" not) into where and what, each of two runes or more.
func cutContainedIn(w string) (where, what string, ok bool) {
	for _, sep := range []string{"里面有", "里头有", "里有", "中有"} {
		if before, after, found := strings.Cut(w, sep); found && utf8.RuneCountInString(before) >= 2 && utf8.RuneCountInString(after) >= 2 && !strings.HasSuffix(before, "其") {
			return before, after, true
		}
	}
	return "", "", false
}
