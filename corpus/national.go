package corpus

import (
	"regexp"
	"slices"
	"strings"
)

// Documents of the central government and national statistics (and news
// reports of them) name no province or city: their place is the country,
// written 全国, so that their figures never stand for a province's or a
// county's, and their issuer is a national body.

// NationalPlace is the place of a national document.
const NationalPlace = "全国"

// nationalBodies are the national bodies that issue health documents,
// longest form first.
var nationalBodies = []string{
	"国家卫生健康委员会", "国家卫生健康委", "国家卫健委", "国务院办公厅", "国务院", "国家统计局", "中国疾病预防控制中心", "中国疾控中心",
	"国家疾病预防控制局", "国家疾控局", "国家医疗保障局", "国家医保局", "国家中医药管理局",
	"全国人大常委会", "全国人民代表大会常务委员会", "中共中央办公厅", "中共中央", "国家发展改革委",
	// Before 2013 and 2018.
	"国家卫生和计划生育委员会", "国家卫生计生委", "国家卫计委", "卫生部",
}

// titledByNationalBody reports whether a title opens with a national body
// ("卫生部:06年产妇住院分娩率增加2.5个百分点", "国务院关于…"); a local body
// forwarding its notice names itself first.
func titledByNationalBody(simpTitle string) bool {
	for _, b := range nationalBodies {
		if strings.HasPrefix(simpTitle, b) {
			return true
		}
	}
	return false
}

// NationalBody returns the national body a text names first ("国家卫健委",
// "国务院"), or "".
func NationalBody(s string) string {
	s = Normalize(s) // "國(guó)家統(tǒng)計(jì)局" on a Traditional reprint with pinyin
	best, at := "", -1
	for _, b := range nationalBodies {
		if i := strings.Index(s, b); i >= 0 && (at < 0 || i < at) {
			best, at = b, i
		}
	}
	return best
}

// opensWithNationalBody reports whether a text opens with the name of a
// national body ("国家医保局发布…").
func opensWithNationalBody(text string) bool {
	return slices.ContainsFunc(nationalBodies, func(b string) bool { return strings.HasPrefix(text, b) })
}

// speakingNationalBody is the national body a paragraph of a text opens
// with as its subject ("国家疾控局坚持以…为指导，…"), "" when none does or
// the text speaks of its own area (我县, 全市): a text that names no place
// of its own is that body's, the country's.
func speakingNationalBody(text string) string {
	if containsAny(text, localWords) {
		return "" // "国家卫生健康委…通报表扬。其中,我县2家…": a county's news of it
	}
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		// "本报讯(记者 林焕新)近日,全国…领导小组办公室会同…": after the
		// paper's credit and the time, the subject.
		line = line[len(newsCredit.FindString(line)):]
		if m := nationalOffice.FindString(line); m != "" {
			return m
		}
		for _, b := range nationalBodies {
			if rest, ok := strings.CutPrefix(line, b); ok && !strings.HasPrefix(rest, "办公厅") && !strings.HasPrefix(rest, "关于") {
				return b
			}
		}
	}
	return ""
}

// newsCredit opens a news report's first line: the paper's credit or an
// agency's dateline and the time before its subject ("本报讯(记者 林焕新)近日,",
// "中国青年报客户端北京3月21日电(中青报·中青网记者 刘昶荣)今天,", "12月16日,").
var newsCredit = regexp.MustCompile(`^(?:本报讯|本刊讯|\p{Han}{2,16}?\d{1,2}月\d{1,2}日(?:电|讯))?\s*(?:[(（][^()（）]{0,24}[)）])?\s*(?:近日|日前|近期|今天|今日|昨天|昨日|(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?)?\s*[,，]?\s*`)

// nationalOffice is a national body named by the programme it runs
// ("全国农村义务教育学生营养改善计划领导小组办公室", "全国爱卫办").
var nationalOffice = regexp.MustCompile(`^全国\p{Han}{0,24}?(?:领导小组办公室|领导小组|办公室|委员会|爱卫办|老龄办)`)

// speaksForNationalBody reports whether a text's speaker says they speak
// for a national body: "我代表国务院，向大会报告政府工作".
func speaksForNationalBody(top string) bool {
	_, rest, ok := strings.Cut(top, "我代表")
	return ok && slices.ContainsFunc(nationalBodies, func(b string) bool { return strings.HasPrefix(rest, b) })
}

// nationalWords in a title say it is about the whole country.
var nationalWords = []string{"全国", "我国", "中国", "国家", "中华人民共和国"}

// localWords show a text speaks for a place below the country.
var localWords = []string{"我县", "我市", "我区", "我省", "我州", "我镇", "我乡", "全县", "全市", "全区", "全省", "全州", "本县", "本市", "本区", "我委", "我局"}

// minNationalMentions is how often a text must say 全国 or 我国, naming no
// place of its own, to be read as national.
const minNationalMentions = 3

// speaksNationally reports whether a text, naming no place of its own, is
// about the whole country: it keeps saying 全国 or 我国 and never 我县,
// 全市 or the like.
func speaksNationally(text string) bool {
	return strings.Count(text, "全国")+strings.Count(text, "我国") >= minNationalMentions && !containsAny(text, localWords)
}

