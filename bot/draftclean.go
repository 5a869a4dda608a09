package bot

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/indicators"
	"github.com/healthbot/healthbot/understand"
)

// This file decides what may stand in a draft: the topic and title a
// request asks for, and whether a heading or clause of a past report reads
// as an outline point (a short imperative or nominal phrase) rather than
// web debris, a document number, a speaker's line, an annex label, a
// greeting, a template blank or a sentence.

// Heading lengths, in runes, after the outline number is removed.
const (
	minHeadingRunes = 4
	maxHeadingRunes = 22
)

var (
	// outlineMark is one outline number at the start of a heading, well
	// formed or broken ("三)", "(四", "1.", "第一部分", "一是", "①").
	outlineMark = regexp.MustCompile(`^\s*(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})\s*[）)]?|(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、．.，,]|[0-9]{1,2}\s*[、．.]|[①-⑳]|第[一二三四五六七八九十]{1,3}(?:部分|章|节|条)|[一二三四五六七八九十]{1,3}是)\s*`)
	// embeddedOutlineMark is an outline number inside running text, where a
	// heading ran into the paragraph with no line break ("…传播四)继续推进").
	embeddedOutlineMark = regexp.MustCompile(`[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,2}是`)
	// docNumber is a document number: 川卫发〔2025〕7号, [2024]12号.
	docNumber = regexp.MustCompile(`[〔［\[【(（]\s*(?:19|20)[0-9]{2}\s*[〕］\]】)）]\s*[0-9]+\s*号|[0-9]+号文`)
	// templateBlank is a figure or year removed from a template: xx年,
	// ___, *人次, ××, XX县.
	templateBlank = regexp.MustCompile(`(?i)xx|××|_{2,}|＿|＊|\*|○○|某某|\?{2,}|？{2,}|…{1,}|\.{3,}`)
	// aYear is a written year or a time word that belongs to one report,
	// not to a draft point.
	aYear = regexp.MustCompile(`(?:19|20)[0-9]{2}|[〇零一二三四五六七八九]{4}年`)
	// digitsWithMeasure is a figure: a point is a task, not a result.
	digitsWithMeasure = regexp.MustCompile(`[0-9０-９]+(?:\.[0-9]+)?\s*(?:%|％|个|人|家|万|亿|元|所|次|张|名|例|项|件|户|岁|天|小时|公里|平方米|千|百|月|日|号|年|批|类|种)`)
)

// debrisWords mark web-page furniture, news datelines and disclosure
// tables.
var debrisWords = []string{
	"首页", "当前位置", "发布于", "发布时间", "发布机构", "官方账号", "+关注", "点击", "浏览", "阅读", "分享", "来源",
	"责任编辑", "编辑", "记者", "新闻", "讯", "网友", "上传", "索引号", "索 引", "文号", "主题分类", "组配分类", "信息分类",
	"时效", "公报", "显示", "http", "www", ".com", ".cn", "|", ">", "》》", "©", "版权", "上一篇", "下一篇", "打印", "关闭",
}

// speakerStarts open a speaker's or writer's line, a greeting or a
// transition, never an outline point.
var speakerStarts = []string{
	"首先", "其次", "再次", "最后", "另外", "此外", "同时", "总之", "下面", "现将", "现就", "现对", "请", "各位", "同志们", "女士们",
	"尊敬的", "我代表", "我们", "我", "大家", "在此", "借此", "值此", "光阴", "时光", "岁月", "转眼", "回首", "回顾", "过去的",
	"今年以来", "一年来", "近年来", "为深入", "为进一步", "为认真", "为全面", "为切实", "为贯彻", "根据", "按照", "据悉", "据统计", "结合", "通过", "依托", "借助", "利用", "随着", "在",
}

