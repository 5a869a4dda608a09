package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// A news report on a sector's annual work conference ("2021年漳州市卫生健康
// 工作会议召开") is held early in the year it names: it reviews the year
// before and sets the tasks of its own.

// conferenceName names such a conference, its year captured; a bracket
// may name a second field ("卫生健康(中医药)工作会议").
const conferenceName = `((?:19|20)\d{2})\s*年度?\p{Han}{0,8}?(?:卫生健康|卫生计生|卫生|卫健|医疗保障|疾病预防控制|疾控|目标管理)(?:[(（]\p{Han}{1,8}[)）])?(?:系统)?工作(?:会议|大会|会)`

var (
	// workConference is a news report's sentence on the conference:
	// "2021年漳州市卫生健康工作会议召开", "召开2024年全县卫生健康工作会，",
	// "鄂城区召开2025年卫生健康工作大会。", "…工作会议顺利召开".
	workConference = regexp.MustCompile(conferenceName + `(?:暨\p{Han}{0,20})?(?:(?:顺利|隆重|胜利|正式)?召开|在|于|上|，|,|。)`)
	// conferenceTitle is the title of a report on the conference, or on a
	// health institution's own work conference.
	// The bureau may come first: "商水县卫生健康委2025年度目标管理工作会议召开",
	// "凤庆县卫生健康局召开2023年卫生健康工作会议".
	// A place may hold it: "鄂城区召开2025年卫生健康工作大会", or open it:
	// "武宁县2025年全县卫生健康工作会议召开". A headline
	// may open with what was said there: "力争年内建成2家区域中心医院!中山
	// 召开2023年卫生健康工作会议", or with its column: "【第一发布】2020年全市
	// 卫生健康工作会议召开".
	conferenceTitle = regexp.MustCompile(`^\s*(?:【[^】]{1,10}】)?(?:[^!！?？]{2,40}[!！]\s*)?(?:\p{Han}{0,12}(?:卫生健康委员会|卫生健康委|卫健委|卫生健康局|卫健局)(?:召开|举行|召开了|举行了)?|\p{Han}{1,12}?(?:召开|举行)了?|\p{Han}{1,8}?[省市县区州旗])?` + conferenceName +
		// A health institution's own: "长子县中医院2025年工作会议暨第四届
		// 三次职工代表大会".
		`|^\s*\p{Han}{0,16}(?:医院|卫生院|保健院|疾控中心|疾病预防控制中心|卫生服务中心)(?:召开|举行)?((?:19|20)\d{2})\s*年度?工作(?:会议|大会)`)
)

// congressReport is a news lead on a government work report delivered to
// a people's congress ("潍坊市第十八届人民代表大会第六次会议隆重开幕。市长…
// 作政府工作报告"): like a work conference, held early in a year, it
// reviews the year before and sets the tasks of its own.
var congressReport = regexp.MustCompile(`人民代表大会\p{Han}{0,12}会议[^\n]{0,80}?作\p{Han}{0,4}政府工作报告`)

// leadCongress is the year of the congress a text's lead reports a
// government work report to, 0 when it reports none: the year printed above
// the text, else the latest the text names (its tasks are the congress
// year's).
func leadCongress(top string) int {
	if !congressReport.MatchString(Simplify(opening(top, conferenceLeadRunes))) {
		return 0
	}
	if y, _ := printedDate(top); y > 0 {
		return y
	}
	latest := 0
	for _, y := range findYears(top) {
		if !y.Template {
			latest = max(latest, y.Year)
		}
	}
	return latest
}

// conferenceLeadRunes is how far into a text the sentence naming the
// conference it reports on may stand: its lead, not a summary's account of
// the year's meetings ("1月召开2024年全县卫生健康工作会议…").
const conferenceLeadRunes = 300