// nationalOverPlace reports whether a text speaks nationally
// (speaksNationally) more often than it names the place it names most,
// named times.
func nationalOverPlace(text string, named int) bool {
	return speaksNationally(text) && strings.Count(text, "全国")+strings.Count(text, "我国") > named
}

// quotedDocument matches the name of a document a news report is about:
// 《2023年我国卫生健康事业发展统计公报》.
var quotedDocument = regexp.MustCompile(`《([^《》]{4,60})》`)

// reportedDocument is the title of the document a news report with no
// title line reports on: the first quoted name in its first sentence that
// names a genre ("国家卫生健康委29日发布的《2023年我国卫生健康事业发展统计
// 公报》显示…"); "" when there is none.
func reportedDocument(text string, body Span) string {
	first := text[body.Start:body.End]
	if i := strings.IndexAny(first, "。\n"); i >= 0 {
		first = first[:i]
	}
	for _, m := range quotedDocument.FindAllStringSubmatchIndex(first, -1) {
		name := first[m[2]:m[3]]
		// "根据《关于…的通知》要求", "…，《…规划》要求的指标全部完成": a
		// document followed, not reported on.
		if containsAny(Simplify(name), genreWords) && !followsDocument(first[:m[0]]) && !requirementOf(first[m[1]:]) {
			return name
		}
	}
	return ""
}

// followedWords introduce a document a text acts on ("根据《…》要求",
// "按照《…》"), not one it reports on.
var followedWords = []string{"根据", "按照", "依据", "依照", "遵照", "贯彻", "落实", "达到", "符合", "对照", "参照"}

// requirementWords after a quoted name make it the measure of what the
// text did ("《…规划》要求的指标全部完成"), not the document it reports on.
var requirementWords = []string{"要求", "规定", "提出的", "确定的", "目标", "标准", "相关要求", "有关要求", "的要求", "精神",
	// "自2018年11月《…试点方案》实施至2024年9月": the start of what the
	// text reports, not the document reported on
	"实施至", "实施以来", "实施后", "实施到", "施行以来", "出台以来", "印发以来", "发布以来"}

// requirementOf reports whether the words after a quoted name, past any
// further names listed with it, are its requirements.
func requirementOf(after string) bool {
	for {
		rest := strings.TrimLeft(after, "、和及与 ")
		if !strings.HasPrefix(rest, "《") {
			rest = Simplify(rest)
			return slices.ContainsFunc(requirementWords, func(w string) bool { return strings.HasPrefix(rest, w) })
		}
		end := strings.Index(rest, "》")
		if end < 0 {
			return false
		}
		after = rest[end+len("》"):]
	}
}

// followsDocument reports whether the clause before a quoted name
// introduces a document acted on.
func followsDocument(before string) bool {
	// The clause the name stands in, back to its last comma or stop: a
	// name listed after another the text follows ("根据《条例》(以下简称
	// 《条例》)和《…的通知》相关要求") is followed too.
	if i := strings.LastIndexAny(before, "，,。；;"); i >= 0 {
		before = before[i:]
	}
	return containsAny(Simplify(before), followedWords)
}

// countingGenres name documents dated by the year they count: a bulletin
// or an annual report ("2023年…统计公报", "2024年政府信息公开工作年度报告").
var countingGenres = []string{"公报", "年度报告", "年报", "白皮书", "蓝皮书", "年鉴"}

// reportedLeadRunes is how far into a text the name of the document its
// news reports on may stand.
const reportedLeadRunes = 400

// reportedCountYear is the year of the bulletin or annual report a news
// text reports on in its lead ("…发布《2023年我国卫生健康事业发展统计公
// 报》"), 0 when it reports on none: not one it follows ("根据《…》") or
// measures itself by ("《…》要求的").
func reportedCountYear(top string) int {
	lead := opening(top, reportedLeadRunes)
	for _, m := range quotedDocument.FindAllStringSubmatchIndex(lead, -1) {
		name := Simplify(lead[m[2]:m[3]])
		if !containsAny(name, countingGenres) || followsDocument(lead[:m[0]]) || requirementOf(lead[m[1]:]) {
			continue
		}
		if ys := findYears(name); len(ys) > 0 && !ys[0].Template {
			return ys[0].Year
		}
	}
	if m := releasedDataYear.FindStringSubmatch(Simplify(lead)); m != nil {
		return atoiYear(m[1]) // "疾控中心发布死亡大数据:2020年丽水市居民人均预期寿命为…"
	}
	if m := releasedReportYear.FindStringSubmatch(Simplify(lead)); m != nil {
		return atoiYear(m[1]) // "南京市疾控中心近日发布2017年南京户籍居民死亡原因简析报告"
	}
	return 0
}

// releasedReportYear is a counting report released in a news lead, named
// without quotes and opening with its year: "发布2017年南京户籍居民死亡原因
// 简析报告", "公布了2022年肿瘤登记年报".
var releasedReportYear = regexp.MustCompile(`(?:发布|公布)了?((?:19|20)\d{2})年度?\p{Han}{2,30}?(?:公报|年报|年度报告|简析报告|分析报告|监测报告|登记报告|白皮书)`)

// releasedDataYear is data released in a news lead, its year named right
// after: "发布死亡大数据:2020年…", "发布监测结果，2023年…".
var releasedDataYear = regexp.MustCompile(`发布\p{Han}{0,12}?(?:数据|监测结果|分析结果|监测报告)[:：，,]\s*((?:19|20)\d{2})年`)
