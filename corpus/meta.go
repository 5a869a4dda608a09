package corpus

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus/places"
)

// Keywords that tell a plan from a summary, matched on Simplified text.
var (
	planWords = []string{
		"工作计划", "工作安排", "工作打算", "工作思路", "工作要点", "工作重点", "目标任务", "主要任务",
		"重点任务", "下一步", "下步", "明年", "来年", "计划", "安排", "打算", "思路", "展望", "规划",
		"总体要求", "政策取向", "工作的建议", "工作建议", "总体部署", "预期目标",
	}
	summaryWords = []string{
		"工作总结", "总结", "主要成效", "工作成效", "成效", "成绩", "完成情况", "工作回顾", "回顾",
		"主要做法", "开展情况", "工作情况", "进展情况", "存在的问题", "存在问题", "困难和问题", "取得",
		// A plan's review of the period before it ("一、“十三五”时期…总体评估").
		"总体评估", "中期评估", "发展成就", "主要成就",
		// A study of years past ("2020—2025年…监测结果及趋势分析").
		"监测结果", "调查结果", "趋势分析", "现状分析",
	}
	// "计划免疫", "计划生育" are programmes, not plans.
	notPlan = regexp.MustCompile(`计划(?:免疫|生育|单列|内|外)|规划(?:局|院|办)`)
)