// leadConference is the year of the work conference a text's lead reports
// on, 0 when it reports on none.
func leadConference(text string) int {
	lead := Simplify(opening(text, conferenceLeadRunes))
	if m := workConference.FindStringSubmatch(lead); m != nil {
		return atoiYear(m[1])
	}
	// "召开全区卫生健康工作会议,全面总结2024年工作成效,系统部署2025年重点
	// 任务": a conference of no year in its name, held in the year it plans.
	if m := reviewThenPlan.FindStringSubmatch(lead); m != nil && strings.Contains(lead, "工作会议") {
		if review, plan := atoiYear(m[1]), atoiYear(m[2]); plan == review+1 {
			return plan
		}
	}
	// "召开…2023年度工作总结暨2024年工作谋划会议": a meeting named for
	// the year it reviews and the year it plans.
	if m := summaryAndPlanMeeting.FindStringSubmatch(lead); m != nil {
		if review, plan := atoiYear(m[1]), atoiYear(m[2]); plan == review+1 {
			return plan
		}
	}
	return 0
}

// summaryAndPlanMeeting names a meeting for the year it reviews and the
// year it plans: "2023年度工作总结暨2024年工作谋划会议".
var summaryAndPlanMeeting = regexp.MustCompile(`((?:19|20)\d{2})\s*年度?\s*工作总结\s*(?:暨|和|及|与)\s*((?:19|20)\d{2})\s*年度?\s*(?:工作)?(?:谋划|部署|计划|安排|推进)\s*(?:会议|会|大会)`)

// reviewThenPlan is a conference's lead reviewing one year and planning the
// next: "总结2024年工作成效,系统部署2025年重点任务".
var reviewThenPlan = regexp.MustCompile(`(?:总结|回顾)\s*((?:19|20)\d{2})\s*年[^。]{0,20}?(?:部署|安排|谋划|研究部署)\s*((?:19|20)\d{2})\s*年`)