// chatterWords anywhere in a heading make it a sentence or a greeting.
var chatterWords = []string{
	"日月如梭", "光阴似箭", "白驹过隙", "代表们", "委员们", "同志们", "大家好", "谢谢", "如下", "汇报", "报告如下", "总结如下",
	"特此", "通知", "请各", "请你们", "现印发", "印发给", "认真贯彻执行", "我县", "我市", "我区", "我省", "我局", "我委", "我院",
	"介绍", "表示", "指出", "强调", "讲话", "致辞", "主持", "部门将", "部门要", "还有", "尚需", "仍需", "仍然", "不够", "不足",
	"薄弱", "滞后", "有待",
}

// structuralHeadings are the parts of a report that hold points rather
// than being one: 总体情况, 下半年工作计划, 存在的问题.
var structuralHeadings = []string{
	"总体情况", "基本情况", "主要工作", "工作回顾", "工作总结", "工作计划", "工作安排", "工作思路", "工作打算", "工作要点",
	"目标任务", "重点工作", "主要任务", "工作任务", "存在的问题", "存在问题", "问题和不足", "困难和问题", "不足之处", "主要成效",
	"工作成效", "主要做法", "取得成效", "指导思想", "总体要求", "基本原则", "主要目标", "工作目标", "下一步", "下步", "上半年",
	"下半年", "今年", "明年", "去年", "本年度", "全年", "年度", "十四五", "十五五", "时期", "附件", "附表", "附录", "工作报告",
	"年度报告", "政府信息公开", "名词解释", "说明", "前言", "导语", "引言", "结束语", "结语",
}

// adverbialOnly is a clause that says how or on what basis, with no task
// after it: "以传染病防治为基础".
var adverbialOnly = regexp.MustCompile(`^以.{1,14}为(?:基础|抓手|重点|核心|主线|引领|目标|导向|突破口|契机|载体|中心|主)$`)

// annexLabel is an annex or table label: 附件3：…, 附表1.
var annexLabel = regexp.MustCompile(`^\s*(?:附件|附表|附录|表)\s*[0-9一二三四五六七八九十]*\s*[:：.、]?`)

// numbered reports whether s starts with an outline number.
func numbered(s string) bool { return stripOutlineMarks(s) != strings.TrimSpace(s) }

// stripOutlineMarks removes the outline numbers at the start of s ("1. 三)"
// loses both), but not a date or a decimal ("5.12护士节").
func stripOutlineMarks(s string) string {
	s = strings.TrimSpace(s)
	for {
		m := outlineMark.FindStringIndex(s)
		if m == nil || m[1] == 0 {
			return s
		}
		mark, rest := strings.TrimSpace(s[:m[1]]), s[m[1]:]
		if (strings.HasSuffix(mark, ".") || strings.HasSuffix(mark, "．")) && rest != "" && rest[0] >= '0' && rest[0] <= '9' {
			return s
		}
		if strings.HasSuffix(mark, "是") && rest == "" {
			return s
		}
		s = strings.TrimSpace(rest)
	}
}

