package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus/figures"
)

// extractFigures finds the numeric facts of a report: in the sentences of
// every section's text, in headings that carry a figure ("1.高血压患者规范管理
// 率达到65.2%"), and in table rows. Each figure takes its year from its
// sentence when the sentence states one ("2024年…达到X", "到2030年…", "由2020
// 年的X…"), else from its section. A figure phrased as a goal ("力争",
// "到2030年", "不低于", "控制在") is a target and a plan; so is every figure of
// a plan section that is not dated before the section's year. A figure
// dated before a plan section's year is an actual: a baseline. It stops
// early once b is exceeded.
// datedAtPublication reports whether a section's year is its report's date
// of publication and no title names a year: a news item of that day,
// whose "过去一年" is the year before, not a year-end review.
func datedAtPublication(rep *Report, sec Section) bool {
	if sec.Kind != KindSummary || sec.Year == 0 || len(rep.Published) < 4 || rep.Published[:4] != strconv.Itoa(sec.Year) {
		return false
	}
	y, _ := firstYear(Simplify(rep.Title))
	return y == 0
}

// eventLeads are the opening sentences of a news report with no date line
// or year in its title that name the day of its event ("为庆祝第113个国际护
// 士节,5月11日,…四川省2024年…庆祝大会在…举办"): the report's own and the one
// after a headline. A summary section whose year such a lead names is dated
// by the event: there "截至去年年底" is the year before (datedByEvent).
func eventLeads(work string, rep *Report) []string {
	if rep.Published != "" {
		return nil
	}
	if y, _ := firstYear(Simplify(rep.Title)); y != 0 {
		return nil
	}
	body := strings.TrimSpace(work[rep.Span.Start:rep.Span.End])
	texts := []string{body}
	if i := strings.IndexByte(body, '\n'); i >= 0 {
		texts = append(texts, body[i+1:]) // the sentence after a headline
	}
	var leads []string
	for _, text := range texts {
		lead := text[:min(len(text), maxEventLeadBytes)]
		if i := strings.Index(lead, "。"); i >= 0 {
			lead = lead[:i]
		}
		if eventDay.MatchString(lead) {
			leads = append(leads, lead)
		}
	}
	return leads
}

// datedByEvent reports whether a summary section's year is the one an
// event lead of its report names.
func datedByEvent(leads []string, sec Section) bool {
	if sec.Kind != KindSummary || sec.Year == 0 {
		return false
	}
	year := strconv.Itoa(sec.Year) + "年"
	return slices.ContainsFunc(leads, func(l string) bool { return strings.Contains(l, year) })
}

// wiredNews reports whether a summary section of a report whose title names
// no year is a news agency's item of the day its dateline gives (the
// report's year): there "到去年底" is the year before.
func wiredNews(reportText string, rep *Report, sec Section) bool {
	if sec.Kind != KindSummary || sec.Year == 0 || sec.Year != rep.Year {
		return false
	}
	if y, _ := firstYear(Simplify(rep.Title)); y != 0 {
		return false
	}
	return wiredDateline.MatchString(reportText[:min(len(reportText), maxEventLeadBytes)])
}

// maxEventLeadBytes bounds the opening sentence read for a news event's
// day.
const maxEventLeadBytes = 400

// eventDay is the day a news report's opening names its event on: "5月11日,".
var eventDay = regexp.MustCompile(`(?:^|[，,、\s])\d{1,2}月\d{1,2}日[，,\s上下午晚]`)

// headedReview reports whether a section's own heading, or one above it,
// says it reviews what was done ("发展成就", "主要成效").
func headedReview(sec Section) bool {
	for _, h := range sec.Path {
		h = Simplify(h)
		if headingKind(h) == KindSummary || isBackground(h) {
			return true
		}
	}
	return false
}