// opening is the first n runes of s.
func opening(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// datePlanParagraphs dates, in a report on a work conference (held in its
// plan year, reviewing the year before), the passages that open with the
// conference's year ("今年,漳州将继续…", "下一步,…", "2026年是…"), with
// what the conference asked for ("会议强调,要…") or with a task set
// ("落实好…项目。") as its plan, and returns their spans.
func datePlanParagraphs(work string, rep *Report) (dated []Span) {
	if t := Simplify(rep.Title); rep.Year > 0 && (rep.PlanYear == 0 || rep.PlanYear == rep.Year) && (conferenceTitle.MatchString(t) || pushOnConference.MatchString(t)) {
		return dateMidYearAsks(rep)
	}
	if rep.Year == 0 || rep.PlanYear != rep.Year+1 {
		return nil
	}
	top := headSpan(work, rep.Span, 3000)
	if !conferenceTitle.MatchString(Simplify(rep.Title)) && leadConference(work[top.Start:top.End]) == 0 && leadCongress(work[top.Start:top.End]) == 0 {
		return nil
	}
	inPlan := false // the chunk before was dated the plan
	for i := range rep.Chunks {
		c := &rep.Chunks[i]
		t := strings.TrimSpace(c.Text)
		switch {
		case opensWith(t, conferenceYearOpeners) || opensWithYearTopic(t, rep.PlanYear) || speakerAsks.MatchString(Simplify(opening(t, speakerOpenerRunes))) ||
			tasksListed.MatchString(Simplify(opening(t, speakerOpenerRunes))):
			c.Year, c.Kind = rep.PlanYear, KindPlan
			dated = append(dated, c.Span)
			inPlan = true
		case inPlan && opensWithItem(t):
			// "会议提出,今年实施“两项惠民工程”。" then "一是实施…", "二是…":
			// the items of the plan it announced.
			c.Year, c.Kind = rep.PlanYear, KindPlan
			dated = append(dated, c.Span)
		default:
			inPlan = false
		}
	}
	for _, l := range lines(work[rep.Span.Start:rep.Span.End]) {
		// A paragraph setting a task ("落实好市政府重点民生实事项目。开展…")
		// wherever a passage starts.
		// So does a paragraph opening with the conference's year or what it
		// asked for, inside a passage that opens otherwise.
		if p := (Span{l.Start + rep.Span.Start, l.End + rep.Span.Start}); opensWith(strings.TrimSpace(work[p.Start:p.End]), planImperatives) ||
			opensWith(strings.TrimSpace(work[p.Start:p.End]), conferenceYearOpeners) {
			dated = append(dated, p)
		}
	}
	return dated
}

// pushOnConference names a conference held during a year to push its work
// on: "全区卫生健康系统2020年工作推进会议", "2023年上半年工作调度会".
var pushOnConference = regexp.MustCompile(`(?:19|20)\d{2}\s*年\s*(?:上半年|年中)?\p{Han}{0,6}?(?:推进|调度|督导|讲评|观摩)\p{Han}{0,2}?(?:会议|会)`)

// conferenceAsks open what a conference asks for: "会议强调,实现2020年工作目
// 标,要着力把握好八个方面".
var conferenceAsks = []string{"会议强调", "会议要求", "会议部署", "会议提出", "会议明确"}

// dateMidYearAsks dates, in a report on a conference held to push on with
// its own year's work ("2020年工作推进会议", in July), the passages saying
// what the conference asked for as plans of that year; its review ("今年
// 以来,…") stays a summary. It returns their spans.
func dateMidYearAsks(rep *Report) (dated []Span) {
	for i := range rep.Chunks {
		c := &rep.Chunks[i]
		if t := Simplify(strings.TrimSpace(c.Text)); opensWith(t, conferenceAsks) || speakerAsks.MatchString(opening(t, speakerOpenerRunes)) {
			c.Year, c.Kind = rep.Year, KindPlan
			dated = append(dated, c.Span)
		}
	}
	return dated
}

// opensWithYearTopic reports whether a passage opens with the year as its topic
// ("2026年是…", "2026年,全市将…"), not with a date ("2025年4月9日下午,…
// 会议召开").
func opensWithYearTopic(t string, year int) bool {
	rest, ok := strings.CutPrefix(t, strconv.Itoa(year)+"年")
	return ok && !datedDay.MatchString(rest)
}

// datedDay is the month and day of a date after its year: "4月9日".
var datedDay = regexp.MustCompile(`^\s*\d{1,2}\s*月`)

// opensWithItem reports whether a passage opens with an item of a list:
// an outline number ("（二）", "2.") or a run-in ordinal ("二是", "三要").
func opensWithItem(t string) bool {
	if level, _ := MarkerLevel(t); level >= 0 {
		return true
	}
	return runInOrdinal.MatchString(Simplify(opening(t, 4)))
}

// runInOrdinal opens a run-in item: "一是", "二要", "三是要".
var runInOrdinal = regexp.MustCompile(`^[一二三四五六七八九十]{1,2}(?:是|要)`)

// opensWith reports whether s begins with one of words.
func opensWith(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// conferenceYearOpeners open a conference report's paragraph on the tasks
// of the year it is held in.
var conferenceYearOpeners = []string{"今年", "下一步", "接下来", "新的一年", "会议强调", "会议要求", "会议部署", "会议提出", "会议明确"}

// planImperatives open a task the conference sets: "落实好市政府重点民生实事
// 项目。", "做好全国、全省…实事项目。".
var planImperatives = []string{"落实好", "做好", "抓好", "办好", "用好", "管好", "建好", "守好"}

// tasksListed opens a conference report's paragraph listing the tasks it
// set: "十大重点任务分别为:…", "主要任务是:…".
var tasksListed = regexp.MustCompile(`^\p{Han}{0,6}(?:重点任务|主要任务|工作任务|重点工作)(?:分别|主要)?(?:为|是|包括)[:：,，]`)

// speakerAsks opens a conference report's paragraph on what a speaker asked
// for ("张建华主任强调,2020年是…", "王局长要求,一要…", "她强调,…要深化改
// 革") or with a task of a numbered list of what is to be done ("一要着力打
// 好疫情防控阻击战", "二是要…"): the tasks of the year the conference is
// held in. What a speaker 指出 is often the review of the year before.
var speakerAsks = regexp.MustCompile(`^(?:\p{Han}{2,4}(?:主任|局长|书记|县长|市长|区长|州长|院长|部长|厅长|主席|同志)|(?:主任|局长|书记|县长|市长|区长|州长|厅长)\p{Han}{2,3}|[她他])(?:在讲话中)?(?:强调|要求|部署|提出)[,，:：]|^[一二三四五六七八九十]{1,2}(?:要|是要)\p{Han}`)

// speakerOpenerRunes bounds the opening of a paragraph speakerAsks reads.
const speakerOpenerRunes = 24

// meetingCommends opens a sentence telling what a meeting handed out:
// "会上…通报表扬", "大会表彰了", "会议为…授牌".
var meetingCommends = regexp.MustCompile(`^(?:会上|会议|大会|本次会议|此次会议)[,，]?.*?(?:表彰|表扬|授予|颁发|授牌|颁奖)`)

// commendedAtMeeting reports whether a figure counts what the meeting its
// sentence opens with commended ("会上…集中通报表扬全区14家先进单位").
func commendedAtMeeting(f *Figure) bool {
	simp := Simplify(strings.TrimSpace(f.Sentence))
	m := meetingCommends.FindStringIndex(simp)
	return m != nil && strings.Contains(simp[m[1]-len("表彰"):], f.Raw+f.Unit)
}

// meetingAttendance reports whether a figure counts who attended a
// meeting ("…先进村卫生室、优秀村医代表近300人参加会议"): the attendance
// the figures package labels 参加人数, in a sentence of a meeting.
func meetingAttendance(f *Figure) bool {
	return f.Label == "参加人数" && strings.Contains(Simplify(f.Sentence), "会")
}

// datePlanTargets dates the figures ("确保全年…不低于1300人次", "一是实施
// 基层能力提升工程,新建村卫生室10个") in the passages datePlanParagraphs
// dated as a conference's plan for the year it is held in: that year's
// plan, not the year its report reviews; so are the targets "年内" or
// "今年" of a report titled with the conference. Figures dated otherwise by
// their sentence keep their year, and a base stays a base.
func datePlanTargets(rep *Report, dated []Span) {
	conference := rep.PlanYear == rep.Year+1 && conferenceTitle.MatchString(Simplify(rep.Title))
	// A report on the year's work conference, told in its opening ("2月6日,
	// 记者从2026年全市卫生健康工作会议上获悉"): the targets it sets are
	// the conference's year's.
	opened := rep.PlanYear == rep.Year+1 && rep.conferenceYear == rep.PlanYear
	for i := range rep.Figures {
		f := &rep.Figures[i]
		if f.Base || f.Year != rep.Year {
			continue
		}
		if (conference || opened) && !f.Target && (commendedAtMeeting(f) || meetingAttendance(f)) {
			// "会上…集中通报表扬全区14家先进单位", "…近300人参加会议": what
			// the conference did, in the year it is held.
			f.Year = rep.PlanYear
			continue
		}
		if conference && f.Target && containsAny(Simplify(f.Sentence), []string{"年内", "今年"}) ||
			opened && f.Target && len(findYears(Simplify(f.Sentence))) == 0 {
			// "力争年内建成2家区域中心医院!中山召开2023年卫生健康工作会议":
			// this year is the conference's.
			f.Year, f.Kind = rep.PlanYear, KindPlan
			continue
		}
		for _, c := range dated {
			if c.Start <= f.Span.Start && f.Span.End <= c.End {
				f.Year, f.Kind = rep.PlanYear, KindPlan
				break
			}
		}
	}
}
