package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Meta is what staff can set by hand for a file (sidecar NAME.meta.yaml or
// Markdown front matter). Set fields win over detection.
type Meta struct {
	Title    string `yaml:"title"`
	Year     int    `yaml:"year"`
	PlanYear int    `yaml:"plan_year"`
	Org      string `yaml:"org"`
	Kind     Kind   `yaml:"kind"`
	Period   string `yaml:"period"`
	// Access names the access folder whose readers may read the file
	// (config access.folders), instead of the folder it is in.
	Access string `yaml:"access"`
}

// buildReport turns one piece of a document into a report: title, metadata,
// sections with kinds and years.
func buildReport(doc *Document, work string, p piece, ordinal int, meta Meta) Report {
	body := p.body
	titleSpan := p.title
	if titleSpan.Len() == 0 {
		titleSpan = detectTitle(work, body)
		// The body begins after the title, unless lines stand above it (an
		// information-disclosure table): then they stay in the body.
		if titleSpan.Len() > 0 && strings.TrimSpace(work[body.Start:titleSpan.Start]) == "" {
			body.Start = titleSpan.End
		}
	}
	rep := Report{
		File: doc.File,
		Span: trimSpan(work, Span{min(titleSpan.Start, body.Start), body.End}),
	}
	if titleSpan.Len() == 0 {
		rep.Span = trimSpan(work, body)
	}
	rep.ID = reportID(doc.File, ordinal)
	rep.Ordinal = ordinal
	rep.Title = joinTitleLines(strings.TrimSpace(doc.Text[titleSpan.Start:titleSpan.End]))
	rep.Traditional = IsTraditional(work[rep.Span.Start:rep.Span.End])

	heads := parseOutline(work, body)
	if len(heads) == 0 {
		heads = newsSubtitles(work, body) // a feature's subtitles, when it numbers nothing
	}
	rep.Sections = buildSections(work, body, heads)
	if rep.Title == "" && len(rep.Sections) > 1 && namesReport(rep.Sections[1].Heading) {
		// No title line: the first heading names the report ("一、2016年上半年工作总结");
		// one that names a part of it ("一、总体情况") does not.
		rep.Title = rep.Sections[1].Heading
	}
	if rep.Title == "" {
		// A news report: the document it reports on.
		rep.Title = reportedDocument(work, body)
	}
	if rep.Title == "" {
		rep.Title = fileTitle(doc.File)
	}
	simpTitle := Simplify(rep.Title)

	// Kinds: a heading that says plan or summary sets its subtree; the
	// report's own default comes from its title.
	defaultKind := titleKind(simpTitle)
	if defaultKind == "" && rep.Title == fileTitle(doc.File) {
		defaultKind = fileNameKind(doc.File) // "04_baoshan-gongzuojihua_2025": a plan
	}
	rep.conferenceYear = leadConference(work[body.Start:body.End])
	if y, _ := firstYear(simpTitle); defaultKind == "" || y == 0 && rep.conferenceYear > 0 || conferenceTitle.MatchString(simpTitle) {
		// A report on a work conference under a title of no year ("内蒙古
		// 明确今年…重点任务": "2026年全区卫生健康工作会议…召开，全面总结
		// 2025年…") reviews the year before first; its paragraphs on this
		// year's tasks are dated by datePlanParagraphs. So does one titled
		// with the conference ("…2025年度目标管理工作会议召开"), whatever
		// kind word its name holds.
		defaultKind = KindSummary
	}
	if titledPlanStart(simpTitle) == 0 {
		rep.declaredPlan = declaredPlanStart(work, body) // "…结合实际，制定本规划。" under no title
	}
	declared := rep.declaredPlan
	if declared > 0 && defaultKind == "" {
		defaultKind = KindPlan
	}
	if titleKind(simpTitle) == "" && announcesProjects(simpTitle, work, body) {
		defaultKind = KindPlan // "2025年,…规划16大项…民生实事"
	}
	if meta.Kind != "" {
		defaultKind = meta.Kind
	}
	times := sectionTimes(rep.Sections)
	assignKinds(rep.Sections, times, defaultKind)

	// Years: from the title (a template year means unknown, never a guess),
	// else the first heading or opening text that names one.
	year, planYear := titleYears(simpTitle)
	top := headSpan(work, body, 3000)
	if y := leadCongress(work[top.Start:top.End]); y > 0 && (year == 0 || year == y) && planYear == 0 && !strings.Contains(simpTitle, "政府工作报告") {
		// News of the report ("…人民代表大会…会议开幕。市长…作政府工作
		// 报告"), not the report itself (dated by its delivery, its
		// headings dating its review): it reviews the year before the
		// congress and plans the congress's.
		year, planYear = y-1, y
	}
	if y := targetFormYear(Simplify(work[top.Start:top.End])); y > 0 && planYear == 0 && (year == 0 || year == y) {
		// "项目支出绩效目标申报表 (2024年度)": the targets set for that
		// year, not the next.
		year, planYear = y, y
	}
	if year == 0 && !hasTemplateYear(simpTitle) {
		year = subtitleYear(work[body.Start:body.End])
	}
	if year == 0 && !hasTemplateYear(simpTitle) {
		year = bodyYear(work, rep.Sections)
	}
	if start := max(declared, titledPlanStart(simpTitle)); start > 0 && year < start {
		// A plan is written in its period's first year at the earliest:
		// the years of its review (2019, 2020) are not its own, whether it
		// declares its period in its opening or its title ("“十四五”中医药
		// 发展规划").
		year = start
	}
	rep.Org = detectOrg(simpTitle, Simplify(work[body.Start:body.End]))
	rep.Period = detectPeriod(append([]string{simpTitle}, topHeadings(rep.Sections, KindSummary)...)...)

	if meta.Title != "" {
		rep.Title = meta.Title
	}
	if meta.Year != 0 {
		year = meta.Year
	}
	if meta.PlanYear != 0 {
		planYear = meta.PlanYear
	}
	if meta.Org != "" {
		rep.Org = meta.Org
	}
	if meta.Period != "" {
		rep.Period = meta.Period
	}
	rep.Year = year
	delivered := reviewsYearBefore(rep.Title)
	rep.PlanYear = resolvePlanYear(rep.Sections, times, year, planYear, defaultKind, rep.Period, delivered)
	dateSections(&rep, times)
	listDeadlines(work, rep.Sections, times, rep.Year)
	rep.Kind = dominantKind(rep.Sections, defaultKind)
	return rep
}

// reportID is stable for a file and the report's place in it.
func reportID(file string, ordinal int) string {
	sum := sha256.Sum256([]byte(file + "#" + strconv.Itoa(ordinal)))
	return hex.EncodeToString(sum[:8])
}

// Ref names a report for people: its file and ordinal ("a.txt#8").
func (r Report) Ref() string { return r.File + "#" + strconv.Itoa(r.Ordinal) }

// fileTitle makes a title from a file name when the text has none.
func fileTitle(file string) string {
	base := file
	if i := strings.LastIndexByte(base, '/'); i >= 0 {
		base = base[i+1:]
	}
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	return base
}

// namesReport reports whether a heading could name a whole report: it
// names a genre (工作总结, 工作要点 …) or a year.
func namesReport(heading string) bool {
	h := Simplify(heading)
	return containsAny(h, genreWords) || len(findYears(h)) > 0
}

// govWorkReportTitle is the title of a government work report itself, not
// of a reading of it or of the tasks it divides ("政府工作报告解读",
// "政府工作报告重点任务分工"), with the date it was delivered or none.
var govWorkReportTitle = regexp.MustCompile(`政府工作报告\s*(?:[(（]\s*\d{4}年\d{1,2}月\d{1,2}日\s*[)）])?\s*$`)

// reviewsYearBefore reports whether a report titled so is delivered at
// the start of its year and reviews the year before: a government work
// report, named by the year of the congress it is delivered to
// ("2024年XX县政府工作报告", "XX县人民政府工作报告(2024年1月20日)"), plans
// that year and reviews the one before, though no heading dates its
// review ("这一年，我们…").
func reviewsYearBefore(title string) bool {
	return govWorkReportTitle.MatchString(Simplify(title))
}

// titleYears reads the year of a title and, for "2023年工作总结和2024年工作
// 计划", the year of its plan part.
func titleYears(simpTitle string) (year, planYear int) {
	ys := ownYears(simpTitle)
	if m := bareTitleYear.FindStringSubmatchIndex(simpTitle); len(ys) == 0 && m != nil {
		// "2022圆满收官", "雅安卫健人的2020": a title may open or end with
		// its year and no 年.
		g := 2
		if m[g] < 0 {
			g = 4
		}
		ys = []yearMention{{Year: atoiYear(simpTitle[m[g]:m[g+1]]), Start: m[g], End: m[g+1]}}
	}
	if len(ys) == 0 || ys[0].Template {
		return 0, 0
	}
	year = ys[0].Year
	if conferenceTitle.MatchString(simpTitle) {
		// "2021年漳州市卫生健康工作会议召开": it reviews 2020 and sets
		// 2021's tasks.
		return year - 1, year
	}
	if len(ys) >= 2 && reviewedSpan(simpTitle, ys[0], ys[1]) {
		// "从2019年至2023年江苏报告新发职业病病例数持续下降": what
		// happened over the years, as of the last.
		return ys[1].Year, 0
	}
	kind := headingKind(simpTitle)
	for _, y := range ys[1:] {
		if !y.Template && y.Year != year {
			planYear = y.Year
			break
		}
	}
	if planYear == 0 && kind == KindPlan && !strings.Contains(simpTitle, "总结") {
		planYear = year
	}
	return year, planYear
}

// reviewedSpan reports whether a title's first two years are the ends of
// a span opened by 从 or 自 ("从2019年至2023年…"), the time a change took,
// not a year and the plan for a later one.
func reviewedSpan(simpTitle string, first, second yearMention) bool {
	between := strings.TrimSpace(simpTitle[first.End:second.Start])
	opened := strings.TrimSpace(simpTitle[:first.Start])
	return (strings.HasSuffix(opened, "从") || strings.HasSuffix(opened, "自")) &&
		(between == "至" || between == "到" || between == "年至" || between == "年到")
}

// ownYears are the years a title names but for the bases it compares with
// and the horizons it looks to: "安徽省人均预期寿命达79.3岁 比2020年提高1.34岁"
// names no year of its own.
func ownYears(simpTitle string) []yearMention {
	return slices.DeleteFunc(findYears(simpTitle), func(y yearMention) bool {
		before := strings.TrimSpace(simpTitle[:y.Start])
		// Nor a horizon: "10部门:到2022年癌症死亡率上升趋势得到遏制" is news
		// of a plan, of the day it was put out.
		for _, w := range []string{"较", "比", "相较于", "相较", "相比", "到", "展望"} {
			if strings.HasSuffix(before, w) {
				return true
			}
		}
		return false
	})
}

// bareTitleYear is a year opening a title with no 年 after it, followed by
// words ("2022圆满收官"), or ending it after words ("雅安卫健人的2020").
var bareTitleYear = regexp.MustCompile(`^\s*((?:19|20)\d{2})\p{Han}|\p{Han}((?:19|20)\d{2})\s*$`)

func hasTemplateYear(s string) bool {
	_, tmpl := firstYear(s)
	return tmpl
}

// bodyYear looks for the report's year where it would be stated: a top-level
// heading, else the opening lines. A template year there means unknown.
func bodyYear(work string, secs []Section) int {
	for _, s := range secs {
		if s.Level == 1 {
			// Not a base of comparison: "（2）公立医院预算数为34.32亿元,比
			// 2015年执行数减少0.45亿元" is of the budget's year.
			if y, tmpl := titleYear(Simplify(s.Heading)); y > 0 || tmpl {
				return y
			}
		}
	}
	if len(secs) > 0 {
		open := secs[0].Body
		if open.Len() > 600 {
			open.End = open.Start + 600
			for open.End > open.Start && !isRuneStart(work[open.End]) {
				open.End--
			}
		}
		for _, y := range findYears(work[open.Start:open.End]) {
			if y.Template {
				return 0
			}
			after := work[open.Start+y.End : open.End]
			if notPageYear(y.Year, work[open.Start:open.Start+y.Start], after) {
				continue
			}
			if thisYearThenLater(work[open.Start : open.Start+y.Start]) {
				// "力争年底前完成省级复审，2024年通过国家抽查复审": the
				// year after the one the page is written in.
				return y.Year - 1
			}
			if carriedInto(work[open.Start : open.Start+y.Start]) {
				// "余8件转2023年度办理": what is carried into the year after
				// the report's.
				return y.Year - 1
			}
			if eventDate.MatchString(after) {
				// "2005年12月被确定为…": a day in the story a news page
				// tells; the year a later sentence opens with ("2009年，
				// 全县…") is the one it reports on.
				if later := latestOpeningYear(work[open.Start+y.End : open.End]); later > y.Year {
					return later
				}
			}
			return y.Year
		}
	}
	return 0
}

// thisYearThenLater reports whether the sentence a year stands in set a
// deadline within the page's own year before it ("力争年底前完成…，2024年
// 通过…", "力争年内…"): the year is the one after the page's.
func thisYearThenLater(before string) bool {
	b := Simplify(before)
	if i := strings.LastIndexAny(b, "。！？\n"); i >= 0 {
		b = b[i+1:]
	}
	return strings.Contains(b, "年底前") || strings.Contains(b, "年内") && containsAny(b, []string{"力争", "争取", "确保"})
}

// carriedInto reports whether the text before a year carries work over
// into it: "转", "结转至". "转入" is not read so: "2024年转入2025年办结"
// counts in the later year what came from the earlier.
func carriedInto(before string) bool {
	b := strings.TrimRight(Simplify(before), " ")
	return hasAnySuffix(b, []string{"转", "转至", "转到", "结转至", "结转到"}) && !strings.HasSuffix(b, "年转")
}

// subtitleYear is the year a line of its own near the top gives the
// whole report, as a form's fiscal year under its title: "(2021年度)".
func subtitleYear(text string) int {
	for i, l := range lines(text) {
		if i >= titleScanLines {
			break
		}
		if m := subtitleYearLine.FindStringSubmatch(strings.TrimSpace(text[l.Start:l.End])); m != nil {
			return atoiYear(m[1])
		}
	}
	return 0
}

// targetForm is a form of the performance targets set for a year, with
// the year under it: "项目支出绩效目标申报表 (2024 年度)", "绩效目标表（2025年）".
var targetForm = regexp.MustCompile(`绩效目标(?:申报)?表\s*[（(]\s*((?:19|20)\d\d)\s*年度?\s*[)）]`)

// targetFormYear is the year of the performance-target form a text opens
// with, 0 for none.
func targetFormYear(text string) int {
	if m := targetForm.FindStringSubmatch(text); m != nil {
		return atoiYear(m[1])
	}
	return 0
}

// subtitleYearLine is a line holding only a bracketed year: "(2021年度)",
// "（2023年）".
var subtitleYearLine = regexp.MustCompile(`^[（(]\s*((?:19|20)\d\d)\s*年度?\s*[)）]$`)

// eventDate follows the year of a date with a month and then a day or an
// event ("2005年12月被确定为", "2019年3月8日"), not a span of months.
var eventDate = regexp.MustCompile(`^\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日|[^份\d\-—~～至到])`)

// sentenceYear is a year opening a sentence with a comma ("。2009年，全县").
var sentenceYear = regexp.MustCompile(`(?:^|[。\n])\s*((?:19|20)\d\d)\s*年\s*[，,]`)

// latestOpeningYear is the latest year that opens a sentence of text, 0 if
// none does.
func latestOpeningYear(text string) int {
	latest := 0
	for _, m := range sentenceYear.FindAllStringSubmatch(text, -1) {
		latest = max(latest, atoiYear(m[1]))
	}
	return latest
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// spanStart follows the first year of a span ("2015年至2020年，从76.34岁提高
// 至77.93岁"): a period reviewed, not the year a text is about.
var spanStart = regexp.MustCompile(`^\s*(?:至|到|—|－|-|~|～)\s*(?:19|20)\d\d`)

// notPageYear reports whether a year written between before and after is
// not the year a text is about: a comparison base, a deadline or a horizon
// before it; the start of something or of a span after it.
func notPageYear(year int, before, after string) bool {
	if changedUntil(before, after) {
		return false // "由2012年的97.74%提高至2021年的99.34%": the year the change reached
	}
	if monthCountedTo.MatchString(after) && hasAnySuffix(strings.TrimSpace(before), []string{"至", "到", "截至", "截止"}) {
		return false // "自1986年至2020年10月底,累计报告…": the day the count stands at
	}
	return comparisonBefore(before) || startedThen(after) || spanStart.MatchString(after) || horizonAfter.MatchString(after) ||
		horizonYear(year, after) || foundationAfter.MatchString(after)
}

// monthCountedTo follows the year of a month a count stands at: "年10月底",
// "年6月30日".
var monthCountedTo = regexp.MustCompile(`^\s*年?\s*\d{1,2}\s*月\s*(?:底|末|\d{1,2}\s*日)`)

// changeTo ends the words before the year a change reached: "提高至",
// "下降到".
var changeTo = regexp.MustCompile(`(?:提高|提升|下降|降低|增长|增加|减少|上升|降|升|增)(?:至|到)\s*$`)

// reachedOn follows the year a change reached and the value it had then:
// "年的99.34%".
var reachedOn = regexp.MustCompile(`^\s*年?(?:底|末)?的`)

// changedUntil reports whether the year between before and after is the
// one a change reached ("提高至2021年的99.34%"), a year the text reports,
// not a deadline ("到2025年").
func changedUntil(before, after string) bool {
	return changeTo.MatchString(before) && reachedOn.MatchString(after)
}

// foundationAfter follows the year of the base a plan builds on: "在2020年
// 的基础上继续提高".
var foundationAfter = regexp.MustCompile(`^\s*(?:年)?\s*的?\s*(?:基础上|基礎上)`)

// horizonAfter follows a year that names a horizon's targets, not a year
// the text is about: "达国家2030年目标值".
var horizonAfter = regexp.MustCompile(`^\s*(?:年)?\s*(?:目标值|远景目标|愿景)`)

// targetAfter follows a year that names targets: a horizon's when the year
// is one of the long-range plans' (horizonYear).
var targetAfter = regexp.MustCompile(`^\s*(?:年)?\s*目标`)

// horizonYear reports whether y is a year long-range targets are set for
// (健康中国2030, 2035年远景目标): a year a text looks to, never one it is
// about ("提前6年达成健康中原行动2030年目标"), unlike a year's own targets
// ("2023年目标：90%").
func horizonYear(y int, after string) bool {
	return y >= 2030 && y%5 == 0 && targetAfter.MatchString(after)
}

// comparisonBefore reports whether the text ends with a word that makes the
// next year a base of comparison ("较", "比", "与…相比").
func comparisonBefore(s string) bool {
	s = strings.TrimSpace(s)
	// "展望2035年" looks to a horizon: no year a text is about either.
	for _, w := range []string{"较", "比", "同比", "同", "相较于", "相较", "与", "和", "至", "到", "—", "-", "～", "~", "展望", "由", "从"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// topHeadings returns the Simplified headings of top-level sections of a kind.
func topHeadings(secs []Section, kind Kind) []string {
	var out []string
	for _, s := range secs {
		if s.Level == 1 && s.Kind == kind {
			out = append(out, Simplify(s.Heading))
		}
	}
	return out
}

// joinTitleLines makes a title broken over lines ("…《“健康中国2030”规划" +
// "纲要》") one line: lines meet without a space between Han characters.
func joinTitleLines(t string) string {
	if !strings.Contains(t, "\n") {
		return t
	}
	var b strings.Builder
	for i, l := range strings.Split(t, "\n") {
		l = strings.TrimSpace(l)
		if i > 0 && l != "" {
			prev, _ := utf8.DecodeLastRuneInString(b.String())
			next, _ := utf8.DecodeRuneInString(l)
			if !isHanOrMark(prev) || !isHanOrMark(next) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(l)
	}
	return b.String()
}

// isHanOrMark reports whether r is a Han character or Chinese punctuation.
func isHanOrMark(r rune) bool {
	return unicode.Is(unicode.Han, r) || strings.ContainsRune("《》“”（）、，：", r)
}