func extractFigures(work string, rep *Report, b *budget) []Figure {
	var out []Figure
	planStart := titledPlanStart(Simplify(rep.Title))
	if planStart == 0 {
		planStart = rep.declaredPlan
	}
	planEnd := titledPlanEnd(planStart, rep.Year)
	periodStart := planStart
	if periodStart == 0 {
		periodStart = titledSpanStart(Simplify(rep.Title))
	}
	reportText := work[rep.Span.Start:rep.Span.End]
	if rep.Traditional {
		reportText = Simplify(reportText)
	}
	form := targetsThenActuals(reportText)
	leads := eventLeads(work, rep)
	stated := statedYears{}
	// The one year a section said the rest of its text is about ("2022年是…
	// 的一年"), which its subsections after it ("七是…") go on about too.
	var single struct{ level, year int }
	for _, sec := range rep.Sections {
		if b.over() {
			break
		}
		if sec.Level <= single.level {
			single.level, single.year = 0, 0
		}
		path := sec.PathString()
		var spans []Span
		if sec.Level > 0 && sec.Body.Start > sec.Span.Start {
			// The heading line: its number is never a figure (list markers
			// are skipped), a figure written in it is.
			spans = append(spans, trimSpan(work, Span{sec.Span.Start, min(sec.Body.Start, sec.Span.End)}))
		}
		tfigs, rows := rowFigures(work, sec, rep)
		for k := range tfigs {
			b.chargeFigure(&tfigs[k])
		}
		out = append(out, tfigs...)
		for _, l := range lines(work[sec.Body.Start:sec.Body.End]) {
			l = Span{l.Start + sec.Body.Start, l.End + sec.Body.Start}
			if rows[l.Start] {
				continue
			}
			if cells, ok := splitRow(work, l); ok && strings.Contains(work[l.Start:l.End], " | ") {
				// A row of a table of words left to be read as sentences
				// (wordyRow): each cell is a paragraph of its own.
				for _, c := range cells {
					if c.span.Len() > 0 {
						spans = append(spans, c.span)
					}
				}
				continue
			}
			spans = append(spans, l)
		}
		simpPath := Simplify(path)
		secPlanEnd := planEnd
		if headedReview(sec) {
			secPlanEnd = 0 // "第一章 发展成就": what the period before reached, no targets
			if planStart > 0 && sec.Year >= planStart {
				// "一、发展基础" of a 十四五 plan published in 2023: its
				// figures are where the period before ended (2020).
				sec.Year, sec.Kind = planStart-1, KindSummary
			}
		}
		period := periodState{year: sec.Year, plan: sec.Kind == KindPlan, dated: datedAtPublication(rep, sec) || datedByEvent(leads, sec) || wiredNews(reportText, rep, sec), single: single.year}
		// A report delivered at the start of its year reviews the year
		// before: there "今年，我们将…" is the year after the review's.
		// So does a report on the year's work conference ("天津市2024年卫生
		// 健康工作会议:…", reviewing 2023): "今年,市卫健委还将…" opens 2024's.
		delivered := sec.Year == rep.Year-1 && reviewsYearBefore(rep.Title) ||
			sec.Year == rep.Year && rep.PlanYear == rep.Year+1 && (rep.conferenceYear == rep.PlanYear || conferenceTitle.MatchString(Simplify(rep.Title)))
		prevLead, prevAsOf, prevDeadline := 0, false, 0
		carried := 0 // the last year a sentence of the paragraph before opened a clause with
		for si, sp := range spans {
			period.paragraph()
			ctx := sentenceContext{simpPath: simpPath, planEnd: secPlanEnd, planStart: planStart, periodStart: periodStart, targetsThenActuals: form, stated: stated}
			if sec.Kind == KindSummary && sec.Year > 0 && rep.Period == "全年" {
				ctx.nextYear, ctx.thisIsNext = sec.Year+1, delivered
			}
			para := work[sp.Start:sp.End]
			ctx.paraLead, ctx.paraDeadline, ctx.paraAsOf = paragraphOpening(para)
			ctx.paraDated = dayOpens.MatchString(para)
			if ctx.paraLead == 0 && ctx.paraDeadline == 0 && opensWithComparison(para) {
				// "截止2019年底，…5.39万个。" then "与上年相比，…增加2401个": the
				// comparison goes on from the paragraph before.
				ctx.paraLead, ctx.paraAsOf = prevLead, prevAsOf
			}
			if ctx.paraLead == 0 && ctx.paraDeadline == 0 && carried > 0 && goesOnFromBefore(para) {
				// "…2018年上海户籍人口人均期望寿命83.63岁…。" then "此外,上海
				// 地区婴儿死亡率为3.52‰": the paragraph adds to the year
				// the one before spoke of.
				ctx.paraLead = carried
			}
			if strings.TrimSpace(para) != "" {
				carried = 0 // a blank line between keeps it
			}
			if si > 0 && ctx.paraLead == 0 && ctx.paraDeadline == 0 {
				// "…政府工作报告中,2020年持续保障和改善民生…:" then the
				// paragraph it introduces: that year's, next year's plans.
				if y := introducedYear(work[spans[si-1].Start:spans[si-1].End]); y > 0 && y == ctx.nextYear {
					ctx.nextOpened = true
				} else if y > 0 {
					ctx.paraLead = y
				}
			}
			if si > 0 && ctx.paraLead == 0 && ctx.paraDeadline == 0 && (sec.Kind == KindPlan || secPlanEnd > 0) {
				ctx.paraDeadline = carriedDeadline(work[spans[si-1].Start:spans[si-1].End], prevDeadline)
			}
			prevLead, prevAsOf, prevDeadline = ctx.paraLead, ctx.paraAsOf, ctx.paraDeadline
			topic, topicEnd := paragraphTopic(work, sp)
			base := comparedBase(para) // "与上月比:" dates the paragraph's bare changes
			paraStart := len(out)
			task := reportedOnNext(work, spans[si+1:])
			prevCounted := "" // the sentence before, when it gave figures
			prevFrom := 0     // where the figures of the sentence before start
			partsFrom := 0    // where the figures of a run of parts opened by 其中 start, 0 for none
			wholeFrom := 0    // where the figures of the sentence those parts break down start
			partsGoOn := false
			semiSubject := "" // the institutions a run of clauses parted by semicolons counts
			openingLead := ctx.paraLead
			caliber := ""     // the population count the paragraph says it follows
			prevYear := 0     // the year the sentence before opens a clause with
			lastDeadline := 0 // the deadline the sentence before set its targets by
			for _, s := range sentences(work, sp) {
				sentStart := len(out)
				sentText := work[s.Start:s.End]
				if lastDeadline > 0 && ctx.deadline == 0 && goesOnFromBefore(sentText) {
					// "提出到2022年,…提高3个百分点。此外,高发地区重点癌种早诊率
					// 达到55%以上": more targets by the same deadline.
					ctx.deadline = lastDeadline
				}
				if rep.Traditional {
					sentText = Simplify(sentText) // "與2009年相比"
				}
				sentBase := sentenceComparedYear(sentText) // "与2009年相比,…提升了1.56岁"
				if meetingActs(work[s.Start:s.End]) {
					ctx.paraLead = openingLead // "会议组织5家单位…": the meeting's own year, not the year reviewed
				}
				heldLead, runYear := -1, 0
				if prevYear > 0 && opensWholeYear(work[s.Start:s.End]) {
					// "2021年人口比上年末增加48万人。全年出生人口1062万人":
					// the whole year is the one the sentence before named.
					heldLead, ctx.paraLead = ctx.paraLead, prevYear
				} else if prevYear > 0 && statisticsRun(sentText) {
					// "2019年产前筛查人数5563,…。新生儿遗传代谢性疾病筛查
					// 10632人,…": the statistics go on in the year before's.
					heldLead, ctx.paraLead, runYear = ctx.paraLead, prevYear, prevYear
				}
				sentYear := 0 // the year this sentence opens a clause with, for the next
				// A run-on sentence is read in bounded pieces (runon.go);
				// any real sentence is one piece.
				for i, p := range sentencePieces(work, s) {
					// Within its own clause a year dates only what follows it,
					// which the extractor does; lead dates the later clauses.
					clause := work[p.Start:p.End]
					if i == 0 {
						period.see(clause)
					}
					ctx.since, ctx.end, ctx.from, ctx.prior, ctx.single = period.since, period.end, period.from, period.prior, period.single
					figs := sentenceFigures(work, p, sec, path, rep, ctx)
					if c := caliberOf(clause); c != "" {
						caliber = c // "按公安户籍口径统计，…": the paragraph's population counts
					}
					if caliber != "" {
						withCaliber(caliber, figs)
					}
					if y := datedChangeStart(figs, stated); y > 0 {
						ctx.parallelFrom = y
					}
					if ctx.nextYear > 0 && !ctx.nextOpened && opensNext(Simplify(clause), ctx) {
						ctx.nextOpened = true // what follows in the paragraph is next year's
					}
					for k := range figs {
						if p.Start >= topicEnd && topic != "" {
							figs[k].Lead = topic
							figs[k].Label = ofTopic(figs[k].Label, topic)
						}
						if sentBase != "" && bareChange(figs[k].Qualifier) {
							figs[k].Qualifier = sentBase + figs[k].Qualifier
						} else if base != "" && bareChange(figs[k].Qualifier) {
							figs[k].Qualifier = base + figs[k].Qualifier
						}
						b.chargeFigure(&figs[k])
					}
					out = append(out, figs...)
					if b.over() {
						return out
					}
					if y := leadingYear(clause); y > 0 {
						ctx.lead, sentYear = y, y
					} else if y := listYear(clause); y > 0 && ctx.lead == 0 {
						// "在潍坊市2026年新办民生实事中提到,…;改造提升村卫生
						// 室1000处,…;": the clauses after a semicolon go on
						// with the list the year opened.
						ctx.lead = y
					} else if y := pastYearEnd(clause); y > 0 && sec.Kind == KindSummary && rep.Year > y {
						// "到2015年底全市社会办医疗机构总数达2831家,…;其中医院
						// 77家" in news of 2016: the status at a year's end
						// past, which the semicolon clauses after go on with.
						ctx.lead, sentYear = y, y
					}
					if y := deadlineLead(clause); y > 0 {
						ctx.deadline = y
					}
				}
				sentenceText := strings.TrimSpace(work[s.Start:s.End])
				if y := reviewedYearOpening(sentenceText); y > 0 && !ctx.nextOpened {
					// "…召开2025年工作会议,…。2024年,在区委…领导下,…。基础设施
					// 建设逐步完善,…完成6个…改造": the year a sentence opens with
					// as its topic dates the paragraph's sentences after it.
					ctx.paraLead = y
				}
				if heldLead >= 0 {
					ctx.paraLead = heldLead
				}
				prevYear = sentYear
				if sentYear == 0 {
					prevYear = runYear // a run of statistics goes on
				}
				if sentYear > 0 {
					carried = sentYear
				}
				semicolon := strings.HasSuffix(sentenceText, "；") || strings.HasSuffix(sentenceText, ";")
				lastDeadline = ctx.deadline
				if !semicolon {
					ctx.lead, ctx.deadline, ctx.parallelFrom = 0, 0, 0
				}
				semiSubject = withSemicolonSubject(out[sentStart:], semiSubject, semicolon)
				sentence := sentenceText
				if prevCounted != "" && strings.HasPrefix(sentence, "其中") {
					// "…主动公开各类信息共20条。其中机构职能类信息4条，…":
					// the parts are quoted with the whole they break down.
					for k := sentStart; k < len(out); k++ {
						if len(prevCounted)+len(out[k].Sentence) <= maxFigureSentence {
							out[k].Sentence = prevCounted + out[k].Sentence
						}
					}
					partsOfWhole(out[:sentStart], out[sentStart:])
					wholeFrom, partsFrom = prevFrom, sentStart
					wholeOfParts(out[wholeFrom:partsFrom], out[sentStart:])
				} else if partsFrom > 0 && partsGoOn {
					// "其中:一孩出生1408人,…;二孩出生965人,…": the parts go on
					// after a semicolon.
					wholeOfParts(out[wholeFrom:partsFrom], out[sentStart:])
				} else {
					partsFrom = 0
				}
				partsGoOn = strings.HasSuffix(sentence, "；") || strings.HasSuffix(sentence, ";")
				// "1.财政拨款收入364.6552万元。较上年度决算数减少24.1522万元":
				// the change is of the level its section gave last.
				changesOfPrevious(out[:sentStart], out[sentStart:], sentence)
				prevCounted = ""
				if len(out) > sentStart {
					prevCounted, prevFrom = sentence, sentStart
				}
			}
			if task {
				// "1.…新增高技能人才3.5万人以上。" before "完成情况：…3.8万人":
				// the task's figures are what was set, the report's what was
				// done.
				for k := paraStart; k < len(out); k++ {
					if !out[k].Base {
						out[k].Kind, out[k].Target = KindPlan, true
					}
				}
			}
			partsOfTheirWholes(out[paraStart:])
			doneOfItsTarget(out[paraStart:])
			targetsInAsides(work, out[paraStart:])
			subjectsOfBareMeasures(out[paraStart:])
			populationsOfBareRates(work, out[paraStart:])
			paragraphAsOf(para, out[paraStart:])
			causesOfBareRates(work, out[paraStart:])
			partsInBrackets(work, out[paraStart:])
			placesOfCount(work, out[paraStart:])
			classesOfBareCounts(out[paraStart:])
			projectsOfMeasures(work, out[paraStart:])
		}
		if period.single > 0 && single.year == 0 {
			single.level, single.year = sec.Level, period.single
		}
	}
	restatedYears(out, stated)
	monthOfReport(out, reportMonth(Simplify(rep.Title), reportText))
	percentColumnCells(work, out)
	return out
}