// cleanHeading turns a past heading or clause into a draft point: the
// outline number and trailing punctuation removed, a past-tense 了 dropped;
// ok is false when what is left is not a short imperative or nominal
// phrase.
func cleanHeading(s string) (string, bool) {
	s = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(s, "\u3000", " "), "\t", " "))
	if s == "" || !utf8.ValidString(s) || annexLabel.MatchString(s) {
		return "", false
	}
	for prev := ""; prev != s; {
		prev = s
		s = stripOutlineMarks(s)
		s = strings.TrimRight(s, "。．.；;，,：:、！!？? ")
		s = strings.TrimLeft(s, "，,、：:；;。.．）)」》”’ ")
	}
	s = dropPastTense(s)
	if s == "" || !balanced(s) {
		return "", false
	}
	n := utf8.RuneCountInString(s)
	if n < minHeadingRunes || n > maxHeadingRunes {
		return "", false
	}
	han := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			return "", false // web debris, template letters ("ii级")
		case strings.ContainsRune("。；;！!？?:：|/\\<>=@#&~^", r):
			return "", false // more than one sentence, a label, or markup
		}
	}
	if han*4 < n*3 {
		return "", false
	}
	if strings.Count(s, "，")+strings.Count(s, ",") > 1 {
		return "", false
	}
	if docNumber.MatchString(s) || templateBlank.MatchString(s) || aYear.MatchString(s) || digitsWithMeasure.MatchString(s) {
		return "", false
	}
	for _, w := range debrisWords {
		if strings.Contains(s, w) {
			return "", false
		}
	}
	for _, w := range speakerStarts {
		if strings.HasPrefix(s, w) {
			return "", false
		}
	}
	for _, w := range chatterWords {
		if strings.Contains(s, w) {
			return "", false
		}
	}
	for _, w := range structuralHeadings {
		if strings.Contains(s, w) {
			return "", false
		}
	}
	if adverbialOnly.MatchString(s) {
		return "", false
	}
	if strings.HasPrefix(s, "关于") || strings.HasPrefix(s, "《") && strings.HasSuffix(s, "》") {
		return "", false // a document's title, not a task
	}
	for _, end := range []string{"的", "等", "和", "及", "与", "是", "在", "将", "对", "把", "被", "为", "中", "了", "着", "吗", "呢", "啊", "吧"} {
		if strings.HasSuffix(s, end) {
			return "", false // cut mid-phrase or sentence-final chatter
		}
	}
	return s, true
}

// dropPastTense turns a summary's "建立健全了…" into the task "建立健全…".
func dropPastTense(s string) string {
	if !strings.Contains(s, "了") {
		return s
	}
	rs := []rune(s)
	out := rs[:0:0]
	for i, r := range rs {
		if r == '了' && i > 0 && (i+1 == len(rs) || rs[i+1] != '解') && unicode.Is(unicode.Han, rs[i-1]) {
			continue
		}
		out = append(out, r)
	}
	return string(out)
}

// balanced reports whether brackets and quotation marks in s are paired.
func balanced(s string) bool {
	pairs := [][2]string{{"（", "）"}, {"(", ")"}, {"“", "”"}, {"《", "》"}, {"【", "】"}, {"「", "」"}, {"‘", "’"}}
	for _, p := range pairs {
		if strings.Count(s, p[0]) != strings.Count(s, p[1]) {
			return false
		}
	}
	return strings.Count(s, `"`)%2 == 0
}

// leadClause is the opening clause of a sentence as a point: "健全疾病防控
// 体系，强化…" → "健全疾病防控体系". A heading that ran into its text with
// no punctuation is cut after its "工作".
func leadClause(sent string) (string, bool) {
	s := stripOutlineMarks(sent)
	if i := strings.IndexAny(s, "，,；;。：:！!？?"); i >= 0 {
		if r, _ := utf8.DecodeRuneInString(s[i:]); r == '：' || r == ':' {
			return "", false // a label: "政策开发重点领域：…"
		}
		s = s[:i]
	}
	if utf8.RuneCountInString(s) > maxHeadingRunes {
		if i := strings.Index(s, "工作"); i > 0 && utf8.RuneCountInString(s[:i]) <= maxHeadingRunes-2 {
			s = s[:i+len("工作")]
		}
	}
	return cleanHeading(s)
}