// headingKind classifies a heading as plan or summary text, or "" when the
// heading says neither.
func headingKind(simplified string) Kind {
	h := notPlan.ReplaceAllString(simplified, "")
	plan := containsAny(h, planWords)
	summary := containsAny(h, summaryWords)
	switch {
	case plan && summary:
		// "2023年工作总结和2024年工作计划": the title of a report holding both.
		if strings.Index(h, "总结") < strings.Index(h, "计划") {
			return KindSummary
		}
		return KindPlan
	case plan:
		return KindPlan
	case summary:
		return KindSummary
	}
	return ""
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// titleKeyword ends a report title that runs straight into its text
// ("2022年卫生工作总结和卫生工作计划___年全市卫生工作…").
var titleKeyword = regexp.MustCompile(`(?:总结|计划|报告|要点|安排|打算|思路|汇报|规划|方案|述职|公报)`)

// genreWords name the kind of document a title line announces.
var genreWords = []string{
	"报告", "总结", "计划", "方案", "意见", "通知", "公报", "要点", "安排", "规划", "办法", "决定", "通报",
	"批复", "纲要", "细则", "规定", "汇报", "述职", "讲话", "打算", "思路", "自评表", "说明",
}

// maxTitleRunes: a first line longer than this is text, not a title.
const maxTitleRunes = 60

// titleScanLines bounds how far below the top a title is looked for.
const titleScanLines = 40

// detectTitle finds the title at the start of a report body. It skips the
// debris of web pages (下载, 【字体：大 中 小】, breadcrumbs, 发布时间, 来源),
// document numbers, dates, speakers and subtitles, and takes, among the
// short lines above the first sentence or heading, the first that names a
// genre (工作报告, 实施方案, 通知 …), else the first. (An information-disclosure
// table's 标题 is read by describeReport, so that the table stays in the
// report's text.) A first line that runs into the text gives its
// leading phrase up to its last report keyword; a unit's name on the line
// above a title that names no place is part of it (withUnitAbove). It
// returns the title span (empty if none).
func detectTitle(text string, body Span) Span {
	return withUnitAbove(text, titleLine(text, body), body)
}

// titleLine is the line detectTitle takes for the title, before a unit's
// name above it is added.
func titleLine(text string, body Span) Span {
	if t := forumThreadTitle(text, body); t.Len() > 0 {
		return t
	}
	if t := leadTitle(text, body); t.Len() > 0 {
		return t
	}
	// Spam or a site's slogan above everything ("久久…,最近中文字幕…", "…办公室
	// 足球直播,…印发…的通知") stops the reading of the lead; a headline
	// right above its dateline further down is still the title, else a
	// line of its own that names the genre ("某市“十四五”国民健康规划").
	var genre Span
	metaAbove, dateAbove := true, false // only the page's furniture so far; its date stamp last
	first := true                       // the first line of text, which a headline asking a question may be
	for _, line := range topLines(text, body) {
		l := text[line.Start:line.End]
		if _, ok := matchMarker(text[:line.End], line.Start); ok {
			break
		}
		dated := dateLine.MatchString(l) || clockedDate.MatchString(l) && utf8.RuneCountInString(l) <= maxStampRunes
		if utf8.RuneCountInString(l) > maxTitleRunes && strings.Count(l, "。") >= 2 {
			break // the article's first paragraph: a title stands above it, not among the links below
		}
		if first && exclaimingHeadline(l) && utf8.RuneCountInString(l) <= maxTitleRunes && !strings.ContainsAny(l, "。；;") && !IsMetadataLine(l) && !isTitleDebris(l) {
			// "阜阳市…2023上半年120呼叫数据公布,请注意!": a headline that
			// exclaims may hold a comma.
			genre = line
			first = false
			continue
		}
		if utf8.RuneCountInString(l) > maxTitleRunes || strings.ContainsAny(l, "，,。；;") || IsMetadataLine(l) ||
			isTitleDebris(l) || isOrgLine(l) || dated {
			dateAbove = dated || dateAbove && IsMetadataLine(l)
			metaAbove = metaAbove && (IsMetadataLine(l) || isTitleDebris(l) || dated)
			continue
		}
		if datelineFollows(text, line.End, body.End) || metaAbove && dateAbove {
			// A headline right above its dateline, or right under the
			// page's source and date stamp ("来源: …", "2024-05-19 20:35:14").
			return closeTitle(text, line)
		}
		metaAbove = false
		if genre.Len() == 0 && !isCategoryLine(l) && (namesGenreAtLength(l) || first && (askingHeadline(l) || exclaimingHeadline(l))) {
			genre = line
		}
		first = false
	}
	return closeTitle(text, genre)
}

// askingHeadline is a headline that asks what its text answers, standing
// first: "江宁区今年关于医疗卫生方面的民生实事有哪些?".
func askingHeadline(l string) bool {
	return strings.HasSuffix(l, "?") || strings.HasSuffix(l, "？")
}

// exclaimingHeadline is a news headline that exclaims, standing first:
// "2月19日最新疫情!巴中无新增确诊病例!", "免费接种!高安市全面开展…接种工作".
func exclaimingHeadline(l string) bool {
	return strings.ContainsAny(l, "!！")
}

// maxStampRunes bounds a line that is a page's date stamp alone.
const maxStampRunes = 24

// withoutTrailingBars drops the bars and spaces a page's layout table leaves
// at a line's end ("…数据公布,请注意! |").
func withoutTrailingBars(text string, s Span) Span {
	for s.End > s.Start && strings.ContainsRune("| \t", rune(text[s.End-1])) {
		s.End--
	}
	return s
}

// topLines are the first titleScanLines lines of body with text, trimmed,
// without the bars a layout table leaves at their end.
func topLines(text string, body Span) []Span {
	var out []Span
	for _, line := range lines(text[body.Start:body.End]) {
		line = withoutTrailingBars(text, trimSpan(text, Span{line.Start + body.Start, line.End + body.Start}))
		if line.Len() == 0 {
			continue
		}
		if out = append(out, line); len(out) == titleScanLines {
			break
		}
	}
	return out
}

// forumMarker ends a forum thread's title line ("…变化从何而来? [复制链接]
// qrcode"), whatever ads stand above it.
const forumMarker = "[复制链接]"

// forumThreadTitle is the text before the forum marker on a line of the
// first titleScanLines, or an empty span.
func forumThreadTitle(text string, body Span) Span {
	for _, line := range topLines(text, body) {
		if i := strings.Index(text[line.Start:line.End], forumMarker); i > 0 {
			return trimSpan(text, Span{line.Start, line.Start + i})
		}
	}
	return Span{}
}

// leadTitle reads the title from the lines that lead the text.
func leadTitle(text string, body Span) Span {
	var first, genre Span
	seen := 0
	table := false     // an information-disclosure table stood above
	valueLine := false // the line holds the value of the key above it
	for _, line := range lines(text[body.Start:body.End]) {
		line = trimSpan(text, Span{line.Start + body.Start, line.End + body.Start})
		if l := text[line.Start:line.End]; !IsMetadataLine(l) {
			// A title copied from a page's table keeps its cell bars
			// ("…工作要点的通知 |"), or follows its column's label.
			line = titleAfterColumn(text, trimCellBars(text, line))
		}
		if line.Len() == 0 {
			continue
		}
		if seen++; seen > titleScanLines {
			break
		}
		l := text[line.Start:line.End]
		if _, ok := matchMarker(text[:line.End], line.Start); ok {
			break
		}
		if valueLine {
			valueLine = false
			if _, _, isKey := cutKey(l); !isKey && !namesGenreAtLength(l) {
				continue // the value of a table cell laid out one per line
			}
			// An empty last key ("主题词") before the title: the title
			// line is no value of it.
		}
		if IsMetadataLine(l) {
			// An information-disclosure table: its 名称 names the title
			// when it has one (describeReport reads it); the title line
			// may also follow it.
			table = true
			_, v, isKey := cutKey(l)
			if !isKey {
				_, v, _ = gluedMetadataKey(l)
			}
			valueLine = v == "" && !strings.Contains(l, "|")
			continue
		}
		if isTitleDebris(l) || isOrgLine(l) {
			continue
		}
		n := utf8.RuneCountInString(l)
		if seen == 1 && n <= maxAddresseeRunes && (strings.HasSuffix(l, "：") || strings.HasSuffix(l, ":")) {
			seen-- // a letter's addressee ("省政府办公厅:"): its text follows
			continue
		}
		if n <= maxFurnitureLabelRunes && (strings.HasSuffix(l, "：") || strings.HasSuffix(l, ":")) && !strings.ContainsAny(l, "，,。") {
			continue // a label of the page's furniture ("协办单位:") above a list of it
		}
		if n <= maxTitleRunes && !strings.ContainsAny(l, "，,。") && datelineFollows(text, line.End, body.End) {
			// An article's headline stands right above its dateline
			// ("发布日期:2021-10-21 来源:…"), whatever the furniture above
			// it and however it is punctuated ("…息息相关!江西省…").
			return closeTitle(text, line)
		}
		if n <= maxTitleRunes && !containsSentenceEnd(l) && (!strings.ContainsAny(l, "，,") || (first.Len() == 0 && n <= 30 && !table)) &&
			!strings.HasSuffix(l, "：") && !strings.HasSuffix(l, ":") {
			if isCategoryLine(l) {
				continue // a site's column ("计划总结", "通知公告"), not a title
			}
			if first.Len() == 0 {
				first = line
			}
			if containsAny(Simplify(l), genreWords) {
				genre = line
				break
			}
			continue
		}
		if t := enclosedTitle(text, line, body.End); t.Len() > 0 {
			// A cover letter ("现报送《…年度报告》，请审核。") above the
			// document it sends.
			return t
		}
		if first.Len() > 0 || seen > 1 || table {
			break // the text has begun
		}
		if t := runInTitle(text, line); t.Len() > 0 || !genreLineFollows(text, line.End, body.End) {
			return t
		}
		// A news lead or caption above the title ("3月5日，第十二届全国人民
		// 代表大会第三次会议在北京开幕。"): the title line follows.
	}
	if genre.Len() > 0 {
		return closeTitle(text, genre)
	}
	return closeTitle(text, first)
}

// enclosedTitle finds, below a cover letter's sentence that sends a
// document by name ("现报送《福建省卫生健康委员会2023年政府信息公开工作年度
// 报告》"), the line that is that name: the title of what follows. It
// returns an empty span when the line sends nothing or no line repeats the
// name within a few lines.
func enclosedTitle(text string, line Span, end int) Span {
	m := sentDocument.FindStringSubmatch(text[line.Start:line.End])
	if m == nil || !containsAny(Simplify(m[1]), genreWords) {
		return Span{}
	}
	n := 0
	for _, l := range lines(text[line.End:end]) {
		l = trimSpan(text, Span{line.End + l.Start, line.End + l.End})
		if l.Len() == 0 {
			continue
		}
		if n++; n > coverLetterLines {
			break
		}
		if text[l.Start:l.End] == m[1] {
			return l
		}
	}
	return Span{}
}

// sentDocument is a cover letter's sending of a document by name.
var sentDocument = regexp.MustCompile(`(?:报送|呈报|上报|印发|转发|现将)《([^》]{6,80})》`)

// meetingSays opens a news sentence on what a meeting did.
var meetingSays = regexp.MustCompile(`^(?:会议|会上)(?:全面|认真|系统|充分|深入)?(?:指出|强调|要求|总结|认为|提出|部署|听取|审议|通报|传达|研究|回顾|明确)`)

// maxMenuItemRunes bounds a bulleted menu item of a page.
const maxMenuItemRunes = 10

// speakerWords say that the bodies a sentence names spoke at or attended
// the meeting a news text reports, rather than issued the text.
var speakerWords = []string{"发言", "出席", "参加", "参会", "列席", "介绍经验", "交流经验"}

// speaksAt reports whether the sentence first naming org in text makes it a
// speaker or a participant.
func speaksAt(text, org string) bool {
	i := strings.Index(text, org)
	if i < 0 {
		return false
	}
	rest := text[i:]
	if j := strings.IndexAny(rest, "。\n"); j >= 0 {
		rest = rest[:j]
	}
	return containsAny(rest, speakerWords)
}

// minGenreTitleRunes is how long a line naming a genre must be to be
// taken for a title rather than a table cell's value ("工作报告").
const minGenreTitleRunes = 12

// namesGenreAtLength reports whether a line is long enough and names a
// genre, as a title does.
func namesGenreAtLength(l string) bool {
	return utf8.RuneCountInString(l) >= minGenreTitleRunes && containsAny(Simplify(l), genreWords)
}

// maxFurnitureLabelRunes bounds a label of a web page's furniture set on a
// line of its own ("协办单位:", "友情链接：").
const maxFurnitureLabelRunes = 8

// maxAddresseeRunes bounds the addressee opening a letter.
const maxAddresseeRunes = 20

// coverLetterLines is how many lines below a cover letter's sentence the
// document's title may stand (the sender, the date, "(此件主动公开)").
const coverLetterLines = 8

// genreLookahead is how many lines below a lead sentence a title may stand.
const genreLookahead = 4

// genreLineFollows reports whether one of the next few non-empty lines
// after from is a short line naming a genre: a title below a lead.
func genreLineFollows(text string, from, end int) bool {
	n := 0
	for _, l := range lines(text[from:end]) {
		line := strings.TrimSpace(text[from+l.Start : from+l.End])
		if line == "" {
			continue
		}
		if n++; n > genreLookahead {
			return false
		}
		if utf8.RuneCountInString(line) <= maxTitleRunes && !containsSentenceEnd(line) && containsAny(Simplify(line), genreWords) {
			return true
		}
	}
	return false
}

// datelineWords stand anywhere in the line under an article's headline
// that dates it; datelineStarts open it.
var (
	datelineWords  = []string{"发布日期", "发布时间", "发表时间"}
	datelineStarts = []string{"时间:", "时间：", "日期:", "日期：", "来源:", "来源：", "信息来源", "文章来源"}
)

// datelineFollows reports whether the next line with text after from is an
// article's dateline ("发布日期:2021-10-21 00:20:33 来源:…", "2024-01-11
// 09:32:33 来源:本站" by leadingDate).
func datelineFollows(text string, from, end int) bool {
	for at := from; at < end; {
		l := nextLineSpan(text[:end], at)
		if l.End == 0 {
			return false
		}
		if l.Len() == 0 {
			at = l.Start // a blank line: the next one
			continue
		}
		return articleDateline(text[l.Start:l.End])
	}
	return false
}

// articleDateline reports whether a line is the one under an article's
// headline that dates it or names its source ("发布日期:2021-10-21 00:20:33
// 来源:…", "来源: 健康南通 发布时间:…"): any line of that block, where
// isDateline is the strict form whose date is the page's.
func articleDateline(line string) bool {
	return isDateline(line) || containsAny(line, datelineWords) || slices.ContainsFunc(datelineStarts, func(w string) bool { return strings.HasPrefix(line, w) }) ||
		dateLine.MatchString(line) || strings.Contains(line, "来源") && leadingDate.MatchString(line)
}

// isOrgLine reports whether a line names an organisation and nothing else:
// the site a page was saved from ("宜春市人民政府", "万载县人民政府-"), or
// the issuing body set above a title, never the title itself.
func isOrgLine(l string) bool {
	l = strings.Trim(l, "-—_|·•　 ")
	if utf8.RuneCountInString(l) <= maxCompanyRunes && (strings.HasSuffix(l, "有限公司") || strings.HasSuffix(l, "有限责任公司")) {
		return true // the company whose site the page was saved from
	}
	orgs := namedOrgs(l)
	return len(orgs) == 1 && orgs[0] == l
}

// maxCompanyRunes bounds a company's name on a line of its own.
const maxCompanyRunes = 24

// closeTitle extends a title whose book-title mark the line leaves open to
// the next line that closes it ("…印发《“健康中国2030”规划" + "纲要》").
func closeTitle(text string, title Span) Span {
	// A bullet the page set before the title ("• 某县中医院2024年部门预算情况说明").
	for _, b := range []string{"•", "·", "▪", "●"} {
		if strings.HasPrefix(text[title.Start:title.End], b) {
			title = trimSpan(text, Span{title.Start + len(b), title.End})
		}
	}
	t := text[title.Start:title.End]
	if title.Len() == 0 || strings.Count(t, "《") <= strings.Count(t, "》") {
		return title
	}
	rest := text[title.End:]
	nl := strings.IndexByte(rest, '\n')
	if nl < 0 {
		return title
	}
	next := rest[nl+1:]
	if end := strings.IndexByte(next, '\n'); end >= 0 {
		next = next[:end]
	}
	closing := strings.Index(next, "》")
	if closing < 0 || utf8.RuneCountInString(next[:closing]) > maxTitleRunes/4 {
		return title
	}
	return Span{title.Start, title.End + nl + 1 + closing + len("》")}
}

// trimCellBars narrows a line to exclude table cell bars ("|") and the
// blanks next to them at either end.
func trimCellBars(text string, s Span) Span {
	for s.Start < s.End && (text[s.Start] == '|' || text[s.Start] == ' ') {
		s.Start++
	}
	for s.End > s.Start && (text[s.End-1] == '|' || text[s.End-1] == ' ') {
		s.End--
	}
	return trimSpan(text, s)
}

// columnWords are what a web site's column names are made of besides genre
// words ("计划总结", "通知公告", "工作动态", "政府信息公开"); whole column names
// first, so that "政府" alone stays a title's word ("政府工作报告").
var columnWords = []string{"政府信息公开", "政务公开", "信息公开", "政策解读", "财政预决算", "预决算", "工作", "通知", "公告", "公示", "动态", "信息", "文件", "政策", "发展", "其他", "及", "和", "与", "、"}

// isCategoryLine reports whether a line is made of genre and column words
// only: the column of a web site a page was filed under, not its title.
func isCategoryLine(l string) bool {
	rest := Simplify(strings.Join(strings.Fields(l), ""))
	for _, words := range [][]string{genreWords, columnWords} {
		for _, w := range words {
			rest = strings.ReplaceAll(rest, w, "")
		}
	}
	return rest == ""
}

// runInTitle takes a title run into the first paragraph: the longest
// prefix of the first maxTitleRunes runes, free of punctuation, that ends
// with a report keyword.
func runInTitle(text string, line Span) Span {
	l := text[line.Start:line.End]
	prefix := l
	cut := 0
	for i := range l {
		if cut == maxTitleRunes {
			prefix = l[:i]
			break
		}
		cut++
	}
	if p := strings.IndexAny(prefix, "，,。；;：:！？!?"); p >= 0 {
		prefix = prefix[:p]
	}
	simp := Simplify(prefix)
	if simp != prefix {
		return Span{} // conversion changed lengths; do not guess offsets
	}
	ms := slices.DeleteFunc(titleKeyword.FindAllStringIndex(simp, -1), func(m []int) bool {
		if strings.Count(simp[:m[0]], "《") > strings.Count(simp[:m[0]], "》") {
			return true // "发布的《2023年…统计公报》显示": another document's name
		}
		loc := notPlan.FindStringIndex(simp[m[0]:])
		return loc != nil && loc[0] == 0 // "计划生育委员会" goes on
	})
	if len(ms) == 0 || utf8.RuneCountInString(prefix[:ms[len(ms)-1][1]]) < 6 {
		return Span{}
	}
	return Span{line.Start, line.Start + ms[len(ms)-1][1]}
}

// debrisLines are whole lines of web-page furniture; debrisPrefixes start
// lines of it.
var (
	debrisLines = map[string]bool{
		"下载": true, "打印": true, "全屏": true, "收藏": true, "分享": true, "分享到": true, "首页": true,
		"大": true, "中": true, "小": true, "加大": true, "还原": true, "减小": true, "】": true, ">": true,
		"»": true, "关闭": true, "关闭窗口": true, "打印本页": true, "+关注": true, "返回顶部": true,
		"立即下载": true, "点击下载": true, "附件下载": true, "下载附件": true, "我要打印": true, "返回": true,
		"返回首页": true, "设为首页": true, "加入收藏": true, "【打印】": true, "【关闭】": true,
	}
	// navWords are the names of a site's columns; a line of several of
	// them and nothing to read ("台海网首页台海新闻厦门新闻天下新闻") is its
	// navigation bar.
	navWords       = regexp.MustCompile(`首页|新闻|要闻|动态|频道|专题|视频|图片|资讯|直播|通知公告|联系我们|关于我们|网站地图|投稿须知|期刊介绍|广告合作|电子期刊`)
	debrisPrefixes = []string{
		"当前位置", "您当前所在位置", "您当前的位置", "您所在的位置", "所在位置", "您的位置", "您现在的位置", "你的位置", "来源", "时间", "发布时间", "发表时间", "发布日期",
		"更新时间", "日期", "阅读量", "阅读", "访问量", "浏览", "点击", "【字体", "【字号", "字体", "字号", "扫一扫",
		"相关报道", "相关链接", "作者", "责任编辑", "编辑", "HYPERLINK", "索引号", "索 引 号", "分享到", "分享：",
		"分享:", "首页 ", "首页>", "首页 >", "免责声明", "今天是", "单位:", "单位：",
		"网站支持", "无障碍", "长者模式", "适老化", "繁體", "简体",
		// A newspaper's e-paper pages: "本报首页 版面概览", "当前:11版(2021年02月10日) 上一版 下一版".
		"本报首页", "版面概览", "版面导航", "往期回顾", "当前:", "当前：", "上一版", "下一版",
	}
	dateLine    = regexp.MustCompile(`^[\s\p{Han}]{0,12}\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：时]\d{1,2}(?:[:：分]\d{1,2})?\s*秒?)?[\s\p{Han}]{0,8}$`)
	speakerLine = regexp.MustCompile(`^(?:\p{Han}{0,14}(?:省长|市长|县长|区长|州长|主席|主任|局长|书记|代省长|代市长))[\s　]+\p{Han}{1,3}(?:[\s　]+\p{Han}{1,3})?$`)
	columnLine  = regexp.MustCompile(`^\p{Han}{0,6}(?:要闻|新闻|动态|资讯|聚焦|公告|公示|头条|专题|热点|政务信息|新闻发布|新闻中心)$`)
)

// chromeWords are a government site's buttons for other versions and
// services of the page ("繁体", "长者专区", "智能问答").
var chromeWords = map[string]bool{
	"繁体": true, "繁體": true, "简体": true, "无障碍": true, "长者专区": true, "长者模式": true, "关怀版": true,
	"适老化": true, "智能问答": true, "网站地图": true, "登录": true, "注册": true, "English": true, "ENGLISH": true,
}

// isChromeBar reports whether a line is a row of short words spaced apart,
// one of them a site's button ("智能问答 繁体 长者专区"): the page's bar of
// buttons, never a title.
func isChromeBar(l string) bool {
	words := strings.Fields(l)
	if len(words) < 2 {
		return false
	}
	chrome := false
	for _, w := range words {
		if utf8.RuneCountInString(w) > maxChromeWordRunes {
			return false
		}
		chrome = chrome || chromeWords[w]
	}
	return chrome
}

// maxChromeWordRunes bounds the length of a word in a bar of buttons.
const maxChromeWordRunes = 6

// isTitleDebris reports whether a line above the text is something other
// than a title: page furniture, a date, a document number, a speaker or a
// subtitle ("——2026年1月28日在…会议上").
// byline credits a story's reporters ("本报记者 张三 通讯员 李四"), a
// paper or its app and the reporter ("齐鲁晚报·齐鲁壹点 连宁燕") or an
// article's author by post and name ("某市卫生健康局党组书记、局长 陈文").
var byline = regexp.MustCompile(`^(?:\p{Han}{0,16}(?:记者|通讯员)(?:[ \t　]*\p{Han}{2,4})+|[\p{Han}·]{0,16}(?:日报|晚报|时报|商报|都市报|壹点|新闻网|客户端|融媒体|电视台)[\p{Han}·]{0,8}[ \t　]+\p{Han}{2,4}|[\p{Han}、]{2,30}(?:书记|局长|主任|院长|厅长|部长|处长|委员)[ \t　]+\p{Han}{2,4})$`)

// siteName is a line that is only a news site's or app's name.
var siteName = regexp.MustCompile(`^\p{Han}{1,6}(?:网|网站|客户端)(?:客户端)?$`)

func isTitleDebris(l string) bool {
	l = Simplify(l) // "時間:2025-05-14 17:50來源:錫山" is a dateline too
	if debrisLines[l] || utf8.RuneCountInString(strings.ReplaceAll(l, " ", "")) < 3 || !hasHan(l) || siteDomain.MatchString(l) && utf8.RuneCountInString(l) <= maxSourceLineRunes {
		return true // "Literature", "中华网 china.com": a site's name
	}
	for _, p := range debrisPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if len(navWords.FindAllStringIndex(l, -1)) >= 3 && !strings.ContainsAny(l, "。，,") {
		return true
	}
	if isChromeBar(l) {
		return true // "智能问答 繁体 长者专区": the site's buttons
	}
	if meetingSays.MatchString(l) {
		return true // "会议全面总结“十四五”时期及2025年": what a meeting did, a sentence
	}
	if siteName.MatchString(strings.TrimSpace(l)) {
		return true // "人民网", "新华网客户端": the site that carries the page
	}
	if byline.MatchString(l) {
		return true // "河南经济报记者 赵显志", "某市卫生健康局局长 陈文": who wrote it
	}
	if strings.HasPrefix(l, "•") || strings.HasPrefix(l, "●") || strings.HasPrefix(l, "▪") {
		if utf8.RuneCountInString(l) <= maxMenuItemRunes {
			return true // a page's menu item: "• 我的订阅", "• 国内"
		}
	}
	if strings.ContainsRune(itemBullets, []rune(l)[0]) {
		return true // "✔选派1万人次…", "★国家肿瘤区域医疗中心…": an item of a list
	}
	if strings.HasPrefix(l, "——") || strings.HasPrefix(l, "――") || strings.HasPrefix(l, "—") || strings.HasPrefix(l, "--") {
		return true
	}
	if strings.Count(l, ">") >= 1 && !strings.ContainsAny(l, "。，") && utf8.RuneCountInString(l) < 40 || strings.Contains(l, "》>") {
		return true // breadcrumbs
	}
	if docNumberPattern.MatchString(l) && utf8.RuneCountInString(docNumberPattern.FindString(l)) >= utf8.RuneCountInString(l)-2 {
		return true
	}
	if sourceMention.MatchString(l) && utf8.RuneCountInString(l) <= maxSourceLineRunes {
		return true // "2026-03-17 08:51 来源:健康报"
	}
	return dateLine.MatchString(l) || speakerLine.MatchString(l) || columnLine.MatchString(l) || strings.Contains(l, "|")
}

// itemBullets open the items of a list a page sets off with symbols.
const itemBullets = "✔✓✅√★☆▶►▷◆◇■□❖➤"

// siteDomain is a web site's domain written in its masthead.
var siteDomain = regexp.MustCompile(`(?i)(?:www\.|\.com\b|\.cn\b|\.net\b|\.org\b)`)

// sourceMention is the source a page names for its article: "来源:健康报".
var sourceMention = regexp.MustCompile(`(?:来源|来自|稿源|出处)\s*[:：]`)

// maxSourceLineRunes bounds a publication line naming a source.
const maxSourceLineRunes = 40

// maxColumnLabelRunes bounds the column label a page puts before its
// title: "一图读懂 | “十五五”规划纲要卫生健康工作任务".
const maxColumnLabelRunes = 8

// titleAfterColumn returns the part of a line after a short column label
// and a bar, or the line itself.
func titleAfterColumn(text string, line Span) Span {
	l := text[line.Start:line.End]
	i := strings.Index(l, " | ")
	if i <= 0 || strings.Count(l, "|") != 1 || utf8.RuneCountInString(strings.TrimSpace(l[:i])) > maxColumnLabelRunes {
		return line
	}
	rest := trimSpan(text, Span{line.Start + i + len(" | "), line.End})
	if utf8.RuneCountInString(text[rest.Start:rest.End]) < maxColumnLabelRunes {
		return line
	}
	return rest
}

// IsMetadataLine reports whether a line belongs to the key-value table at
// the top of a government page ("发布机构：…", "索引号: | … | 组配分类: | … |").
func IsMetadataLine(l string) bool {
	cell := l
	if i := strings.IndexByte(l, '|'); i >= 0 {
		cell = l[:i]
	}
	k, _, ok := cutKey(cell)
	if !ok {
		k, ok = bracketedKey(cell)
	}
	if ok && metadataKeys[k] {
		return true
	}
	_, _, glued := gluedMetadataKey(l)
	return glued || bylineLine.MatchString(strings.TrimSpace(Simplify(l)))
}

// gluedMetadataKey reads a field of the information-disclosure table
// written as a list item with no colon, the key glued to its value or
// alone: "- 有效性有效", "- 发布日期2019-12-22", "- 文号". A key of two
// characters ("文号", "分类") is read only alone, as a title may start with
// it.
func gluedMetadataKey(l string) (key, value string, ok bool) {
	l = trimBullet(l)
	for k := range metadataKeys {
		rest, found := strings.CutPrefix(l, k)
		if !found {
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest == "" || utf8.RuneCountInString(k) >= 3 && utf8.RuneCountInString(rest) <= maxGluedValueRunes && !containsSentenceEnd(rest) {
			return k, rest, true
		}
	}
	return "", "", false
}

// trimBullet removes a list item's bullet: "- 发布机构: …" → "发布机构: …".
func trimBullet(l string) string {
	return strings.TrimSpace(strings.TrimLeft(l, "-*•· \t　"))
}

// maxGluedValueRunes bounds the value glued to its key in a metadata list
// item ("索引号20240913-171148-799").
const maxGluedValueRunes = 30

// bracketedKey reads a key written in brackets, its value in the next
// cell: "[ 发文字号 ] |", "【发布机构】".
func bracketedKey(cell string) (string, bool) {
	cell = strings.TrimSpace(cell)
	open, size := utf8.DecodeRuneInString(cell)
	if open != '[' && open != '【' {
		return "", false
	}
	end := strings.IndexAny(cell[size:], "]】")
	if end < 0 {
		return "", false
	}
	return strings.Join(strings.Fields(cell[size:size+end]), ""), true
}

// metadataKeys name the fields of the information-disclosure table at the
// top of a government page.
var metadataKeys = map[string]bool{
	"索引号": true, "信息分类": true, "主题分类": true, "组配分类": true, "体裁分类": true, "发布机构": true,
	"发文机关": true, "发布单位": true, "标题": true, "名称": true, "文件名称": true, "信息名称": true, "文号": true,
	"发文字号": true, "成文日期": true, "发布日期": true, "发文日期": true, "生成日期": true, "公文生成日期": true, "废止日期": true,
	"有效性": true, "公开方式": true, "公开范围": true, "关键词": true, "主题词": true, "时效": true,
	"公开时限": true, "责任部门": true, "分类": true, "内容分类": true, "所属机构": true, "访问量": true, "发布时间": true, "信息来源": true,
	"责任编辑": true,
}

// docNumberPattern matches a document number: 川卫发〔2025〕7号,
// 赣府厅发〔2025〕6号, 国办发[2019]13号.
var docNumberPattern = regexp.MustCompile(`\p{Han}{1,12}\s*[〔［\[【(（]\s*((?:19|20)\d{2})\s*[〕］\]】)）]\s*第?\s*\d{1,4}\s*号`)

// detectDocNumber finds the document number near the top of a report (in
// its first lines or an information-disclosure table's 文号 cell).
func detectDocNumber(text string, span Span) string {
	if v := tableField(text, span, "文号", "发文字号", "发文号"); v.Len() > 0 {
		if m := docNumberPattern.FindString(text[v.Start:v.End]); m != "" {
			return m
		}
	}
	top := headSpan(text, span, 1500)
	for _, line := range lines(text[top.Start:top.End]) {
		l := strings.TrimSpace(text[top.Start+line.Start : top.Start+line.End])
		if utf8.RuneCountInString(l) > 40 {
			continue // a document number stands on its own line
		}
		if m := docNumberPattern.FindString(l); m != "" {
			return strings.Join(strings.Fields(m), "")
		}
	}
	return ""
}

// headSpan is the first n bytes of span, cut at a rune boundary.
func headSpan(text string, span Span, n int) Span {
	if span.Len() <= n {
		return span
	}
	end := span.Start + n
	for end > span.Start && !isRuneStart(text[end]) {
		end--
	}
	return Span{span.Start, end}
}

// tableTitle is the 名称/标题 cell of an information-disclosure table at the
// top of a report ("名称: | 县卫健委2023年工作总结 | 文号: | |").
func tableTitle(text string, body Span) Span {
	return tableField(text, body, "标题", "名称", "文件名称", "信息名称")
}

// tableField finds the value of one of keys in the key-value table at the
// top of a report: cells separated by "|" ("发布机构: | 青阳县卫生健康委员会 |"),
// or "key: value" lines. Keys are matched without spaces ("索 引 号").
// nextKeyPattern is the start of another "key:" after a field's value on
// the same line.
// Keys may be spaced out ("文  号:").
var nextKeyPattern = regexp.MustCompile(`[ \t\x{3000}]+\p{Han}(?:[ \x{3000}]*\p{Han}){1,5}[ \x{3000}]*[:：]`)

func tableField(text string, body Span, keys ...string) Span {
	top := headSpan(text, body, 2000)
	for _, line := range lines(text[top.Start:top.End]) {
		ls := Span{top.Start + line.Start, top.Start + line.End}
		l := text[ls.Start:ls.End]
		if !strings.ContainsAny(l, ":：") {
			continue
		}
		// Cells: split on "|" (a line without bars is one cell).
		var cells []Span
		start := ls.Start
		for i := ls.Start; i <= ls.End; i++ {
			if i == ls.End || text[i] == '|' {
				cells = append(cells, trimSpan(text, Span{start, i}))
				start = i + 1
			}
		}
		for ci, c := range cells {
			cell := text[c.Start:c.End]
			k, v, ok := cutKey(cell)
			if !ok || !matchKey(k, keys) {
				continue
			}
			if v != "" {
				// Two fields on one line ("发布机构: 县卫生健康局 发文日期:
				// 2025-05-08"): the value ends before the next key.
				if loc := nextKeyPattern.FindStringIndex(v); loc != nil {
					v = v[:loc[0]]
				}
				at := c.Start + strings.Index(cell, v)
				return Span{at, at + len(v)}
			}
			if ci+1 < len(cells) {
				next := cells[ci+1]
				if _, _, isKey := cutKey(text[next.Start:next.End]); !isKey && next.Len() > 0 {
					return next
				}
				return Span{}
			}
			// A table laid out one cell per line: the key alone ("发布机构："),
			// its value on the next line.
			if next := nextLineSpan(text, ls.End); next.Len() > 0 && utf8.RuneCountInString(text[next.Start:next.End]) <= maxTitleRunes {
				if _, _, isKey := cutKey(text[next.Start:next.End]); !isKey {
					return next
				}
			}
			return Span{}
		}
	}
	return Span{}
}

// nextLineSpan is the trimmed line after the newline at or after end,
// empty when there is none.
func nextLineSpan(text string, end int) Span {
	nl := strings.IndexByte(text[end:], '\n')
	if nl < 0 {
		return Span{}
	}
	start := end + nl + 1
	stop := strings.IndexByte(text[start:], '\n')
	if stop < 0 {
		stop = len(text)
	} else {
		stop += start
	}
	return trimSpan(text, Span{start, stop})
}

// cutKey splits "key: value" (full- or half-width colon); the key must be
// short and Chinese.
func cutKey(cell string) (key, value string, ok bool) {
	cell = trimBullet(cell)
	i := strings.IndexAny(cell, ":：")
	if i <= 0 {
		return "", "", false
	}
	key = strings.Join(strings.Fields(cell[:i]), "") // "索 引 号", "索\u2002引\u2002号"
	if n := utf8.RuneCountInString(key); n < 2 || n > 6 {
		return "", "", false
	}
	for _, r := range key {
		if !unicode.Is(unicode.Han, r) {
			return "", "", false
		}
	}
	_, size := utf8.DecodeRuneInString(cell[i:])
	return key, strings.TrimSpace(cell[i+size:]), true
}

func matchKey(k string, keys []string) bool {
	for _, want := range keys {
		if k == want {
			return true
		}
	}
	return false
}

// orgSuffixes follow a place name in the name of a body, longest first.
var orgSuffixes = []string{
	"人民政府办公厅", "人民政府办公室", "卫生健康委员会办公室", "卫生和计划生育委员会", "卫生健康委员会",
	"疾病预防控制中心", "人民政府", "政府办公厅", "政府办公室", "卫生健康委", "卫生健康局", "医疗保障局",
	"卫健委", "卫计委", "卫生局", "卫健局", "统计局", "疾控中心",
}

// orgAt returns the length of the body's name that follows a place name at
// text[i:], or 0.
func orgAt(s string) int {
	for _, suf := range orgSuffixes {
		if strings.HasPrefix(s, suf) {
			return len(suf)
		}
	}
	return 0
}

// namedOrgs returns the bodies named in s: a place followed by 人民政府,
// 卫生健康委员会, 卫健委 … ("四川省人民政府", "云阳县卫健委"), as written.
// A body in a cited document's title (《广西壮族自治区人民政府办公厅关于…》)
// is that document's, not the text's.
func namedOrgs(s string) []string {
	var out []string
	for _, m := range places.Find(s) {
		if inBookTitle(s, m.Start) {
			continue
		}
		if n := orgAt(s[m.End:]); n > 0 {
			out = append(out, s[m.Start:m.End+n])
		}
	}
	return out
}

// signatureOrg reads a line that names only bodies, separated by spaces:
// the first of them, when it is of the place given (any, when place is
// empty).
func signatureOrg(l, place string) (string, bool) {
	fields := strings.Fields(l)
	for i, f := range fields {
		orgs := namedOrgs(f)
		if i > 0 && len(orgs) == 0 {
			continue // a body the gazetteer cannot place ("国家统计局…调查总队")
		}
		if len(orgs) != 1 || orgs[0] != f {
			return "", false
		}
	}
	org := fields[0]
	if p := deepestPlace(org); place != "" && p != "" && p != place {
		return "", false
	}
	return org, true
}

// representPattern finds the body a speaker stands for: "我代表省人民政府",
// "代表江西省人民政府", "我代表省政府".
var representPattern = regexp.MustCompile(`代表(\p{Han}{0,10}?)(省|市|自治区|县|区|州|旗)?(?:人民)?政府`)

// detectIssuer names the body that issued a report, as written: an
// information-disclosure table's 发布机构, a body named in the title, a
// body standing alone on a line (the signature of a notice), the
// government a speaker represents ("我代表省人民政府", completed with the
// place), or the first health bureau or government the text names.
func detectIssuer(text string, span Span, title, place string) string {
	// A page that reposts another body's document ("江西省…统计公报" on
	// a city's site) names the site's publisher in its table: the title's
	// own place says whose the document is.
	lead := titleLeadPlace(title)
	reposted := ""
	if v := tableField(text, span, "发布机构", "发文机关", "发布单位", "发文单位", "制发机关"); v.Len() > 0 {
		if s := strings.TrimSpace(text[v.Start:v.End]); utf8.RuneCountInString(s) <= 30 {
			org := qualifyOrg(s, place)
			if p := deepestPlace(org); lead == "" || p == "" || p == lead {
				return org
			}
			reposted = org
		}
	}
	if orgs := namedOrgs(title); len(orgs) > 0 {
		return orgs[0]
	}
	body := text[span.Start:span.End]
	for _, line := range lines(body) {
		l := strings.Trim(strings.TrimSpace(body[line.Start:line.End]), "（）()")
		if n := utf8.RuneCountInString(l); n < 4 || n > 30 {
			continue
		}
		// A signature: one body alone on its line, or the bodies that
		// issued it together ("江西省统计局  国家统计局江西调查总队"), of
		// the report's place: a site's footer links name others.
		if org, ok := signatureOrg(l, place); ok {
			return org
		}
	}
	if reposted != "" {
		return reposted
	}
	head := headSpan(text, span, 3000)
	top := text[head.Start:head.End]
	if m := representPattern.FindStringSubmatch(top); m != nil {
		who := m[1] + m[2]
		if p, ok := places.Lookup(who); ok && who != "" {
			return p.Name + "人民政府"
		}
		if place != "" && m[1] == "" {
			if p, ok := places.Lookup(place); ok && levelWord(p) == m[2] {
				return p.Name + "人民政府"
			}
		}
	}
	for _, o := range namedOrgs(top) {
		if speaksAt(top, o) {
			continue // "晋江市、南安市、安溪县卫健局…分别作典型发言": speakers at the meeting
		}
		if !strings.HasSuffix(o, "人民政府") || place == "" || strings.HasPrefix(o, place) {
			return o
		}
	}
	// A body of the report's place that the text keeps naming.
	counts := map[string]int{}
	best := ""
	for _, o := range namedOrgs(body) {
		if place != "" && deepestPlace(o) != place {
			continue
		}
		counts[o]++
		if counts[o] > counts[best] {
			best = o
		}
	}
	if counts[best] >= 2 {
		return best
	}
	return ""
}

// qualifyOrg completes a body named by its level only ("省卫生健康委") with
// the report's place of that level ("浙江省卫生健康委").
func qualifyOrg(org, place string) string {
	p, ok := places.Lookup(place)
	if !ok {
		return org
	}
	level := levelWord(p)
	if rest, found := strings.CutPrefix(org, level); found && orgAt(rest) > 0 {
		return p.Name + rest
	}
	return org
}

// levelWord is how a speaker names his own government's level: 省, 市,
// 自治区, 县, 区, 州.
func levelWord(p places.Place) string {
	switch {
	case strings.HasSuffix(p.Name, "自治区"):
		return "自治区"
	case strings.HasSuffix(p.Name, "特别行政区"):
		return "特别行政区"
	}
	r, _ := utf8.DecodeLastRuneInString(p.Name)
	return string(r)
}

// detectOrg names the place a report is about, canonically: the place its
// title names, else the place its text names most (at least twice).
func detectOrg(title, body string) string {
	if p := titlePlace(title); p != "" {
		return p
	}
	return mostNamedPlace(body, 2)
}

// detectPeriod reads 上半年/下半年 from a title or heading, else 全年.
func detectPeriod(texts ...string) string {
	for _, t := range texts {
		switch {
		case strings.Contains(t, "上半年"):
			return PeriodFirstHalf
		case strings.Contains(t, "下半年"):
			return PeriodSecondHalf
		}
	}
	return PeriodYear
}