// wholeYearWords open a sentence on the year the sentence before named.
var wholeYearWords = []string{"全年", "当年", "同年", "该年"}

// opensWholeYear reports whether a sentence opens with one of
// wholeYearWords, in Simplified or Traditional characters: only its first
// two characters are converted.
func opensWholeYear(sentence string) bool {
	t := strings.TrimSpace(sentence)
	k, n := 0, 0
	for n < 2 && k < len(t) {
		_, size := utf8.DecodeRuneInString(t[k:])
		k += size
		n++
	}
	return opensWith(Simplify(t[:k]), wholeYearWords)
}

// ownClause is the clause a figure stands in, from the last semicolon or
// full stop before it: a 今年 in it dates the figure, one before it does not.
func ownClause(before string) string {
	start := 0
	for _, sep := range []string{"；", ";", "。"} {
		if i := strings.LastIndex(before, sep); i >= 0 {
			start = max(start, i+len(sep))
		}
	}
	return before[start:]
}

// topicYearOpening is a year a sentence opens with as the topic of all it
// says, set apart by a comma: "2024年,在区委…领导下,…".
var topicYearOpening = regexp.MustCompile(`^((?:19|20)\d{2})\s*年\s*[,，]`)

// reviewedYearOpening is the year a sentence opens with as its topic
// (topicYearOpening), 0 when it opens otherwise.
func reviewedYearOpening(sentence string) int {
	m := topicYearOpening.FindStringSubmatch(Simplify(sentence))
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}

// meetingOpeners open a sentence on what a meeting itself did or said.
var meetingOpeners = []string{"会议", "会上", "大会", "本次会议", "此次会议"}

// meetingActs reports whether a sentence tells what the meeting itself did
// ("会议组织5家单位进行经验交流", "会上,…").
func meetingActs(sentence string) bool {
	return opensWith(Simplify(strings.TrimSpace(sentence)), meetingOpeners)
}

// listYear is the year a clause ending in a semicolon names for what it
// lists ("在潍坊市2026年新办民生实事中提到,…;"), 0 when it ends otherwise,
// names none, or names one only as a base or a span's end.
func listYear(clause string) int {
	c := strings.TrimSpace(clause)
	if !strings.HasSuffix(c, "；") && !strings.HasSuffix(c, ";") {
		return 0
	}
	simp := Simplify(c)
	year := 0
	for _, y := range findYears(simp) {
		if y.Template || spanGoesOn.MatchString(simp[y.End:]) {
			return 0 // "2012年至2021年,…;": a period, which dates the clauses after
		}
		after := strings.TrimPrefix(simp[y.End:], "的")
		if notPageYear(y.Year, simp[:y.Start], simp[y.End:]) || after != "" && isASCIIDigit(after[0]) || strings.HasSuffix(simp[:y.Start], "从") || strings.HasSuffix(simp[:y.Start], "由") ||
			strings.HasSuffix(simp[:y.Start], "(") || strings.HasSuffix(simp[:y.Start], "（") ||
			strings.Count(simp[:y.Start], "《") > strings.Count(simp[:y.Start], "》") {
			// A base, a span's end, a figure's own year ("从2005年的
			// 40.2/10万下降到2009年的28.1/10万", "74.70岁(2019年数据)"), or
			// a document's ("发布了《…2022年度政府信息公开工作报告》;").
			continue
		}
		year = y.Year
	}
	return year
}

// isASCIIDigit reports whether b is 0-9.
func isASCIIDigit(b byte) bool { return b >= '0' && b <= '9' }

// subjectsOfBareMeasures gives a bare measure the institution an earlier
// figure of its sentence wrote it with: "全国共有乡镇卫生院33753个,床位150.5
// 万张,…,与上年比较,床位增加4.9万张" is 乡镇卫生院床位 twice, not the
// country's beds.
func subjectsOfBareMeasures(figs []Figure) {
	for i := range figs {
		f := &figs[i]
		for j := i - 1; j >= 0 && figs[j].Sentence == f.Sentence; j-- {
			l := figs[j].Label
			if l == f.Label {
				break // the bare measure written before: no subject to take
			}
			if subject, ok := strings.CutSuffix(l, f.Label); ok && subject != "" && utf8.RuneCountInString(f.Label) >= 2 && figs[j].Unit == f.Unit && namesInstitution(subject) {
				f.Label = l
				break
			}
		}
	}
}

// Health statistics count a kind of institution, then go on, clause by
// clause parted by semicolons, with its beds, staff and visits written
// bare: "全国中医类医疗卫生机构总数92531个,…;床位比上年增加14.4万张;…;总诊疗
// 人次15.4亿,比上年增加3.1亿人次" is 中医类医疗卫生机构总诊疗人次, not all
// institutions'.

// bareMeasures are measures such a clause writes without the institutions
// they are of.
var bareMeasures = map[string]bool{
	"床位": true, "床位数": true, "实有床位": true, "总诊疗人次": true, "诊疗人次": true, "门急诊人次": true,
	"出院人次": true, "入院人次": true, "卫生人员": true, "卫生技术人员": true, "执业医师": true,
	"执业(助理)医师": true, "注册护士": true, "职工": true,
}

// withSemicolonSubject gives the bare measures of a clause's figures the
// institutions the run of semicolon-parted clauses counts, and returns
// the subject for the next clause: the institutions its first figure
// counts ("中医类医疗卫生机构总数") when the run goes on, else none.
func withSemicolonSubject(figs []Figure, subject string, goesOn bool) string {
	if subject != "" {
		for k := range figs {
			if bareMeasures[figs[k].Label] {
				figs[k].Label = subject + figs[k].Label
			}
		}
	}
	if !goesOn {
		return ""
	}
	if subject == "" && len(figs) > 0 {
		l := figs[0].Label
		for _, total := range []string{"总数", "数", "数量"} {
			if inst, ok := strings.CutSuffix(l, total); ok && namesInstitution(inst) && utf8.RuneCountInString(inst) >= 3 {
				return inst
			}
		}
	}
	return subject
}

// institutionEnds end the name of a kind of institution ("乡镇卫生院",
// "社区卫生服务中心"): a subject a measure is written with, not a modifier
// of it ("计划投资", "新设置批准医疗机构").
var institutionEnds = []string{"院", "中心", "站", "室", "机构", "所"}