// segments cuts a passage into sentences, also before an outline number
// inside running text, so run-in headings stand alone.
func segments(text string) []string {
	var out []string
	for _, sent := range splitSentences(text) {
		last := 0
		for _, m := range embeddedOutlineMark.FindAllStringIndex(sent, -1) {
			if m[0] == 0 {
				continue
			}
			// "一是" inside a list ("一是…，二是…") starts a point too; a
			// numeral before 是 that is part of a word ("统一是") does not.
			prev, _ := utf8.DecodeLastRuneInString(sent[:m[0]])
			if strings.HasSuffix(sent[m[0]:m[1]], "是") && !strings.ContainsRune("，,；;：:。 ", prev) {
				continue
			}
			if s := strings.TrimSpace(sent[last:m[0]]); s != "" {
				out = append(out, s)
			}
			last = m[0]
		}
		if s := strings.TrimSpace(sent[last:]); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// runInHeading reports whether a segment is a heading set into the text:
// numbered, or a short sentence of its own ("弘扬中医药传统文化。"), and
// returns it cleaned.
func runInHeading(seg string) (string, bool) {
	isNumbered := numbered(seg)
	body := stripOutlineMarks(seg)
	end := strings.IndexAny(body, "。；;")
	if end < 0 && !isNumbered {
		return "", false
	}
	head := body
	if end >= 0 {
		head = body[:end]
	}
	if !isNumbered && (strings.ContainsAny(head, "，,") || utf8.RuneCountInString(head) > 16) {
		return "", false
	}
	if isNumbered && strings.ContainsAny(head, "，,") {
		// "（三）加强重大疾病防治工作，完善…": the lead clause is the heading.
		return leadClause(head)
	}
	return cleanHeading(head)
}

// draftRequest is what a drafting request asks for, read by understand.
type draftRequest struct {
	Year   int
	Period string // 上半年, 下半年 or ""
	Topic  string // "疾病预防控制"; "卫生健康" when the request names none
	Kind   corpus.Kind
	Place  string
}

// draftNoise are the words of a drafting request left in understand's
// topic that say what to do or what to refer to, not what it is about.
var draftNoise = []string{
	"帮我", "帮忙", "麻烦", "请你", "请", "起草", "拟写", "草拟", "拟定", "拟制", "撰写", "编写", "编制", "写一份", "写一个", "写个", "写",
	"拟一份", "拟", "列一个", "列个", "列出", "做一份", "出一份", "一份", "一个", "一下", "参照", "参考", "对照", "仿照", "依照", "按照",
	"根据", "结合", "借鉴", "依据", "以往", "往年", "历年", "过去", "工作计划", "工作总结", "计划", "总结", "提纲", "大纲", "框架", "初稿",
	"草稿", "部分", "章节", "段落", "材料", "要点", "方案", "报告", "内容", "思路", "的", "关于",
}

// parseDraftRequest reads year, half, topic, kind and place of a drafting
// request. The year is the latest one the request names (the others are
// what to refer to); a half-year with no year is this year's; else next
// year.
func parseDraftRequest(request string, thisYear int) draftRequest {
	q := understand.Parse(request, timeOfYear(thisYear))
	d := draftRequest{Year: thisYear + 1, Period: q.Filters.Period, Kind: q.Filters.Kind, Place: q.Filters.Place}
	switch {
	case len(q.Filters.Years) > 0:
		d.Year = q.Filters.Years[len(q.Filters.Years)-1]
	case d.Period != "":
		d.Year = thisYear
	}
	if d.Kind == "" {
		n := corpus.Normalize(request)
		n = strings.NewReplacer("计划生育", "", "计划免疫", "").Replace(n)
		if strings.LastIndex(n, "总结") > strings.LastIndex(n, "计划") {
			d.Kind = corpus.KindSummary
		} else {
			d.Kind = corpus.KindPlan
		}
	}
	d.Topic = cleanDraftTopic(q.Topic)
	return d
}

// cleanDraftTopic strips understand's topic of drafting and referring
// words, word by word so that "中医药" keeps its 中 while "计划中疾病预防
// 控制" loses it.
func cleanDraftTopic(topic string) string {
	var words []string
	for _, w := range strings.Fields(corpus.Normalize(topic)) {
		for _, n := range draftNoise {
			w = strings.ReplaceAll(w, n, " ")
		}
		for _, part := range strings.Fields(w) {
			if strings.HasPrefix(part, "中") && !hasAnyPrefix(part, "中医", "中药", "中西医", "中小", "中心", "中国", "中长期", "中期") {
				part = strings.TrimPrefix(part, "中")
			}
			part = strings.TrimSuffix(strings.TrimSuffix(part, "工作"), "方面")
			if utf8.RuneCountInString(part) >= 2 {
				words = append(words, part)
			}
		}
	}
	t := strings.Join(words, "")
	if t == "" || utf8.RuneCountInString(t) > 16 {
		return "卫生健康"
	}
	return t
}

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// draftTitle is the title of a draft of the request for the year given,
// for the prompt.
func draftTitle(request string, year int) string {
	d := parseDraftRequest(request, year)
	d.Year = year
	return d.title()
}

// title is the draft's title: "2026年下半年疾病预防控制工作计划提纲（草稿）".
func (d draftRequest) title() string {
	what := "工作计划"
	if d.Kind == corpus.KindSummary {
		what = "工作总结"
	}
	return d.Place + itoa(d.Year) + "年" + d.Period + d.Topic + what + "提纲（草稿）"
}

// topicWords are the words of a work area that its points use without
// naming the area: a 疾病预防控制 plan speaks of 传染病 and 疫苗.
var topicWords = []struct {
	names []string
	words []string
}{
	{[]string{"疾病预防控制", "疾控", "疾病防控", "防病"}, []string{"疾控", "疾病", "传染病", "疾病防控", "慢性病", "慢病", "免疫", "接种", "疫苗", "艾滋病", "结核", "疫情", "地方病", "职业病", "突发公共卫生", "卫生应急", "寄生虫", "血吸虫", "病媒"}},
	{[]string{"医疗保障", "医保"}, []string{"医保", "医疗保险", "参保", "医疗保障", "集采", "带量采购", "支付方式", "长期护理保险", "大病保险", "异地就医", "医疗救助", "基金监管", "医保基金", "药品价格", "医疗服务价格", "报销"}},
	{[]string{"中医药", "中医", "中药"}, []string{"中医", "中药", "中西医", "国医", "针灸", "中医馆", "国医堂", "治未病", "中藏医", "民族医", "药食同源", "传统医学"}},
	{[]string{"妇幼", "妇女儿童", "母婴"}, []string{"妇幼", "孕产妇", "儿童", "母婴", "出生缺陷", "新生儿", "婴幼儿", "托育", "生育", "妇女", "两癌"}},
	{[]string{"爱国卫生"}, []string{"爱国卫生", "卫生城市", "卫生县城", "卫生乡镇", "健康城市", "健康村", "病媒", "环境卫生", "厕所", "控烟"}},
	{[]string{"家庭医生", "签约服务"}, []string{"家庭医生", "签约", "基层", "慢病管理", "履约"}},
	{[]string{"老龄", "养老", "医养"}, []string{"养老", "医养结合", "老年人", "老龄", "失能", "安宁疗护", "护理"}},
	{[]string{"基层卫生", "基层医疗", "农村卫生"}, []string{"基层", "乡镇卫生院", "村卫生室", "社区卫生", "医共体", "乡村医生", "卫生院"}},
	{[]string{"医疗服务", "医政", "医院管理", "公立医院"}, []string{"医院", "医疗服务", "诊疗", "专科", "医共体", "分级诊疗", "医疗质量", "急诊", "急救", "公立医院"}},
	{[]string{"卫生应急", "应急"}, []string{"应急", "突发", "救援", "演练", "疫情", "急救"}},
	{[]string{"健康教育", "健康促进", "健康素养"}, []string{"健康教育", "健康促进", "健康素养", "科普", "健康知识", "健康生活"}},
	{[]string{"卫生监督", "综合监督", "监督执法"}, []string{"监督", "执法", "许可", "卫生监督", "抽检"}},
	{[]string{"精神卫生", "心理健康"}, []string{"精神", "心理", "严重精神障碍"}},
	{[]string{"职业健康", "职业病"}, []string{"职业病", "职业健康", "尘肺", "用人单位"}},
}

// topicTerms are the whole words that show a text is about the topic: the
// work area's words, the catalogue indicators' names the topic means, and
// the official terms the thesaurus added to the search.
func topicTerms(topic, searchText string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		if w != "" && utf8.RuneCountInString(w) >= 2 && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	area := false
	for _, a := range topicWords {
		for _, n := range a.names {
			if strings.Contains(topic, n) {
				area = true
				for _, w := range a.words {
					add(w)
				}
				break
			}
		}
	}
	for _, id := range understand.Indicators(topic) {
		if ind, ok := indicators.ByID(id); ok {
			add(ind.Name)
			for _, a := range ind.Aliases {
				add(a)
			}
		}
	}
	// The thesaurus's official terms stand in for a topic in lay words; a
	// work area's own words are more precise ("中医药" adds "药品").
	for _, w := range strings.Fields(corpus.Normalize(searchText)) {
		if area {
			break
		}
		if w != topic && !strings.Contains(topic, w) && utf8.RuneCountInString(w) <= 8 {
			add(w)
		}
	}
	return out
}

// matcher judges how well a heading or passage is about the draft's topic.
type matcher struct {
	grams map[string]bool // the topic's own distinctive bigrams
	terms []string        // words of its field
	field bool            // the topic is the whole health field
}

func newMatcher(topic, searchText string) matcher {
	return matcher{grams: bigrams(topic), terms: topicTerms(topic, searchText), field: !workArea(topic) && (fieldTopic(topic) || len(bigrams(topic)) == 0)}
}

// workArea reports whether a topic names one of the work areas of
// topicWords: "中医药" is an area, not the health field as a whole.
func workArea(topic string) bool {
	for _, a := range topicWords {
		for _, n := range a.names {
			if strings.Contains(topic, n) {
				return true
			}
		}
	}
	return false
}

// heading scores a heading: 1 when it names the topic, less when it uses
// the topic's field words, 0 when it is about something else.
func (m matcher) heading(h string) float64 {
	if m.field {
		if n := fieldWords(h); n > 0 {
			return min(1, 0.6+0.2*float64(n))
		}
		return 0
	}
	sc := 0.0
	if len(m.grams) > 0 {
		st := shared(m.grams, h)
		if st >= min(2, len(m.grams)) {
			sc = min(1, 0.5+float64(st)/float64(len(m.grams)))
		}
	}
	if n := m.termCount(h); n > 0 {
		sc = max(sc, min(0.8, 0.5+0.2*float64(n)))
	}
	return sc
}

// body scores a passage by how densely it speaks of the topic.
func (m matcher) body(text string) float64 {
	if text == "" {
		return 0
	}
	text = firstRunes(text, 400)
	if m.field {
		return min(1, float64(fieldWords(text))/4)
	}
	sc := 0.0
	if len(m.grams) > 0 {
		sc = float64(shared(m.grams, text)) / float64(len(m.grams))
	}
	return min(1, sc+0.2*float64(m.termCount(text)))
}

func (m matcher) termCount(text string) int {
	n := 0
	for _, w := range m.terms {
		if strings.Contains(text, w) {
			n++
		}
	}
	return n
}

// sameMeaning reports whether two points say the same thing: most of the
// shorter one's bigrams are in the other.
func sameMeaning(a, b string) bool {
	ga, gb := allBigrams(a), allBigrams(b)
	if len(ga) == 0 || len(gb) == 0 {
		return a == b
	}
	inter := 0
	for g := range ga {
		if gb[g] {
			inter++
		}
	}
	return float64(inter)/float64(min(len(ga), len(gb))) >= 0.6 || jaccard(ga, gb) >= 0.45
}

// allBigrams are the Han bigrams of a phrase, common ones included: two
// headings "加强卫生应急工作" and "加强卫生监督工作" differ only in what
// the common list would leave.
func allBigrams(s string) map[string]bool {
	out := hanBigrams(s)
	for _, g := range []string{"加强", "推进", "开展", "工作", "进一步", "一步", "深化", "提升", "完善", "健全", "推动", "持续", "全面", "深入", "扎实", "切实", "不断", "着力", "大力", "积极"} {
		delete(out, g)
	}
	return out
}