// namesInstitution reports whether s ends with the name of a kind of
// institution.
func namesInstitution(s string) bool {
	for _, e := range institutionEnds {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

// changeStart is the words after the 由 or 从 that opens a change ("去年的"
// of "…补偿率由去年的"), the clause itself when neither stands in it.
func changeStart(clause string) string {
	if i := strings.LastIndexAny(clause, "由从"); i >= 0 {
		return clause[i:]
	}
	return clause
}

// eraWords name the start of a change by an era, not a year: "解放初期",
// "新中国成立之初", "建区时".
var eraWords = []string{"初期", "之初", "成立时", "建国时", "解放前", "解放时"}

// eraOpeners date what follows them in a sentence by an era, not a year
// ("新中国成立之初，…", "建国初期，…"); nowWords end their reach ("如今，…").
var (
	eraOpeners = []string{"成立之初", "成立初期", "成立时", "成立前", "建国初", "建国时", "建国前", "解放初", "解放前", "解放时"}
	nowWords   = []string{"如今", "目前", "现在", "当前", "截至", "截止", "到了", "今天"}
)

// eraOpens reports whether the Simplified text of a sentence before a
// figure dates it by an era: an era opener stands in it, after its last
// semicolon and any word of now.
func eraOpens(before string) bool {
	if i := strings.LastIndexAny(before, "；;"); i >= 0 {
		before = before[i:]
	}
	for _, w := range nowWords {
		if i := strings.LastIndex(before, w); i >= 0 {
			before = before[i:]
		}
	}
	return containsAny(before, eraOpeners)
}

// namesEra reports whether the start of a change is dated by an era.
func namesEra(start string) bool {
	return containsAny(Simplify(start), eraWords)
}

// yearsBackOf is how many years before the text's own a start of a change
// is dated by the words just before it ("由去年的36%", "比上年的"), 0
// when they name none.
func yearsBackOf(clause string) int {
	simp := Simplify(clause)
	switch {
	case strings.Contains(simp, "前年"):
		return 2
	case containsAny(simp, []string{"去年", "上年", "上一年"}):
		return 1
	}
	return 0
}

// partsOfTheirWholes names by their wholes the parts a paragraph writes
// under one label for different wholes ("本土病例320例，其中确诊病例264例；
// 境外输入病例23例，其中确诊病例6例" → 本土病例中确诊病例, 境外输入病例中
// 确诊病例): alone the label would not tell them apart.
func partsOfTheirWholes(figs []Figure) {
	for i := range figs {
		a := &figs[i]
		for j := i + 1; j < len(figs) && a.Whole != ""; j++ {
			b := &figs[j]
			if b.Whole == "" || b.Label != a.Label || b.Whole == a.Whole {
				continue
			}
			for _, f := range []*Figure{a, b} {
				if !strings.HasPrefix(f.Label, f.Whole) && !strings.Contains(f.Label, "中") {
					f.Label = f.Whole + "中" + f.Label
				}
			}
		}
	}
}

// baseYear is the year of the start of a change ("由67.6%提高到70%") whose
// year is not written: the year before the five-year plan the text names
// ("十四五": 2020), five years before the section's year in a five-year
// review ("这五年", "五年来"), else the year before the section's; 0 when
// the section's year is unknown.
func baseYear(text string, secYear int) int {
	if m := fiveYearPlan.FindStringSubmatch(text); m != nil {
		return PlanFirstYear(m[1]) - 1
	}
	if secYear == 0 {
		return 0
	}
	if strings.Contains(text, "五年") {
		return secYear - 5
	}
	return secYear - 1
}

// dayOpens matches a paragraph opening with the day an event took place:
// "2023年2月16日下午,…大会举行": what it tells happened, though its year
// is after the year the text reviews.
var dayOpens = regexp.MustCompile(`^[\s　]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日`)

// leadYear matches a year that opens a sentence or one of its comma
// clauses and dates what follows: "2024年，…", "会议指出，2024年，…",
// "截至2024年底，…", "2023年全区医疗卫生机构共有…".
var leadYear = regexp.MustCompile(`(?:^|[，,：:])\s*(截至|截止)?((?:19|20)\d\d)年(?:底|末|度)?([\d０-９一二三四五六七八九十月]?)`)

// spanGoesOn opens the rest of a span of years after its first year
// ("至2021年" of "2012年至2021年").
var spanGoesOn = regexp.MustCompile(`^\s*(?:至|到|—|–|-|~|～)\s*(?:19|20)\d\d`)

// datesWithinYear is a span between two days the first comma clause
// names ("以2017年7月1日至2017年12月31日…为基数测算"), the second's year
// optional.
var datesWithinYear = regexp.MustCompile(`((?:19|20)\d\d)年\d{1,2}月(?:\d{1,2}日)?(?:至|到|—|－|-|~|～)(?:((?:19|20)\d\d)年)?\d{1,2}月`)

// spanWithinYear is the year of a span of days within one year that the
// first comma clause of a clause names, the year the clauses after it
// count; 0 when it names none or the span crosses years.
func spanWithinYear(clause string) int {
	first, _, _ := strings.Cut(clause, ",")
	first, _, _ = strings.Cut(first, "，")
	m := datesWithinYear.FindStringSubmatch(first)
	if m == nil || m[2] != "" && m[2] != m[1] {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}

// leadingYear is the year that opens a clause or one of its comma clauses,
// 0 if none: the year of the semicolon clauses after it that write no year
// of their own ("2024年，…期望寿命达到83.62岁；居民健康素养水平达到39.06%；…").
// A date ("2024年12月份竣工") dates nothing after it; "到2030年" opens a
// target, which findTarget dates clause by clause.
func leadingYear(clause string) int {
	clause = strings.TrimLeft(clause, " \t\u3000")
	ms := leadYear.FindAllStringSubmatchIndex(clause, -1)
	if ms == nil {
		return spanWithinYear(clause)
	}
	at := ms[len(ms)-1] // the year of the clause's last comma clause that opens with one
	if spanGoesOn.MatchString(clause[at[1]:]) {
		// "2012年至2021年,…;": a span of years opens the clause; the
		// period it names dates what follows, not its first year.
		return 0
	}
	m := make([]string, len(at)/2)
	for i := range m {
		if at[2*i] >= 0 {
			m[i] = clause[at[2*i]:at[2*i+1]]
		}
	}
	if m[3] != "" && m[1] == "" {
		// A date ("2024年12月份竣工"), not the year of what follows; but
		// "截至2021年12月31日" dates the status the clauses after give.
		return 0
	}
	y, _ := strconv.Atoi(m[2])
	return y
}

// pastYearEnd is the year whose end a clause opens with 到 ("到2015年底全市
// …"), 0 if none; the caller checks that it is past.
func pastYearEnd(clause string) int {
	m := yearEndOpener.FindStringSubmatch(strings.TrimLeft(clause, " \t\u3000"))
	if m == nil {
		return 0
	}
	y, _ := strconv.Atoi(m[1])
	return y
}

// yearEndOpener is "到2015年底" opening a clause.
var yearEndOpener = regexp.MustCompile(`(?:^|[，,：:])\s*(?:到|至)((?:19|20)\d\d)年(?:底|末)`)

// partsOfWhole names the parts of the people a sentence opening with 其中
// gives by their part alone ("其中男性81.23岁") by the measure of the
// sentence before, its last level in the same unit ("人均期望寿命为83.54
// 岁，较去年上升0.5岁。"): 男性人均期望寿命.
func partsOfWhole(before, parts []Figure) {
	for k := range parts {
		p := &parts[k]
		if !figures.IsPopulationPart(p.Label) {
			continue
		}
		for w := len(before) - 1; w >= 0; w-- {
			if whole := before[w]; whole.Unit == p.Unit && !whole.Base && !strings.ContainsAny(whole.Qualifier, "增降升提减较比") {
				p.Label = p.Label + whole.Label
				break
			}
		}
	}
}

// wholeOfParts records, on the parts a sentence opening with 其中 counts
// ("其中:一孩出生1408人,…二孩出生965人"), the whole they break down: the
// first level in their unit among the figures of the sentence before
// (before), "全市共上报出生2425人". Parts of a count of new ones are new
// ones too.
func wholeOfParts(before, parts []Figure) {
	for k := range parts {
		p := &parts[k]
		if p.Whole != "" || p.Base || strings.ContainsAny(p.Qualifier, "增降升提减较比") {
			continue
		}
		for _, whole := range before {
			if whole.Unit == p.Unit && whole.Sentence != "" && !whole.Base && !strings.ContainsAny(whole.Qualifier, "增降升提减较比") && whole.Label != p.Label {
				p.Whole = whole.Label
				if strings.Contains(whole.Label, "新增") && !strings.Contains(p.Label, "新增") && !placeNameOnly(p.Label) {
					// "新增确诊病例1405例。其中…本土病例1366例": the new ones
					// of that part, not all of them.
					p.Label = "新增" + p.Label
				}
				break
			}
		}
	}
}

// comparisonLabel is a label that is only a comparison with the year
// before: "较上年度决算数减少", "比上年", "同比".
var comparisonLabel = regexp.MustCompile(`^(?:较|比|与|同比)(?:上年度?|去年|上一年|上年同期|去年同期|同期)?(?:决算数|预算数|决算|预算)?(?:相比)?(?:增加|减少|增长|下降|提高|降低|上升|持平)?$`)

// changesOfPrevious labels the changes of a sentence that opens with its
// comparison and names no subject ("较上年度决算数减少24.1522万元,下降
// 6.2118%") by the last level of the sentence before: in its own unit for
// an amount, any for a percentage.
func changesOfPrevious(before, figs []Figure, sentence string) {
	if !strings.HasPrefix(sentence, "较") && !strings.HasPrefix(sentence, "比") && !strings.HasPrefix(sentence, "同比") {
		return
	}
	for k := range figs {
		f := &figs[k]
		if f.Label != "" && !comparisonLabel.MatchString(f.Label) {
			continue
		}
		for w := len(before) - 1; w >= 0 && before[w].Section == f.Section; w-- {
			level := before[w]
			if level.Base || strings.ContainsAny(level.Qualifier, "增降升提减较比") || level.Label == "" {
				continue
			}
			if level.Unit == f.Unit || f.Unit == "%" {
				f.Label = level.Label
			}
			break
		}
	}
}

// changeMeasureOf reports whether label names the change of measure
// ("新发职业病人数降幅" of 新发职业病人数: "…从2019年的743例,下降到2022年的
// 580例,降幅达21%").
func changeMeasureOf(label, measure string) bool {
	rest, ok := strings.CutPrefix(label, measure)
	return ok && slices.Contains(changeMeasures, rest)
}

// changeMeasures name the change of the measure before them.
var changeMeasures = []string{"降幅", "增幅", "涨幅", "减幅", "增速", "增长幅度", "下降幅度", "增长率", "下降率"}

// changeBetween dates a change written after its start and end values
// with the years they name, as a summary of what happened.
func changeBetween(fig Figure, since, year int) Figure {
	fig.Since, fig.Year = since, year
	fig.Kind, fig.Target = KindSummary, false
	return fig
}

// titledPlan is a five-year plan a title names: "“十五五”规划纲要…",
// "十四五卫生健康规划", or the goals set for it ("“十五五”中国人均预期寿命有望
// 达到80岁").
var titledPlan = regexp.MustCompile(planName + `[”"」』]?\p{Han}{0,12}(?:规划|纲要|目标|有望|力争)`)

// reviewTitleWords make a title about a plan a review of it.
var reviewTitleWords = []string{"评估", "总结", "回顾", "完成情况", "实施情况", "进展"}

// titledPlanEnd is the last year of the five-year plan a report's title
// names as its own (from planStart, titledPlanStart), when it is still to
// come (after the report's year); 0 otherwise.
func titledPlanEnd(planStart, year int) int {
	if end := planStart + 4; planStart > 0 && end > year && year > 0 {
		return end
	}
	return 0
}

// titledPlanStart is the first year of the five-year plan a report's
// title names as its own ("廊坊市“十四五”国民健康规划": 2021), 0 for a title
// that names none or reviews one.
func titledPlanStart(simpTitle string) int {
	m := titledPlan.FindStringSubmatch(simpTitle)
	if m == nil || containsAny(simpTitle, reviewTitleWords) {
		return 0
	}
	return PlanFirstYear(m[1])
}

// statusAsOf reports whether a clause dates its figures as a status as
// of the end of a year ("截止2019年底，全省医疗卫生机构…") or of a month
// within it ("2024年截至6月份全市产妇人数共2115人"): an actual.
func statusAsOf(clause string, year int) bool {
	for _, re := range statusYears {
		for _, m := range re.FindAllStringSubmatch(clause, -1) {
			if atoiYear(m[1]) == year {
				return true
			}
		}
	}
	return false
}

// asOfMonthOfYear is a status as of a month of a year named before it:
// "2024年截至6月份", "2023年截止到9月底".
var asOfMonthOfYear = regexp.MustCompile(`((?:19|20)\d\d)\s*年\s*[,，]?\s*截[至止]到?\s*\d{1,2}\s*月`)

// statusYears are the ways a clause dates a status by its year (group 1).
var statusYears = []*regexp.Regexp{asOfYear, asOfMonthOfYear}

// withinPlanlessReport reports whether a figure's later year is still
// the report's own in a report that plans no year: "2018年,…占73.7%。
// 2022年,…占70.0%" in a review of the five years to 2022 compares two
// years reviewed, unless the clause states an intent ("将", "力争").
func withinPlanlessReport(rep *Report, year int, before string) bool {
	return rep.PlanYear == 0 && rep.Year > 0 && year <= rep.Year && !containsAny(before, intentWords)
}

// asOfDay is a count's date to the day, opening its clause: "截至6月18日,",
// "截止2021年6月18日12时，" (a deadline says 前 or 底: "截至6月底前完成"); or
// to a month's end when what follows is done ("至8月底,已建成…").
var asOfDay = regexp.MustCompile(`(?:截至|截止)(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:\d{1,2}时)?[，,]|(?:截至|截止|至)(?:(?:19|20)\d{2}年)?\d{1,2}月(?:底|末)?[，,]\s*\p{Han}{0,4}?已`)

// deadlineOpener is a deadline that opens a comma clause and the target
// clauses after it: "总体目标：到2015年，…；…人均期望寿命达到74.5岁", "提出到
// 2022年,…".
var deadlineOpener = regexp.MustCompile(`(?:^|[，,：:；;])\s*(?:提出|要求|明确|力争)?(?:到|至)((?:19|20)\d\d)年(?:底|末)?前?\s*[，,]`)

// paragraphOpener is a year or a deadline that opens a paragraph, after a
// bracketed label, a source or a speaker: "【学校卫生监督】2017年，…", "到2025
// 年底前，…", "据介绍，2023年，…", "会议指出，2019年，…", "局负责人说道：
// “2024年，…", "据介绍，北京市2023年孕产妇…" (a place before the year).
var paragraphOpener = regexp.MustCompile(`^[\s　]*(?:【[^】]{1,20}】)?(?:(?:据\p{Han}{0,10}?(?:介绍|了解|统计|悉)|\p{Han}{0,8}?了解到|\p{Han}{0,12}?获悉|\p{Han}{0,10}?(?:指出|强调|表示))[，,：:]\s*)?(?:\p{Han}{2,24}?(?:说道|表示|指出|介绍|强调|说)[:：，,]?[“"])?[\s　]*(?:\p{Han}{1,8}?[省市县区州旗盟])?(到|至|截至|截止)?((?:19|20)\d\d)年(?:底|末|度)?(前)?\s*[，,]?`)

// comparisonOpeners open a paragraph that compares the figures of the one
// before with the year before them.
var comparisonOpeners = []string{"与上年相比", "与上年比较", "和上年相比", "比上年", "较上年", "同比"}

// comparedBaseOpener opens a paragraph by naming what its changes are
// measured against: "与上月比:本月总发病数上升16.66%…", "与去年同期比:总发病数
// 上升22.80%…".
var comparedBaseOpener = regexp.MustCompile(`^[ \t\x{3000}]*((?:与|较|和|跟|同)(?:上一?个?月|上年同期|去年同期|上年|去年|上一年)(?:同期)?(?:相)?比(?:较)?)[ \t]*[:：]`)

// sentenceYearCompared is a sentence opening with the year its changes are
// measured against: "与2009年相比,", "同2015年比较，".
var sentenceYearCompared = regexp.MustCompile(`^[ \t\x{3000}]*(?:与|较|和|跟|同)\s*((?:19|20)\d{2})\s*年(?:底|末)?\s*(?:相比|比较|相较|对比)\s*[,，]`)

// sentenceComparedYear is "比2009年" for a sentence that opens by naming
// the year its changes are measured against, "" otherwise.
func sentenceComparedYear(sentence string) string {
	if m := sentenceYearCompared.FindStringSubmatch(sentence); m != nil {
		return "比" + m[1] + "年"
	}
	return ""
}

// comparedBase is what a paragraph's opening says its changes are measured
// against ("与上月比"), "" when it says nothing so.
func comparedBase(para string) string {
	if m := comparedBaseOpener.FindStringSubmatch(para); m != nil {
		return m[1]
	}
	return ""
}

// bareChanges are the qualifiers that say a figure changed but not against
// what.
var bareChanges = []string{"上升", "下降", "增加", "减少", "增长", "提高", "降低", "提升"}

// bareChange reports whether a qualifier is a change word alone.
func bareChange(q string) bool { return slices.Contains(bareChanges, strings.TrimSpace(q)) }

// goesOnFromBefore reports whether a paragraph opens by adding to the one
// before: "此外,", "另外,", "与此同时,".
func goesOnFromBefore(para string) bool {
	p := strings.TrimLeft(para, " \t\u3000")
	for _, w := range []string{"此外", "另外", "与此同时", "同时", "除此之外"} {
		if strings.HasPrefix(p, w) {
			return true
		}
	}
	return false
}

// opensWithComparison reports whether a paragraph opens by comparing with
// the year before.
func opensWithComparison(para string) bool {
	p := strings.TrimLeft(para, " \t\u3000")
	for _, w := range comparisonOpeners {
		if strings.HasPrefix(p, w) {
			return true
		}
	}
	return false
}

// maxRunInHeadingRunes bounds a run-in heading ("孕产妇死亡率。") that
// opens a paragraph before its first sentence.
const maxRunInHeadingRunes = 12

// maxTopicBytes bounds a paragraph's opening sentence kept as its topic.
const maxTopicBytes = 240

// bracketedRunIn is the heading in 【】 a yearbook entry opens with.
var bracketedRunIn = regexp.MustCompile(`^\s*【([^【】0-9０-９]{2,16})】`)

// paragraphTopic is the opening sentence of the paragraph at sp when it
// holds no number and is short (the programme the paragraph is about), or
// the bracketed heading it opens with, and where it ends; "" and sp.Start
// otherwise.
func paragraphTopic(work string, sp Span) (string, int) {
	para := work[sp.Start:sp.End]
	if m := bracketedRunIn.FindStringSubmatchIndex(para); m != nil {
		// "【生活饮用水卫生监测】2017年,…总合格率92.2%": a yearbook entry's
		// heading names what all its figures are of.
		return para[m[2]:m[3]], sp.Start + m[1]
	}
	k := strings.Index(para, "。")
	from := 0
	if end, ok := leadingMarker(para); ok && end < k {
		from = end // "2.实施残疾儿童康复救助。": the item's number is no figure of it
	}
	if k < 0 || k+len("。") >= len(para) || k > maxTopicBytes || strings.ContainsAny(para[from:k], "0123456789０１２３４５６７８９") {
		return "", sp.Start
	}
	return strings.TrimSpace(para[from : k+len("。")]), sp.Start + k + len("。")
}

// withoutMarker is a heading without the outline number opening it
// ("2.实施残疾儿童康复救助" → "实施残疾儿童康复救助").
func withoutMarker(heading string) string {
	if end, ok := leadingMarker(heading); ok {
		return strings.TrimSpace(heading[end:])
	}
	return heading
}

// topicVerbs open a programme's name as the work done on it ("实施残疾儿童
// 康复救助"), no part of what a figure under it counts.
var topicVerbs = []string{"继续实施", "实施", "开展", "推进", "加强", "做好", "落实", "推动"}

// maxTopicLabelRunes bounds a programme's name taken for a figure's label.
const maxTopicLabelRunes = 16

// ofTopic is the label of a figure named by a bare verb ("全年救助不少于
// 1886名": 救助) under a heading or a paragraph topic naming the programme
// that verb ends ("2.实施残疾儿童康复救助。"): the programme, 残疾儿童康复救助.
// Only a bare verb's label reads the topic.
func ofTopic(label, topic string) string {
	if utf8.RuneCountInString(label) > 2 {
		return label
	}
	name := strings.TrimSuffix(Simplify(withoutMarker(topic)), "。")
	for _, v := range topicVerbs {
		if rest, ok := strings.CutPrefix(name, v); ok {
			name = rest
			break
		}
	}
	if name == label || !strings.HasSuffix(name, label) || utf8.RuneCountInString(name) > maxTopicLabelRunes || strings.ContainsAny(name, "，,；;") {
		return label
	}
	return name
}

// titleTopic is what a figure named by a bare verb ("累计已接种335.476万剂
// 次": 接种) was done to, as the report's title says ("开封圆满完成上半年新冠
// 病毒疫苗接种任务"): the title's words before the verb, back to a time, a
// deed or the place, with the verb (新冠病毒疫苗接种); "" for any other
// label or title. It is the figure's lead, found and read with it, not its
// label: the report's figures named in full keep their own.
func titleTopic(label, title string) string {
	if !titleVerbs[label] {
		return ""
	}
	t := Simplify(title)
	i := strings.LastIndex(t, label)
	if i <= 0 {
		return ""
	}
	before := []rune(t[:i])
	start := len(before)
	for start > 0 && len(before)-start < maxTitleTopicRunes && unicode.Is(unicode.Han, before[start-1]) && !titleTopicEnd(string(before[:start])) {
		start--
	}
	if len(before)-start < minTitleTopicRunes {
		return ""
	}
	return string(before[start:]) + label
}

// titleTopicEnd reports whether the title's words up to here end with a
// time or a deed ("上半年", "完成"): what stands after them names the thing
// done.
func titleTopicEnd(upTo string) bool {
	for _, w := range titleTopicBounds {
		if strings.HasSuffix(upTo, w) {
			return true
		}
	}
	return false
}

// titleVerbs are the bare verbs titleTopic reads a title for: what they
// did is named in the title.
var titleVerbs = map[string]bool{"接种": true, "筛查": true, "救助": true, "救治": true, "培训": true, "签约": true, "随访": true, "体检": true,
	"治疗": true, "收治": true, "诊疗": true, "检测": true, "检查": true, "资助": true, "报销": true, "补助": true, "发放": true, "招聘": true}

// titleTopicBounds end the words before the thing a title says was done.
var titleTopicBounds = []string{"年", "月", "季度", "完成", "开展", "推进", "实施", "启动", "召开", "举行", "做好", "全面", "圆满", "顺利", "加快", "扎实", "持续", "全力", "市", "县", "区", "省", "州"}

// minTitleTopicRunes and maxTitleTopicRunes bound the title's words
// titleTopic puts before a bare verb.
const (
	minTitleTopicRunes = 2
	maxTitleTopicRunes = 10
)

// paragraphOpening reads the year (lead) or the deadline that opens a
// paragraph, both 0 when it opens with neither, and whether the year dates
// a status ("截止2019年底，"): its figures are actuals.
func paragraphOpening(para string) (lead, deadline int, asOf bool) {
	m := paragraphOpener.FindStringSubmatch(para)
	if m != nil && spanGoesOn.MatchString(para[len(m[0]):]) {
		// "2012年至2021年,…": a span of years, the period the paragraph
		// reviews (periodState), not its first year.
		return 0, 0, false
	}
	if m == nil {
		// "孕产妇死亡率。据妇幼卫生监测地区统计，2005年孕产妇死亡率为
		// 47.7/10万。城市…": after a run-in heading (a paragraph on one
		// topic), the year that opens a comma clause of its first
		// sentence. Without one it dates its own sentence only: in
		// "会议指出，2024年，…。全市托位数达到4.39个。" the next sentence
		// is the section's again.
		parts := strings.SplitN(para, "。", 3)
		if len(parts) < 3 || strings.ContainsAny(parts[0], "，,") || utf8.RuneCountInString(strings.TrimSpace(parts[0])) > maxRunInHeadingRunes {
			return 0, 0, false
		}
		return leadingYear(parts[1]), 0, false
	}
	y, _ := strconv.Atoi(m[2])
	if m[1] == "到" || m[1] == "至" {
		return 0, y, false
	}
	return y, 0, m[1] == "截至" || m[1] == "截止"
}

// deadlineLead is the year of the last deadline opening a comma clause of
// clause, 0 if none: the year of the semicolon clauses after it that write
// no year of their own, which are its targets.
func deadlineLead(clause string) int {
	ms := deadlineOpener.FindAllStringSubmatch(clause, -1)
	if ms == nil {
		return 0
	}
	y, _ := strconv.Atoi(ms[len(ms)-1][1])
	return y
}

// maxFigureSentence bounds, in bytes, the sentence a figure keeps (shown
// in answers, searched by the keyword index): a longer one keeps
// figureContext bytes either side of the figure. Keeping the whole of a
// sentence of megabytes with each of its thousands of figures was
// quadratic in memory and time (issue 15: a 1 MB paragraph took 14 GB at
// ingest).
const (
	maxFigureSentence = maxClause
	figureContext     = 256
)

// figureSentence is the sentence a figure at [start, end) of it keeps:
// all of it, trimmed, or a window around the figure when it is longer
// than maxFigureSentence.
func figureSentence(sentence string, start, end int) string {
	if len(sentence) <= maxFigureSentence {
		return strings.TrimSpace(sentence)
	}
	hi := min(len(sentence), end+figureContext)
	for hi < len(sentence) && !utf8.RuneStart(sentence[hi]) {
		hi--
	}
	lo := max(0, start-figureContext)
	for lo < start && !utf8.RuneStart(sentence[lo]) {
		lo++
	}
	return strings.TrimSpace(sentence[lo:hi])
}

// sentenceFigures extracts the figures of one sentence of a section; a
// figure whose clause writes no year takes lead, the year that opened the
// sentence the clause belongs to, if any, else its section's.
func sentenceFigures(work string, s Span, sec Section, path string, rep *Report, ctx sentenceContext) []Figure {
	var out []Figure
	sentence := work[s.Start:s.End]
	simp := "" // the Simplified sentence, made once when a figure needs it
	simplified := func() string {
		if simp == "" {
			simp = Simplify(sentence)
		}
		return simp
	}
	// "从2005年的19‰下降到2009年的13.8‰，下降了27.4%": the change runs
	// from the start's year to the end's.
	var from, to *Figure
	for _, f := range ReadFigures(sentence) {
		// The Simplified words before the figure, made once when a rule
		// needs them.
		before, beforeMade := "", false
		simpBefore := func() string {
			if !beforeMade {
				before, beforeMade = Simplify(sentence[:f.Start]), true
			}
			return before
		}
		fig := Figure{
			Label:     ofTopic(figures.HeadedAmount(sec.Heading, f.Label), sec.Heading), // "（一）收入预算" over "…年初预算数1211.02万元"
			Raw:       f.Raw,
			Value:     f.Value,
			Unit:      f.Unit,
			Qualifier: f.Qualifier,
			Year:      f.Year,
			Kind:      sec.Kind,
			Missing:   f.Missing,
			Target:    f.Target,
			Base:      f.Base,
			Whole:     f.Whole,
			Report:    rep.ID,
			Section:   path,
			Sentence:  figureSentence(sentence, f.Start, f.End),
			Span:      Span{s.Start + f.Start, s.Start + f.End},
		}
		fig.Lead = titleTopic(fig.Label, rep.Title) // a paragraph's topic, when it has one, replaces it
		if f.Year > 0 {
			ctx.stated.written(fig.Span)
		}
		if f.Base {
			// The start of a change is no figure of the section's year:
			// a year written before it dates it, else the year before the
			// period the sentence reviews.
			if start := changeStart(clauseBefore(sentence, f.Start)); namesEra(start) {
				// "由和平解放初期的35.5岁提高至…": a start decades back,
				// of no year the text gives.
				fig.Year = 0
			} else if since, ok := changeSpanStart(sentence[:min(f.Start, len(sentence))], fig.Year); ok {
				fig.Year = since // "2015年至2020年，…从76.34岁提高到…": where the span began
			} else if fig.Year == 0 && ctx.since > 0 && ctx.lead == 0 {
				fig.Year = ctx.from // the paragraph reviews a period: where it started
			} else if back := yearsBackOf(changeStart(clauseBefore(sentence, f.Start))); back > 0 && max(fig.Year, sec.Year) > 0 {
				// "2009年，…由去年的36%提高到今年的40%以上": the year
				// before the sentence's (or the text's) own.
				fig.Year = max(fig.Year, sec.Year) - back
			} else if fig.Year == 0 && ctx.parallelFrom > 0 {
				// "…从2020年的6.46张增加到2023年的7.23张；每千人口执业医师
				// 由2.90人提高到3.40人": the change beside a dated one
				// starts where it did.
				fig.Year = ctx.parallelFrom
			} else if fig.Year == 0 {
				fig.Year = baseYear(ctx.simpPath+"\n"+simplified(), sec.Year)
			}
			fig.Kind, fig.Target = KindSummary, false
			out = append(out, fig)
			from, to = &out[len(out)-1], nil
			continue
		}
		if from != nil && to == nil && f.Year > 0 && fig.Label == from.Label {
			to = &fig
		} else if from != nil && to != nil && f.Year == 0 && (fig.Label == from.Label || changeMeasureOf(fig.Label, from.Label)) && from.Year > 0 && from.Year < to.Year {
			out = append(out, changeBetween(fig, from.Year, to.Year))
			from = nil
			continue
		}
		if f.Year == 0 && eraOpens(simpBefore()) {
			// "新中国成立之初，人均预期寿命仅为35岁；如今…": a level
			// decades back, of no year the text gives.
			fig.Year, fig.Base, fig.Kind, fig.Target = 0, true, KindSummary, false
			out = append(out, fig)
			continue
		}
		if fig.Year == 0 {
			fig.Year = sec.Year
			if ctx.paraLead > 0 {
				fig.Year = ctx.paraLead // the paragraph opened with its year
			}
			if ctx.prior > 0 {
				fig.Year = ctx.prior // "过去一年，…。城镇新增就业1168万人"
			}
			if ctx.lead > 0 {
				fig.Year = ctx.lead
			}
			if sec.Kind == KindSummary && rep.Year > 0 && fig.Year != rep.Year && rep.PlanYear != rep.Year+1 && !ctx.thisIsNext && strings.Contains(ownClause(simpBefore()), "今年") {
				// "今年1-10月份,全市…二孩出生5.9万人" in news of December
				// 2017 whose part reviews 2016, or "2013年…率先…;今年,又
				// 把…经费投入1700余万元" after a clause of 2013: the
				// page's own year.
				fig.Year = rep.Year
			}
		}
		if fig.Year > 0 && f.Qualifier == "" && priorYearValue.MatchString(fig.Label) {
			// "收支较上年决算数1166.81万元减少56.11万元": the year
			// before's value, quoted in this year's report.
			fig.Year--
		}
		if measure, ok := strings.CutSuffix(fig.Label, "较上年"); ok && fig.Year > 0 && f.Qualifier == "" && measure != "" && changeAfter.MatchString(sentence[min(f.End, len(sentence)):]) {
			// "孕产妇死亡率为9.80/10万,较上年9.87/10万下降了0.71%": the
			// level of the year before, the change from it following.
			fig.Label, fig.Year = measure, fig.Year-1
		}
		deadline := f.Deadline
		if by := max(ctx.deadline, ctx.paraDeadline); f.Year == 0 && by > 0 && ctx.lead == 0 {
			// A target clause after "到2015年，…；", or in a paragraph
			// opened by "到2025年底前，".
			fig.Year, fig.Target, deadline = by, true, true
		}
		endOfPast := false // dated by the past period the paragraph reviews
		if totalsOverPeriod(fig, clauseBefore(sentence, f.Start)) {
			headings := ctx.simpPath
			if ctx.single > 0 {
				headings = "" // "2022年是…": one year's, not the heading's period
			}
			if since, end := periodFigure(simplified(), headings, max(fig.Year, sec.Year), f.Start); since > 0 {
				if sec.Kind == KindSummary && !fig.Target && fig.Year >= since && fig.Year < end && !containsAny(simpBefore(), intentWords) {
					end = fig.Year // "“十四五”期间，已建成…12个" in 2022: the total so far
				}
				fig.Since, fig.Year = since, end
			} else if ctx.since > 0 && f.Year == 0 {
				// "五年来，…。新增养老床位5万张。": the paragraph's period.
				fig.Since, fig.Year = ctx.since, ctx.end
			} else if ctx.single > 0 && ctx.prior == 0 && f.Year == 0 {
				fig.Year = ctx.single
			}
		} else if f.Year == 0 && ctx.lead+ctx.deadline+ctx.paraLead+ctx.paraDeadline == 0 && ctx.end > 0 && sec.Year > ctx.end {
			// "“十一五”期间，…覆盖率从30%提高到90%以上" in a 2011 text: a
			// level the past period ended at.
			fig.Year = ctx.end
			fig.Kind, fig.Target = KindSummary, false
			endOfPast = true
		} else if f.Year == 0 && ctx.lead+ctx.deadline+ctx.paraLead+ctx.paraDeadline == 0 && ctx.end > 0 && sec.Year > 0 && sec.Year < ctx.end && containsAny(simpBefore(), intentWords) {
			// "“十四五”期间，…将重点抓好…，人均预期寿命提高到79.06岁" in
			// a 2022 text: the goal of the period still running.
			fig.Year, fig.Target = ctx.end, true
		} else if f.Year == 0 && sec.Year == 0 && !fig.Target && ctx.lead+ctx.deadline+ctx.paraLead+ctx.paraDeadline == 0 && ctx.end > 0 && !containsAny(simpBefore(), intentWords) {
			// "“十三五”(2016年至2020年)期间，…由2015年的77.1岁提高到78.4岁"
			// in a text of no year: the level the period ended at.
			fig.Year = ctx.end
			endOfPast = true
		} else if f.Year == 0 && sec.Year == 0 && !fig.Target {
			// "“十三五”期间，…人均预期寿命由77.1岁提高到79.31岁" in a text of
			// no year: the level the period ended at.
			if since, end := periodFigure(simplified(), "", 0, f.Start); since > 0 {
				fig.Year = end
			}
		} else if ctx.single > 0 && ctx.prior == 0 && f.Year == 0 && ctx.lead+ctx.deadline+ctx.paraLead+ctx.paraDeadline == 0 && sec.Kind == KindSummary && !fig.Target {
			// "回眸2023年，…。一年来，…先后荣获…荣誉24项" in a 2024 New
			// Year's address: the year looked back on.
			fig.Year = ctx.single
		}
		if ctx.nextYear > 0 && f.Year == 0 && ctx.lead+ctx.deadline+ctx.paraLead+ctx.paraDeadline+ctx.prior == 0 && fig.Since == 0 &&
			(ctx.nextOpened || opensNext(simpBefore(), ctx)) {
			// "负责人表示，下一步，…。力争人均预期寿命提高到77.7岁" in a
			// review of 2023: a goal for 2024.
			fig.Year, fig.Target, fig.Kind = ctx.nextYear, true, KindPlan
			out = append(out, fig)
			continue
		}
		if ctx.planEnd > 0 && f.Year == 0 && ctx.lead+ctx.deadline+ctx.paraLead+ctx.paraDeadline+ctx.prior == 0 && !f.Base && fig.Since == 0 && !endOfPast {
			// "提出主要目标：…人均预期寿命提高到80岁" in a text on the
			// 十五五 plan: its targets are for the plan's last year (no
			// section reviewing what was done has a plan end: secPlanEnd).
			fig.Year, fig.Target, fig.Kind = ctx.planEnd, true, KindPlan
			out = append(out, fig)
			continue
		}
		switch {
		case sec.Kind == KindPlan && sec.Year > 0 && fig.Year > 0 && fig.Year < sec.Year && (rep.Year == 0 || fig.Year < rep.Year || !deadline) && !(deadline && ctx.periodStart > 0 && fig.Year > ctx.periodStart):
			// Not "到2020年，…下降至15%以下" in a plan for 2019–2030: a
			// deadline inside the plan's period is one of its targets.
			// "2025年全省…达到X" in a 2026 plan: last year's actual; not
			// "到2020年…增长到74岁" in a 2030 plan of 2017, a step on the
			// way.
			fig.Kind, fig.Target = KindSummary, false
		case sec.Kind == KindPlan && ctx.planStart > 0 && fig.Year > 0 && fig.Year < ctx.planStart && !f.Target:
			// "2020年全省…分别为3.21‰" in a “十四五” plan of no year of its
			// own: where the period before ended.
			fig.Kind, fig.Target = KindSummary, false
		case deadline && sec.Kind == KindSummary && sec.Year > 0 && fig.Year > 0 && fig.Year <= sec.Year:
			// "到2020年，床位数达到5.79张" in a 2023 review: a deadline
			// already past reports what was reached.
			fig.Kind, fig.Target = KindSummary, false
		case deadline && sec.Kind == KindSummary && ctx.planStart > 0 && fig.Year > 0 && fig.Year < ctx.planStart:
			// "到2020年，人均预期寿命为80.25岁" reviewed in a “十四五”
			// plan: its period begins after the deadline, which is past.
			fig.Kind, fig.Target = KindSummary, false
		case fig.Target:
			fig.Kind = KindPlan
		case sec.Kind == KindPlan && asOfDay.MatchString(sentence[:min(f.Start, len(sentence))]):
			// "截至6月18日,全县共接种疫苗247839剂" in news of work
			// planned: a count as of a day already past, reached.
			fig.Kind = KindSummary
		case sec.Kind == KindPlan:
			fig.Target = true
		case sec.Kind == KindSummary && sec.Year > 0 && fig.Year > sec.Year && !ctx.paraAsOf && !statusAsOf(sentence[:min(f.Start, len(sentence))], fig.Year) &&
			!(ctx.paraDated && !containsAny(simpBefore(), intentWords)) && !withinPlanlessReport(rep, fig.Year, simpBefore()):
			// A later year in a review ("2026年将…达到X") is a plan; a
			// status as of a date ("截止2019年底，…5.39万个") is not.
			fig.Kind, fig.Target = KindPlan, true
		}
		if ctx.targetsThenActuals && len(out) > 0 && !f.Base && repeatsMeasure(out[len(out)-1], fig) {
			// "指标8:适龄儿童疫苗接种率 100.00% 97.30%" under the
			// columns 年度指标值, 实际完成值: the target, then the actual.
			prev := &out[len(out)-1]
			prev.Kind, prev.Target = KindPlan, true
			fig.Kind, fig.Target = KindSummary, false
			out = append(out, fig)
			continue
		}
		out = append(out, fig)
	}
	return out
}

// changeSpanStart is the year a change starts at when the span of years written
// last before it ends at the year its start was given (year): the span's
// first year ("2015年至2020年，人均预期寿命从76.34岁…" starts in 2015), or
// the year before it for a five-year plan's span ("2016—2020年" starts
// where 2015 ended). ok is false when no such span stands before it.
func changeSpanStart(before string, year int) (int, bool) {
	m := yearSpan.FindAllStringSubmatch(before, -1)
	if m == nil || year == 0 {
		return 0, false
	}
	a, b := parseYear(m[len(m)-1][1]), parseYear(m[len(m)-1][2])
	if b != year || a >= b || b-a >= 20 {
		return 0, false
	}
	if b-a == 4 && a%5 == 1 {
		return a - 1, true
	}
	return a, true
}

// targetsThenActuals reports whether a Simplified text is a form whose
// rows give each indicator's target and then its actual value: a
// performance self-assessment (绩效自评表) with the columns 年度指标值 and
// 实际完成值, or 目标值 and 实际值.
func targetsThenActuals(simp string) bool {
	return containsAny(simp, []string{"指标值", "目标值", "计划值"}) && containsAny(simp, []string{"完成值", "实际值", "实际完成"})
}

// repeatsMeasure reports whether b, written after a, measures what a does:
// one label, one unit, and a is no start of a change.
func repeatsMeasure(a, b Figure) bool {
	return a.Label == b.Label && a.Unit == b.Unit && a.Unit != "" && a.Section == b.Section && !a.Base &&
		a.Span.End <= b.Span.Start
}

// changeAfter opens the words after the year before's level that give
// the change from it: "下降了0.71%", "增长".
var changeAfter = regexp.MustCompile(`^\s*(?:下降|降低|减少|上升|提高|增长|增加)`)

// priorYearValue is a label naming the year before's value of a measure:
// "收支较上年决算数", "上年同期数".
var priorYearValue = regexp.MustCompile(`上年度?(?:决算数|预算数|同期数|数)$`)
