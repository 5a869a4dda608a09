package corpus

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus/places"
)

// describeReport reads what a report says about itself once it is
// outlined: its document number, issuing body, place (and Org, the same
// place) and, when the title gives no year, the year the document
// states. What staff set by hand (meta) wins. articleEnd is where a news
// page's article ends (articleEnd in articleend.go).
func describeReport(work string, rep *Report, meta Meta, articleEnd int) {
	span := rep.Span
	top := headSpan(work, span, 3000)
	topText := work[top.Start:top.End]
	// The top in Simplified characters, converted once if asked.
	simpTop := sync.OnceValue(func() string { return Simplify(topText) })
	simpTitle := Simplify(rep.Title)
	// The national body the top names, read (normalized) once if asked.
	topBody := sync.OnceValue(func() string { return NationalBody(topText) })

	// The first report's information-disclosure table may stand above the
	// title it gives.
	lead := span
	if rep.Ordinal == 1 {
		lead.Start = 0
	}
	rep.DocNumber = detectDocNumber(work, lead)
	if t := tableTitle(work, lead); t.Len() > 0 && meta.Title == "" {
		rep.Title = strings.TrimSpace(work[t.Start:t.End])
		simpTitle = Simplify(rep.Title)
		if y, _ := titleYears(simpTitle); y > 0 && meta.Year == 0 {
			rep.Year = y
		}
		if rep.Period == PeriodYear && meta.Period == "" {
			rep.Period = detectPeriod(simpTitle) // "…2019年上半年…完成情况的公示" in the table's 标题 field
		}
	}

	if meta.Title == "" {
		rep.Title = withoutSubtitle(rep.Title)
		simpTitle = Simplify(rep.Title)
	}
	host := hostPlace(simpTitle, simpTop) // "…隆回县来新田考察交流…": the host's news
	guess := host
	if guess == "" {
		guess = titlePlace(withoutFilingPlaces(simpTitle)) // a title that is a filing line names where it was filed
	}
	if guess == "" {
		guess = wholeAreaMeeting(simpTitle) // "2026年全区卫生健康工作会议在呼和浩特市召开"
	}
	if guess == "" {
		// "2月25日下午,全省卫生健康工作会议在兰州召开": the lead's own
		// sentence on the meeting, when the title gives no venue.
		guess = wholeAreaMeeting(opening(simpTop(), conferenceLeadRunes))
	}
	if guess == "" {
		guess = meetingPlace(topText)
	}
	if guess == "" {
		guess = conferencePlace(topText) // "记者从雄安新区2025年卫生健康工作会议上获悉"
	}
	if guess == "" && nationalCongress.MatchString(simpTop()) {
		// "——2018年3月5日在第十三届全国人民代表大会第一次会议上": the
		// State Council's report, whatever places it goes on to name.
		guess = NationalPlace
	}
	if guess == "" && speaksForNationalBody(simpTop()) {
		// "现在，我代表国务院，向大会报告政府工作": the Premier's report,
		// whatever places it goes on to name.
		guess = NationalPlace
	}
	if guess == "" && allProvincesReport.MatchString(simpTop()) {
		// "31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例…":
		// the national bulletin, whatever provinces it breaks it down by.
		guess = NationalPlace
	}
	if guess == "" && (containsAny(simpTitle, nationalWords) && topBody() != "" && !opensWithShortPlace(simpTitle) || titledByNationalBody(simpTitle)) {
		// "《2021年我国卫生健康事业发展统计公报》" reported on: the country's,
		// whatever places the page's links go on to name.
		guess = NationalPlace
	}
	if guess == "" {
		guess = yearbookPlace(simpTop()) // "江苏年鉴 2018年0期"
	}
	formPlace := formUnitPlace(topText) // "资金使用单位 | 炉霍县卫生健康局", not its supervisor's
	if guess == "" {
		guess = formPlace
	}
	if guess == "" {
		// Not the places a news page's links name below its article.
		body := work[span.Start:min(span.End, max(articleEnd, span.Start))]
		if rep.Traditional {
			body = findText(body)
		}
		body = withoutFilingPlaces(body)
		var named int
		guess, named = mostNamedPlaceCounted(body, 2)
		if guess != "" && nationalOverPlace(body, named) {
			// "全国共有…全国…" of a national bulletin that names 北京 and
			// 上海 a few times: the country's, not the city named most.
			guess = NationalPlace
		}
		if guess == "" {
			guess = openingPlace(body) // "2017年，景宁畲族自治县卫生监督工作…"
		}
		if guess == "" {
			guess = campaignPlace(body) // "通过“健康喀左”微信公众号发布…"
		}
		if guess == "" {
			guess = sourceArea(body, rep.Source) // "来源:分宜县融媒体中心" under "我县召开…"
		}
		if guess == "" {
			guess = soleWholeArea(body) // "濮阳县以人民群众…" then "全县新增…"
		}
		if guess == "" {
			guess = areaOfListedParts(body) // "源城…6人、东源7人、和平7人、龙川11人": 河源市
		}
		if deeper := selfNamedPlace(body, guess); deeper != "" {
			guess = deeper
		}
	}
	// Not a body the links below a news article name ("湖北省卫健委辟谣…"
	// under news of a national plan).
	article := Span{Start: lead.Start, End: min(lead.End, max(articleEnd, lead.Start))}
	rep.Issuer = detectIssuer(work, article, simpTitle, guess)
	if guess == NationalPlace && rep.Issuer == "" {
		rep.Issuer = topBody()
	}
	place := guess
	// Read only for a report that names no place of its own.
	speaker := sync.OnceValue(func() string { return speakingNationalBody(findText(topText)) })
	if place == "" && (NationalBody(rep.Issuer) != "" || containsAny(simpTitle, nationalWords) && topBody() != "" ||
		speaksNationally(Simplify(work[span.Start:span.End])) || speaker() != "") {
		place = NationalPlace
		if rep.Issuer == "" && speaker() != "" {
			rep.Issuer = speaker()
		} else if rep.Issuer == "" {
			rep.Issuer = topBody()
		}
	}
	forwarded := forwardedPlace(simpTitle)
	wholeCity := false // the title's district gave way to the city the text is about
	if forwarded != "" {
		place = forwarded // "常张乡人民政府转发山西省2023年12月…疫情": the province's bulletin
	} else if host != "" {
		place = host // the visitors' place leads the title, the host's is the news
	} else if p := titleLeadPlace(simpTitle); p != "" {
		place = p // "万载县2015年…统计公报", whoever published the page
		if city := cityOfWholeText(findText(work[span.Start:span.End]), p); city != "" {
			place, wholeCity = city, true // "上城区老龄化程度最高" over a report on the city's bulletin
		}
	} else if formPlace != "" {
		place = formPlace // a form is its unit's, whichever department supervises it
	} else if p := declaredOwnPlace(findText(topText)); p != "" {
		place = p // "结合资阳区实际情况制定本方案", whichever office issued the lists it follows
	} else if p := deepestPlace(rep.Issuer); p != "" {
		place = p
	} else if level, ok := bareIssuerLevel(rep.Issuer); ok {
		place = placeOfLevel(findText(work[span.Start:span.End]), guess, level)
	}
	if p, ok := places.Lookup(place); ok && p.Level == places.City && !wholeCity {
		// "健康鲅鱼圈行动实施方案" of a text naming 营口市: the title names
		// one of the city's districts by its short form; it is that
		// district's.
		// The city's own names are no district's ("新乡市" holds 新乡县's
		// short form).
		rest := strings.ReplaceAll(simpTitle, p.Name, "|")
		if p.Short != "" {
			rest = strings.ReplaceAll(rest, p.Short, "|")
		}
		if in := places.NamedWithin(rest, p.Name, places.County); len(in) == 1 {
			place = in[0].Place.Name
		}
	}
	// The place the file's name spells in pinyin ("02_taian-gongzuohuiyi_
	// 2025.txt"): a text that names no place of its own is that place's; a
	// text about a province or city whose file names one of its districts
	// ("04_baoshan-gongzuojihua" of a plan saying 上海 and "区卫生健康工作")
	// is the district's.
	if p, ok := places.FromFileName(rep.File, func() string { return findText(work[span.Start:span.End]) }, place); ok && forwarded == "" {
		place = p.Name
	}
	if meta.Org != "" {
		if c := places.Canonical(meta.Org); c != "" {
			place = c
		} else {
			place = meta.Org
		}
	}
	rep.Place = place
	rep.Org = place
	if meta.Org != "" {
		rep.Org = meta.Org
	}

	if meta.Year == 0 {
		if y, tmpl := titleYear(simpTitle); y == 0 && !tmpl {
			y := documentYear(work, lead, rep, simpTitle)
			if asOf := statusYear(work[span.Start:span.End]); asOf > y {
				// "10年来，…2019年被确定为…。截至2021年底，…": a text
				// stating where things stood at the end of 2021 is of
				// 2021 at least; so is one that names no other year
				// ("截至2021年9月6日24时,全省累计接种…").
				y = asOf
			}
			if y > 0 {
				rep.Year = y
				redate(work, rep)
			}
		} else if r := greetingReviewYear(simpTitle, Simplify(work[span.Start:span.End]), y); r > 0 {
			// "二〇二四年元旦贺词": the year it looks back on.
			if rep.PlanYear == 0 {
				rep.PlanYear = y
			}
			rep.Year = r
			redate(work, rep)
		} else if y > 0 && isHeadline(simpTitle) && !opensWithYear(simpTitle) {
			// "…超过80岁!1949年全国仅35岁,变化从何而来?": a headline's year
			// is a story's; the page's own date says when it reports.
			if d := documentYear(work, lead, rep, ""); d > y {
				rep.Year = d
				redate(work, rep)
			}
		}
	}
	if meta.Year == 0 && rep.Year == 0 {
		if start := titledPlanStart(simpTitle); start > 0 {
			// "「十四五」国民健康规划公布" of no date: it is about the
			// plan's years, from the first.
			rep.Year = start
			redate(work, rep)
		}
	}
	if meta.Title == "" && bareGenreTitle(rep.Title) && rep.Year > 0 && rep.Place != "" {
		// "政府工作报告" alone names no one's: it is 2026年贵州省政府工作报告,
		// or 2018年国务院政府工作报告.
		who := rep.Place
		if who == NationalPlace {
			who = rep.Issuer
		}
		rep.Title = strconv.Itoa(rep.Year) + "年" + who + rep.Title
	}
}

// maxBareTitleRunes bounds a title that is only a genre ("政府工作报告").
const maxBareTitleRunes = 12

// bareGenreTitle reports whether a title names a genre and nothing else:
// no year, no place.
func bareGenreTitle(title string) bool {
	return title != "" && utf8.RuneCountInString(title) <= maxBareTitleRunes && containsAny(Simplify(title), genreWords) &&
		!strings.ContainsAny(title, "0123456789") && len(places.Find(title)) == 0 && !strings.ContainsAny(title, "省市县区")
}

// bareIssuerLevel is the level of an issuing body named without its place
// ("县卫生健康局", "区卫健委"), as web pages of a county's own site print it.
func bareIssuerLevel(issuer string) (places.Level, bool) {
	switch {
	case strings.HasPrefix(issuer, "县"), strings.HasPrefix(issuer, "区"), strings.HasPrefix(issuer, "旗"):
		return places.County, true
	case strings.HasPrefix(issuer, "市"), strings.HasPrefix(issuer, "州"):
		return places.City, true
	}
	return 0, false
}

// resolved reports whether a mention was resolved to one division: a
// province, or a place whose province is known (Find leaves it "" when
// several places share the name).
func resolved(p places.Place) bool { return p.Level == places.Province || p.Province != "" }

// placeOfLevel is the place of a report whose issuer is a body of the given
// level named without its place: guess when it is of that level, else the
// division of that level the text names most inside guess or inside a
// province or city the text names ("台州市唯一", "天台诊治中心" → 天台县);
// "" when none or several tie: the province a county report mentions is
// not the report's place.
func placeOfLevel(body, guess string, level places.Level) string {
	if p, ok := places.Lookup(guess); ok && p.Level == level {
		return p.Name
	}
	parents := map[string]bool{}
	if guess != "" {
		parents[guess] = true
	}
	for _, m := range places.Find(body) {
		if m.Place.Level < level && resolved(m.Place) {
			parents[m.Place.Name] = true
		}
	}
	counts := map[string]int{}
	for parent := range parents {
		for _, c := range places.NamedWithin(body, parent, level) {
			counts[c.Place.Name] = c.N
		}
	}
	if len(parents) == 0 {
		// No province or city named: the places of the level the text
		// names by their full names ("特制定磐安县卫生事业发展规划").
		for _, m := range places.Find(body) {
			if m.Place.Level == level && m.Place.Province != "" && body[m.Start:m.End] == m.Place.Name {
				counts[m.Place.Name]++
			}
		}
	}
	if len(counts) == 0 && level == places.City {
		// "全州…在香格里拉县召开全州卫生工作会议": a prefecture that does
		// not name itself in full is the one it names by its short form
		// ("健康宜宾"), else the one whose counties it names.
		for _, m := range places.Find(body) {
			switch {
			case !resolved(m.Place):
			case m.Place.Level == places.City:
				counts[m.Place.Name] += cityNamedWeight
			case m.Place.Level == places.County && m.Place.Parent != m.Place.Province:
				if p, ok := places.Lookup(m.Place.Parent); ok && p.Level == places.City {
					counts[p.Name]++
				}
			}
		}
	}
	best, tie := "", false
	for name, n := range counts {
		switch {
		case best == "" || n > counts[best]:
			best, tie = name, false
		case n == counts[best] && name != best:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// cityNamedWeight is what a prefecture named outright weighs against one
// of its counties named.
const cityNamedWeight = 2

// findText is s in Simplified script when that keeps its byte offsets,
// else s as written.
func findText(s string) string {
	if simp := Simplify(s); len(simp) == len(s) {
		return simp
	}
	return s
}

// titlePlace is the most specific place a title names (重庆云阳 → 云阳县),
// not the venue of an event it reports ("…新闻发布会在南宁举办": the
// conference is about 广西, held in 南宁).
func titlePlace(title string) string {
	return deepestPlace(venue.ReplaceAllString(title, ""))
}

// hostVisited is the place visitors come to (来, not 赴: the writer is
// there) to learn from it: "邵阳市隆回县来新田考察交流健康县建设工作".
var hostVisited = regexp.MustCompile(`来(?:到)?(\p{Han}{2,8}?)(?:考察|调研|学习|交流|参观|观摩)`)

// hostPlace is the place a title says visitors came to (hostVisited), its
// short name read in the light of the text after it (新田 is 新田县 where
// the text names 新田县); "" when the title names no host.
func hostPlace(title string, text func() string) string {
	m := hostVisited.FindStringSubmatchIndex(title)
	if m == nil {
		return ""
	}
	for _, p := range places.Find(findText(title + "\n" + text())) {
		if p.Start == m[2] && resolved(p.Place) {
			return p.Place.Name
		}
	}
	return ""
}

// venue is the place an event is held at: "在南宁举办", "在北京召开".
var venue = regexp.MustCompile(`在(\p{Han}{2,8}?)(?:举办|举行|召开|开幕|闭幕)`)

// ownPlaceDeclared is a text declaring whose it is: "结合资阳区实际情况
// 制定本方案", "结合我县实际,特制定本规划" names none.
var ownPlaceDeclared = regexp.MustCompile(`结合(\p{Han}{2,10}?)(?:的)?实际(?:情况)?[,，]?\s*(?:特|现|研究)?(?:制定|制订|编制)(?:了)?本(?:方案|规划|计划|办法|意见|细则|清单)`)

// declaredOwnPlace is the place a text declares it was drawn up for, ""
// when it declares none.
func declaredOwnPlace(text string) string {
	if m := ownPlaceDeclared.FindStringSubmatch(text); m != nil {
		return deepestPlace(m[1])
	}
	return ""
}

// wholeAreaMeetingName is a meeting of a whole area: "全区卫生健康工作会议".
var wholeAreaMeetingName = regexp.MustCompile(`(全[省区市州])\p{Han}{0,16}会议`)

// wholeAreaMeeting is the area a title's meeting of a whole area ("全区…
// 会议") covers, held at a venue in it ("在呼和浩特市召开"): the province or
// city of that kind that holds the venue (内蒙古自治区); "" when the title
// names no such meeting or venue.
func wholeAreaMeeting(title string) string {
	m := wholeAreaMeetingName.FindStringSubmatch(title)
	v := venue.FindStringSubmatch(title)
	if m == nil || v == nil {
		return ""
	}
	if at := deepestPlace(v[1]); at != "" {
		return wholeAreaOf(at, m[1])
	}
	return ""
}

// isHeadline reports whether a title is a news headline, exclaiming or
// asking, not the name of a document of some genre.
func isHeadline(title string) bool {
	return strings.ContainsAny(title, "！!？?") && !containsAny(title, genreWords)
}

// formUnitKeys name, in a form's cells, the unit the form is about.
var formUnitKeys = []string{"资金使用单位", "项目实施单位", "实施单位", "预算单位名称", "单位名称"}

// formUnitPlace is the place of the unit a self-assessment or budget form
// is about, written in the cell after its key ("资金使用单位 | 炉霍县卫生健康
// 局"), or "".
func formUnitPlace(top string) string {
	for _, line := range strings.Split(top, "\n") {
		cells := strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '｜' })
		for i := 0; i+1 < len(cells); i++ {
			key := strings.TrimRight(strings.TrimSpace(cells[i]), ":：")
			if slices.Contains(formUnitKeys, key) {
				if p := deepestPlace(strings.TrimSpace(cells[i+1])); p != "" {
					return p
				}
			}
		}
	}
	return ""
}

// opensWithShortPlace reports whether a title opens with a place's short
// form ("芜湖人均预期寿命超过80岁!1949年全国仅35岁"): a headline about that
// place, whatever it compares it with.
func opensWithShortPlace(title string) bool {
	r := []rune(strings.TrimSpace(title))
	for n := 2; n <= 4 && n < len(r); n++ {
		if _, ok := shortFormPlace(string(r[:n])); ok {
			return true
		}
	}
	return false
}

// shortFormPlace is the place form is the short form of ("芜湖", "张家口"),
// not a word of ordinary speech that happens to be one.
func shortFormPlace(form string) (places.Place, bool) {
	if places.IsOrdinaryWord(form) {
		return places.Place{}, false
	}
	p, ok := places.Lookup(form)
	return p, ok && p.Short == form
}

// datelinePlace is the place a headline opens with by its short form
// before a colon ("张家口：念好“绿字经”…"), the place it reports from; ""
// for any other title.
func datelinePlace(title string) string {
	r := []rune(strings.TrimSpace(title))
	for n := 2; n <= 4 && n+1 < len(r); n++ {
		if r[n] != ':' && r[n] != '：' {
			continue
		}
		if p, ok := shortFormPlace(string(r[:n])); ok {
			return p.Name
		}
	}
	return ""
}

// titleYearLead is a year that opens a title before its place ("2025年江西省政府工作报告").
var titleYearLead = regexp.MustCompile(`^(?:19|20)\d\d\s*年(?:度)?\s*$`)

// titleLeadPlace is the place a title opens with, after a year at most
// ("万载县2015年国民经济和社会发展统计公报", "2025年江西省政府工作报告"):
// the document is that place's own. "" when the title opens otherwise or
// the place is ambiguous.
func titleLeadPlace(title string) string {
	t := findText(title)
	ms := places.Find(t)
	if len(ms) == 0 || ms[0].Start > 0 && !titleYearLead.MatchString(t[:ms[0].Start]) {
		return datelinePlace(t)
	}
	best := ""
	// "重庆云阳：…": the places written one after the other, the deepest.
	for i := 0; i < len(ms) && (i == 0 || ms[i].Start == ms[i-1].End); i++ {
		if p := ms[i].Place; resolved(p) {
			best = p.Name
		}
	}
	return best
}

// deepestPlace is the place of the lowest level s names, the first of
// them; "" when it names none or that place is ambiguous.
// rowPlace is the place a table row's figure is of when the row is named
// by a place alone ("浙江 诊疗人次数" of the row "浙 江"), else "".
func rowPlace(f *Figure) string {
	first, _, found := strings.Cut(f.Label, " ")
	if !found || !strings.Contains(f.Sentence, "|") && !strings.Contains(f.Sentence, "\t") {
		return ""
	}
	ms := places.Find(first)
	if len(ms) != 1 || ms[0].Start != 0 || ms[0].End != len(first) || !resolved(ms[0].Place) {
		return ""
	}
	return ms[0].Place.Name
}

func deepestPlace(s string) string {
	best := places.Place{}
	for _, m := range places.Find(findText(s)) {
		p := m.Place
		if !resolved(p) {
			continue // several places of that name
		}
		if best.Name == "" || p.Level > best.Level {
			best = p
		}
	}
	return best.Name
}

// allProvincesReport is what the national bulletins report from: every
// province ("31个省（自治区、直辖市）和新疆生产建设兵团报告…").
var allProvincesReport = regexp.MustCompile(`31个省[（(]自治区、直辖市[）)](?:和新疆生产建设兵团)?(?:累计|共|今日)?报告`)

// nationalCongress names a session of the National People's Congress.
var nationalCongress = regexp.MustCompile(`第\p{Han}{1,4}届全国人民代表大会`)

// titleSubtitle is a title run into its subtitle: "政府工作报告——2018年3月
// 5日在…会议上国务院总理 李克强".
var titleSubtitle = regexp.MustCompile(`\s*(?:——|－－|--)\s*(?:(?:19|20)\d\d\s*年|在)`)

// withoutSubtitle is a title without the subtitle run into it.
func withoutSubtitle(title string) string {
	if loc := titleSubtitle.FindStringIndex(title); loc != nil && loc[0] > 0 {
		return strings.TrimSpace(title[:loc[0]])
	}
	return title
}

// meetingPattern finds the place of the congress a report is delivered to:
// "在四川省第十四届人民代表大会第五次会议上".
var meetingPattern = regexp.MustCompile(`在(\p{Han}{2,12}?)第\p{Han}{1,4}届人民代表大会`)

// conferencePlace is the place whose annual work conference the top of a
// report tells of, named just before the conference or inside its name
// ("雄安新区2025年卫生健康工作会议", "2021年漳州市卫生健康工作会议"); ""
// when it names none.
func conferencePlace(top string) string {
	t := findText(top)
	loc := workConference.FindStringIndex(t)
	if loc == nil {
		return ""
	}
	start := max(0, loc[0]-maxConferenceHostBytes)
	for start < loc[0] && !utf8.RuneStart(t[start]) {
		start++
	}
	before := t[start:loc[0]]
	if i := strings.LastIndexAny(before, "，。,：:；;\n 从在据于"); i >= 0 {
		_, size := utf8.DecodeRuneInString(before[i:])
		before = before[i+size:]
	}
	return deepestPlace(before + t[loc[0]:loc[1]])
}

// maxConferenceHostBytes bounds the host's name before a conference's.
const maxConferenceHostBytes = 36

func meetingPlace(top string) string {
	if m := meetingPattern.FindStringSubmatch(top); m != nil {
		return deepestPlace(m[1])
	}
	return ""
}

// mostNamedPlace is the place s names most often, at least min times; on a
// tie the first named. A place written just before one it holds is not
// counted: it only says where that one is.
func mostNamedPlace(s string, min int) string {
	place, _ := mostNamedPlaceCounted(s, min)
	return place
}

// mostNamedPlaceCounted is mostNamedPlace with the times s names it.
func mostNamedPlaceCounted(s string, min int) (string, int) {
	counts := map[string]int{}
	parents := map[string]string{}
	var order []string
	ms := places.Find(s)
	for i, m := range ms {
		p := m.Place
		if !resolved(p) || namesLevelAbove(s[m.End:]) || namesUniversity(s[m.End:]) {
			continue
		}
		if i+1 < len(ms) && ms[i+1].Start == m.End && (ms[i+1].Place.Province == p.Name || ms[i+1].Place.Parent == p.Name) {
			continue // "北京市通州区": the city says where the district is
		}
		if counts[p.Name] == 0 {
			order = append(order, p.Name)
		}
		counts[p.Name]++
		parents[p.Name] = p.Parent
	}
	best := ""
	for _, name := range order {
		if counts[name] >= min && counts[name] > counts[best] {
			best = name
		}
	}
	best = areaOfItsParts(best, order, counts, parents, s)
	return best, counts[best]
}

// minListedParts is how many of a place's parts a text must name, its
// name beside them, to be about the place rather than any one part.
const minListedParts = 3

// areaOfItsParts is the place a text s is about when the place it names
// most is one of several parts of an area it also names ("绥化市现有本土
// 确诊病例48例(安达市24例、北林区20例、肇东市3例…)": 绥化市, not 北林区), or
// speaks of as a whole by its level only ("全市产妇3689人,其中大武口1312人,
// 惠农653人,平罗1724人": 石嘴山市): that area; best otherwise.
func areaOfItsParts(best string, order []string, counts map[string]int, parents map[string]string, s string) string {
	parent := parents[best]
	if best == "" || parent == "" || counts[parent] == 0 && !namesWholeByLevel(s, parent) {
		return best
	}
	parts := 0
	for _, name := range order {
		if parents[name] == parent {
			parts++
		}
	}
	if parts >= minListedParts {
		return parent
	}
	return best
}

// namesWholeByLevel reports whether a text speaks of an area as a whole
// by its level ("全市" of 石嘴山市, "全省" of 湖南省), or of its own body by
// the level alone ("省卫生健康委召开…总结会" of 江苏省, whose cities it names).
func namesWholeByLevel(s, area string) bool {
	level, _ := utf8.DecodeLastRuneInString(area)
	if strings.Contains(s, "全"+string(level)) {
		return true
	}
	for _, m := range unnamedLevelBody.FindAllStringSubmatch(s, -1) {
		if m[1] == string(level) {
			return true
		}
	}
	return false
}

// unnamedLevelBody is a government body named by its level alone, at the
// start of a line or after punctuation: "省卫生健康委召开…", "，市卫健委通过…".
var unnamedLevelBody = regexp.MustCompile(`(?:^|\n|[,，。;；:：、\s])(省|市|县|区)(?:卫生健康委员会|卫生健康委|卫健委|卫生健康局|卫健局|卫生厅|卫生局|人民政府|政府)`)

// opensWithYear reports whether a title opens with a year ("2023年全市卫生
// 健康工作成效几何?"): the year it is about, a headline or not.
func opensWithYear(title string) bool {
	ys := findYears(title)
	return len(ys) > 0 && ys[0].Start == 0
}

// universityAfter is the rest of a university's name after the place it
// opens with ("中医药大学" of 广州中医药大学, "学院" of 韶关学院).
var universityAfter = regexp.MustCompile(`^\p{Han}{0,6}?(?:大学|学院)`)

// namesUniversity reports whether what follows a place's name makes it a
// university's: a text naming 广州中医药大学 as a partner is no more about
// 广州 for it.
func namesUniversity(after string) bool { return universityAfter.MatchString(after) }

// namesLevelAbove reports whether what follows a place's name makes it a
// level of government other than the text's own ("衡阳市级荣誉31项" in a
// text of 耒阳市: a text names its own level 市级, not 耒阳市级).
func namesLevelAbove(after string) bool {
	return strings.HasPrefix(after, "级") || strings.HasPrefix(after, "市级") || strings.HasPrefix(after, "县级") || strings.HasPrefix(after, "省级") || strings.HasPrefix(after, "区级")
}

// meetingDate finds the date a report was delivered on:
// "——2026年1月28日在云南省第十四届人民代表大会第四次会议上".
var meetingDate = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在\p{Han}{0,20}(?:会议|大会)`)

// fullDate is a date with year, month and day.
var fullDate = regexp.MustCompile(`((?:19|20)\d{2})\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2})`)

// planDrawnUp is a text saying it draws up a plan for a span of years:
// "特制定磐安县卫生事业发展“十一五”(2006-2010年)规划".
var planDrawnUp = regexp.MustCompile(`(?:制定|编制|制订)[^。]{0,40}?((?:19|20)\d\d)\s*[-—－~～至到]\s*((?:19|20)\d\d)\s*年?[)）]?\s*(?:卫生|健康|发展)?\p{Han}{0,6}规划`)

// drawnUpPlan is the span of years of the plan a text says it draws up,
// both 0 when it says none.
func drawnUpPlan(top string) (start, end int) {
	m := planDrawnUp.FindStringSubmatch(top)
	if m == nil {
		return 0, 0
	}
	return atoiYear(m[1]), atoiYear(m[2])
}

// yearbookEdition names a yearbook's edition by the year it came out.
var yearbookEdition = regexp.MustCompile(`年鉴\s*[（(]?((?:19|20)[0-9]{2})\s*年?\s*(?:卷|版|[0-9]+期)?`)

// documentYear is the year of a report whose title names none: the year of
// the congress it is delivered to, of its document number, of the whole
// year its statistics cover, of its information-disclosure table's date,
// or of the date printed above it; a summary keeps the year its own text
// gives. Failing all, the date it is signed with, or the year its text
// names most. A template year anywhere ("20xx年") means unknown.
func documentYear(work string, span Span, rep *Report, simpTitle string) int {
	text := work[span.Start:span.End]
	head := headSpan(work, span, 3000)
	top := work[head.Start:head.End]
	if y := subtitleYear(top); y > 0 {
		return y // "(2021年度)" under a form's title
	}
	if m := meetingDate.FindStringSubmatch(top); m != nil {
		return atoiYear(m[1])
	}
	if y := leadConference(top); y > 0 {
		// "2021年漳州市卫生健康工作会议召开": the conference held early in
		// 2021 reviews 2020 and sets 2021's tasks (its plan year).
		if rep.PlanYear == 0 {
			rep.PlanYear = y
		}
		return y - 1
	}
	if m := yearbookEdition.FindStringSubmatch(Simplify(top)); m != nil {
		// "江苏年鉴 2020年0期", "统计年鉴2023": a yearbook's edition
		// records the year before it.
		return atoiYear(m[1]) - 1
	}
	if y := reportedCountYear(top); y > 0 {
		// "国家卫生健康委发布《2023年我国卫生健康事业发展统计公报》":
		// news of a bulletin counts the bulletin's year, not its own.
		return y
	}
	if m := docNumberPattern.FindStringSubmatch(rep.DocNumber); m != nil {
		return atoiYear(m[1])
	}
	if m := wholeYearPeriod.FindStringSubmatch(top); m != nil && (m[2] == "" || m[2] == m[1]) {
		// "本报告所列数据的统计期限从2022年1月1日起至2022年12月31日止"
		// on a page generated in January 2023: the year its figures count.
		return atoiYear(m[1])
	}
	if v := tableField(work, span, "成文日期", "发布日期", "发文日期", "生成日期"); v.Len() > 0 {
		if m := fullDate.FindStringSubmatch(work[v.Start:v.End]); m != nil {
			y := atoiYear(m[1])
			if start, end := drawnUpPlan(Simplify(top)); end > 0 && end < y-1 {
				// "特制定…“十一五”(2006-2010年)规划" under a page generated
				// in 2014: the page reposts a plan drawn up the year before
				// its period began.
				return start - 1
			}
			return y
		}
	}
	if ty, _ := titleYears(simpTitle); rep.Year > 0 && (headingKind(simpTitle) == KindSummary || ty == rep.Year) {
		return rep.Year // the year the title names ("2023年工作总结", "雅安卫健人的2020"), not the page's date
	}
	y, month := printedDate(top)
	if y == 0 && len(rep.Published) >= len("2006-01") && !namesTemplateYear(text) {
		// The date of a "发布时间:" line, blanked as page furniture; a
		// template's blank year ("*年") stays unknown whenever it was put up.
		y, _ = strconv.Atoi(rep.Published[:4])
		month, _ = strconv.Atoi(rep.Published[5:7])
	}
	if y > 0 {
		if r := greetingReviewYear(simpTitle, Simplify(text), y); r > 0 && month > 0 && month <= earlyReviewMonth {
			// "——…元旦致辞" put up on 1 January 2024: the year it looks back on.
			if rep.PlanYear == 0 {
				rep.PlanYear = y
			}
			return r
		}
		if headlineLastYear.MatchString(simpTitle) {
			// "我国去年共报告法定传染病发病694余万例" put up in 2017: the
			// headline's year is the one before its date.
			return y - 1
		}
		if month > 0 && month <= lastReviewMonth && (annualReview(text) || reviewsPlanEndingBefore(top, y) || reviewOpensWith(text, y-1)) {
			// A page of year-end figures put up in May is about the year
			// before: statistics and reviews follow the year they count.
			return y - 1
		}
		simp := Simplify(text)
		if month > 0 && (asOfLaterMonth(simp, month) || eventInLaterMonth(simp, month)) {
			// "截止10月8日已完成5825人" on a page put up in May 2025: the
			// text was written in an autumn already past, the year before.
			return y - 1
		}
		if month > 0 && month <= earlyReviewMonth && namesOnlyYearBefore(simp, y) {
			// "两件为民实事项目超额完成。…2018年,我市传染病网络直报工作全
			// 省排名第一" on a page of January 2019 that names 2019 nowhere
			// and plans nothing: last year's results.
			return y - 1
		}
		if earlier := onlyEarlierYear(simp, y); earlier > 0 && (month > lastReviewMonth || containsAny(simp, yearOnYear)) && !strings.Contains(simp, "今年") {
			// "2021年,丽水…" on a page of October 2022 that names 2022 in
			// no sentence: the text is about the year it names (early in
			// a year, a page of last year's results is its own year's
			// news, as annualReview tells, unless it compares them with
			// the year before theirs: "2018年我省孕产妇死亡率为9.80/10万，
			// 较上年…下降" on a page of June 2019). A text saying 今年 is
			// about its page's year, whatever earlier year it looks back to
			// ("自2018年实施…以来，今年计划…").
			return earlier
		}
		return y
	}
	if y := eventYear(text); y > 0 && !namesTemplateYear(text) {
		// "第37个世界无烟日活动", "新中国成立70周年": a yearly campaign
		// counted by ordinal or an anniversary tells the year reported on
		// better than the first year the text names or looks back to
		// ("1949年,南海区只有2家医院", "2022年至今").
		return y
	}
	if y := fileNameYear(rep.File); y > 0 && (rep.Title == fileTitle(rep.File) || askingHeadline(rep.Title)) && !namesTemplateYear(text) {
		// A text with no title or date of its own ("09_qinghai_gongbao_2023"),
		// or only a headline asking what it answers:
		// the year its file is named with, not one a note names in
		// passing ("湿地面积为2019年开展的…调查数据"); but a text that
		// names the year before it again and again, and its file's year
		// nowhere, is that year's results, filed when they were published
		// ("2023年民生实事任务已全部完成" in "…_shishi_2024").
		if onlyEarlierYear(Simplify(text), y) == y-1 {
			return y - 1
		}
		return y
	}
	if m := leadSpanToYear.FindStringSubmatch(Simplify(top)); m != nil && atoiYear(m[2]) > atoiYear(m[1]) {
		// "自2018年11月《…》实施至2024年9月,…累计节约…": the text counts
		// up to the span's end, the year it was written.
		return atoiYear(m[2])
	}
	if y := consolidatedYear(Simplify(text)); y > 0 {
		// "为巩固拓展2025年为民服务实事成效，…决定2026年继续…" with no
		// date of its own: the text builds on the year it names, and is of
		// the year after.
		if rep.PlanYear == 0 {
			rep.PlanYear = y + 1
		}
		return y + 1
	}
	if rep.Year > 0 {
		return rep.Year
	}
	if namesTemplateYear(text) {
		return 0
	}
	if y := signedDate(text); y > 0 {
		return y
	}
	if y := mostNamedYear(text); y > 0 {
		return y
	}
	// A bare table: the year its caption gives in brackets ("(2023) 单位:个").
	if m := bracketYear.FindStringSubmatch(top); m != nil {
		return atoiYear(m[1])
	}
	return 0
}

// headlineLastYear is a headline about last year: "我国去年共报告…",
// "去年全市…" (not "比去年同期", "较去年").
var headlineLastYear = regexp.MustCompile(`(?:^|[^比较与同])去年(?:[^同比底末]|$)`)

// leadSpanToYear is a span a text counts over, from a year to a later one:
// "自2018年11月…实施至2024年9月".
var leadSpanToYear = regexp.MustCompile(`(?:自|从)\s*((?:19|20)\d\d)\s*年[^。；;\n]{0,80}?(?:至|到)\s*((?:19|20)\d\d)\s*年`)

// buildsOnYear is a text building on a year's results: "巩固拓展2025年卫生
// 健康系统为民服务实事成效".
var buildsOnYear = regexp.MustCompile(`(?:巩固|拓展|延续|深化)\s*((?:19|20)\d\d)\s*年[^。；;]{0,30}?(?:成效|成果|经验)`)

// consolidatedYear is the year whose results a text says it builds on,
// when it names no year after the next; 0 otherwise.
func consolidatedYear(simp string) int {
	m := buildsOnYear.FindStringSubmatch(simp)
	if m == nil {
		return 0
	}
	y := atoiYear(m[1])
	for _, ym := range findYears(simp) {
		if ym.Year > y+1 {
			return 0
		}
	}
	return y
}

// asOfYear is a status dated by its year and the clause after it:
// "截至2021年底,免费为…筛查宫颈癌301291人".
var asOfYear = regexp.MustCompile(`截[至止]到?\s*((?:19|20)\d\d)\s*年([^。；;]*)`)

// statusYear is the latest year text (either script: 截至 is written
// alike) states a status as of ("截至2021年底，…"), not one it expects
// ("截至2025年底，将建成…"); 0 for none.
func statusYear(text string) int {
	latest := 0
	for _, m := range asOfYear.FindAllStringSubmatch(text, -1) {
		if containsAny(Simplify(m[2]), intentWords) {
			continue
		}
		latest = max(latest, atoiYear(m[1]))
	}
	return latest
}

// onlyEarlierYear is the year a text names most, at least twice, when it
// is before the year of its page's date and the text names that later
// year nowhere ("2022年" in no sentence; a document number "〔2022〕" or a
// date stamp is no sentence's year); 0 otherwise.
func onlyEarlierYear(text string, pageYear int) int {
	own, named := yearsOfText(text)
	if named[pageYear] {
		return 0
	}
	counts := map[int]int{}
	for _, y := range own {
		counts[y]++
	}
	best := 0
	for y, n := range counts {
		if n >= 2 && y < pageYear && (best == 0 || n > counts[best] || n == counts[best] && y > best) {
			best = y
		}
	}
	return best
}

// earlyReviewMonth is the last month in which a page that names only the
// year before is taken to report on it.
const earlyReviewMonth = 3

// forwardWords tell a text speaks of the year ahead.
var forwardWords = []string{"今年", "本年", "明年", "下一步", "计划", "打算", "力争"}

// dayNews dates what a text reports to a day of its own ("3月20日,…召开",
// "近日"): news of its page's date, not a review of the year before.
var dayNews = regexp.MustCompile(`\d{1,2}月\d{1,2}日|近日|日前|昨日|昨天|今天`)

// namesOnlyYearBefore reports whether a text names the year before its
// page's year as a year it is about, never the page's year, says nothing
// of the year ahead and reports no event of a day.
func namesOnlyYearBefore(text string, pageYear int) bool {
	own, named := yearsOfText(text)
	return !named[pageYear] && slices.Contains(own, pageYear-1) && !containsAny(text, forwardWords) && !dayNews.MatchString(text)
}

// yearsOfText lists, in order, the years a text names as years it is
// about (not a start, a span's start, a base, a deadline or a horizon),
// and every year it names at all.
func yearsOfText(text string) (own []int, named map[int]bool) {
	named = map[int]bool{}
	for _, y := range findYears(text) {
		if isDateline(lineAround(text, y.Start)) {
			continue // "发布时间:2019年06月26日12:33来源:湖北日报": the page's date
		}
		named[y.Year] = true
		switch before := text[max(0, y.Start-12):y.Start]; {
		case notPageYear(y.Year, before, text[y.End:]):
		case carriedInto(before):
			own = append(own, y.Year-1) // "余8件转2023年度办理" in a report of 2022
		default:
			own = append(own, y.Year)
		}
	}
	return own, named
}

// asOfMonth is a count's date of a month with no year ("截止10月8日",
// "截至9月底").
var asOfMonth = regexp.MustCompile(`(?:截止|截至)(?:到|目前|今年)?\s*(\d{1,2})\s*月`)

// asOfLaterMonth reports whether a text counts as of a month later in the
// year than month, the month its page was put up: it was written in the
// year before.
func asOfLaterMonth(text string, month int) bool {
	for _, m := range asOfMonth.FindAllStringSubmatch(text, -1) {
		if n, _ := strconv.Atoi(m[1]); n > month && n <= 12 {
			return true
		}
	}
	return false
}

// eventInLaterMonth reports whether a news text's lead names its event's
// day in a month later in the year than month, the month its page was put
// up ("12月23日,临沂市人民政府新闻办公室召开新闻发布会" on a page of
// January 2024): the event was in the year before. Only a lead's day
// counts: a later sentence may name a day still to come.
func eventInLaterMonth(text string, month int) bool {
	for _, line := range strings.Split(text[:min(len(text), maxEventLeadBytes*2)], "\n") {
		lead := line[:min(len(line), maxEventLeadBytes)]
		if i := strings.Index(lead, "。"); i >= 0 {
			lead = lead[:i]
		}
		if m := leadEventDay.FindStringSubmatch(lead); m != nil {
			n, _ := strconv.Atoi(m[1])
			return n > month && n <= 12
		}
	}
	return false
}

// leadEventDay is the day a news lead names with no year before it
// ("临沂报道 12月23日,", its spaces between words left out by then).
var leadEventDay = regexp.MustCompile(`(?:^|[^\d年])(\d{1,2})月\d{1,2}日[，,\s上下午晚]`)

// lineAround is the line of text that holds byte offset i, trimmed; ""
// when the line is longer than a date line may be (a paragraph of
// megabytes is not scanned once per year it names).
func lineAround(text string, i int) string {
	lo := max(0, i-maxPublicationLineBytes)
	start := strings.LastIndexByte(text[lo:i], '\n')
	if start < 0 && lo > 0 {
		return ""
	}
	start += lo + 1
	hi := min(len(text), i+maxPublicationLineBytes)
	end := strings.IndexByte(text[i:hi], '\n')
	switch {
	case end >= 0:
		end += i
	case hi == len(text):
		end = len(text)
	default:
		return ""
	}
	return strings.TrimSpace(text[start:end])
}

// isDateline reports whether a Simplified line is a page's publication
// date line ("发布时间:2019年06月26日12:33来源:湖北日报"), whose date is the
// page's; articleDateline is the looser test of any line under a headline
// that dates it or names its source.
func isDateline(line string) bool {
	return len(line) <= maxPublicationLineBytes && (publishedLine.MatchString(line) || stampLine.MatchString(line))
}

// namesTemplateYear reports whether a text writes a template's blank
// year ("20xx年", "*年").
func namesTemplateYear(text string) bool {
	for _, y := range findYears(text) {
		if y.Template {
			return true
		}
	}
	return false
}

// bracketYear is a year alone in brackets, as a table's caption writes it.
var bracketYear = regexp.MustCompile(`[（(]\s*((?:19|20)\d\d)\s*[)）]`)

// printedDate is the year of a date on its own short line among the first
// lines (a page's publication date: "2026-02-03 09:02:33", "长江日报
// 2025年05月11日 10:37").
func printedDate(top string) (year, month int) {
	n := 0
	for _, l := range strings.Split(top, "\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if n++; n > 20 {
			break
		}
		if m := leadingDate.FindStringSubmatch(l); m != nil {
			// "date 2024-12-07 24日上午，洛阳市举行…": a page's date run
			// into its first paragraph.
			month, _ = strconv.Atoi(m[2])
			return atoiYear(m[1]), month
		}
		if utf8.RuneCountInString(l) > 60 || containsSentenceEnd(l) {
			continue
		}
		if m := fullDate.FindStringSubmatch(l); m != nil {
			if mm := dateMonth.FindStringSubmatch(m[0]); mm != nil {
				month, _ = strconv.Atoi(mm[1])
			}
			return atoiYear(m[1]), month
		}
		if m := monthDateLine.FindStringSubmatch(l); m != nil {
			// "2024年3月" under a bulletin's issuer: its date, to the month.
			month, _ = strconv.Atoi(m[2])
			return atoiYear(m[1]), month
		}
	}
	return 0, 0
}

// monthDateLine is a date to the month alone on its line: "2024年3月".
var monthDateLine = regexp.MustCompile(`^((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月$`)

// leadingDate is a numeric date opening a line, after at most a short
// ASCII tag ("date 2024-12-07 …", "2024-12-07 08:51 …").
var leadingDate = regexp.MustCompile(`^(?:[A-Za-z]{1,12}[:：]?\s*)?((?:19|20)\d{2})[-/.](\d{1,2})[-/.]\d{1,2}(?:\s|$)`)

// dateMonth reads the month of a date matched by fullDate.
var dateMonth = regexp.MustCompile(`^\d{4}\s*[-年/.]\s*(\d{1,2})`)

// lastReviewMonth is the last month of the year in which a page of annual
// figures is taken to report the year before.
const lastReviewMonth = 6

// wholeYearPeriod is the period of a report's statistics that is one whole
// year: "统计期限从2022年1月1日起至2022年12月31日止".
var wholeYearPeriod = regexp.MustCompile(`((?:19|20)\d{2})\s*年\s*1\s*月\s*1\s*日\s*(?:起)?\s*(?:至|到|—|－|-|~)\s*(?:((?:19|20)\d{2})\s*年\s*)?12\s*月\s*31\s*日`)

// annualReview reports whether a text reports a whole year's results: it
// opens by looking back on the year ("过去一年，汕尾市卫生健康系统…"), or
// gives end of year stocks ("年末") or a year's totals compared with the
// year before ("全年…比上年"), with no part of a year named.
func annualReview(text string) bool {
	if opensLookingBack(text) {
		return true
	}
	if strings.Contains(text, "上半年") || strings.Contains(text, "一季度") || strings.Contains(text, "第一季度") {
		return false
	}
	return strings.Contains(text, "年末") || strings.Contains(text, "全年") && strings.Contains(text, "比上年")
}

// lookingBack opens a review of the year just ended.
var lookingBack = regexp.MustCompile(`^(?:过去(?:的)?一年|一年来|回首(?:过去的)?一年|回顾(?:过去的)?一年)`)

// opensLookingBack reports whether the first paragraph of a text (a line
// of enough Chinese to be prose, not an address) opens looking back on the
// year just ended.
func opensLookingBack(text string) bool {
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); CountHan(line) >= minOpeningRunes {
			return lookingBack.MatchString(Simplify(line))
		}
	}
	return false
}

// reviewOpensWith reports whether the first paragraph of a text opens with
// year y as its own clause ("2022年,在市委、市政府的坚强领导下,…" on a
// page of January 2023): a review of that year. A news story of a day's
// event ("3月19日下午,…召开新闻发布会") leads with the event: the review
// is then its speaker's, opening a sentence of the next paragraph ("他表
// 示,2025年,在…领导下").
func reviewOpensWith(text string, y int) bool {
	year := strconv.Itoa(y) + "年"
	opens := func(s string) bool {
		if m := reviewVerb.FindStringIndex(s); m != nil {
			s = s[m[1]:] // "▲何泽添回望2025年,…": the year looked back on
		}
		rest, ok := strings.CutPrefix(s, year)
		// "2023年是全面贯彻…的开局之年。" opens a bulletin on the year.
		return ok && (strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, "以来") || strings.HasPrefix(rest, "是"))
	}
	newsLead := false
	for _, line := range strings.Split(text, "\n") {
		// The first line of prose: a title or a dateline has no comma.
		if line = strings.TrimSpace(line); CountHan(line) < minOpeningRunes || !strings.ContainsAny(line, "，,。") {
			continue
		}
		if !newsLead {
			if opens(line) {
				return true
			}
			if sentenceOpensReview(line, opens, strconv.Itoa(y+1)+"年") {
				return true // "健康是需求，健康是责任。…2022年，贵州省卫生健康委大力实施…"
			}
			if !dayNews.MatchString(line) || strings.Contains(line, year) {
				return false
			}
			newsLead = true
			continue
		}
		for _, sentence := range strings.Split(line, "。") {
			if m := speakerSays.FindStringIndex(sentence); m != nil && opens(sentence[m[1]:]) {
				return true
			}
		}
		return false
	}
	return false
}

// sentenceOpensReview reports whether a later sentence of a text's first
// paragraph opens with the year reviewed (opens), no sentence before it
// naming the next year (next, "2023年") and none of it opening with that
// year: the paragraph's first sentences set the scene ("健康是需求，健康是
// 责任。"), then the review begins.
func sentenceOpensReview(line string, opens func(string) bool, next string) bool {
	found := false
	for i, s := range strings.Split(line, "。") {
		s = strings.TrimSpace(s)
		if !found && strings.Contains(s, next) || strings.HasPrefix(s, next) {
			return false // "…召开2025年卫生健康工作交流会议…。2024年,…": the meeting's
		}
		found = found || i > 0 && opens(s)
	}
	return found
}

// speakerSays opens a sentence with who speaks: "他表示,", "董希国介绍,".
var speakerSays = regexp.MustCompile(`^[^，,。]{0,30}?(?:表示|介绍|指出|说|讲到|强调)[，,:：]\s*`)

// reviewVerb opens a line looking back on a year, after a caption's
// words at most ("▲何泽添回望2025年,…", "回顾2023年，").
var reviewVerb = regexp.MustCompile(`^[^，,。]{0,8}?(?:` + reviewVerbs + `)`)

// reviewVerbs look back on a year: "回望2025年", "回眸2023年".
const reviewVerbs = `回望|回顾|回首|回眸|盘点|纵观`

// reviewsPlanEndingBefore reports whether the top of a text reviews a
// five-year plan's period that ended the year before y ("“十三五”时期，全市…"
// printed in March 2021): its figures are of that period, up to its end.
func reviewsPlanEndingBefore(top string, y int) bool {
	m := planPeriod.FindStringSubmatch(Simplify(top))
	return m != nil && PlanFirstYear(m[1])+4 == y-1
}

// signedDate is the year of the last date standing alone on a line (the
// date a notice is signed with).
func signedDate(text string) int {
	y := 0
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimSpace(l)
		if utf8.RuneCountInString(l) > 16 {
			continue
		}
		if m := fullDate.FindStringSubmatch(l); m != nil && strings.HasPrefix(l, m[0]) {
			y = atoiYear(m[1])
		}
	}
	return y
}

// mostNamedYear is the year the text names most, the first on a tie; but
// a text speaking of 今年 is of the latest of the years it names most
// ("2003年10月1日起,我国取消强制婚检…从今年1月份开始…2016年1月…": 2016),
// the earlier ones its history.
func mostNamedYear(text string) int {
	counts := map[int]int{}
	best := 0
	now := strings.Contains(text, "今年")
	own, _ := yearsOfText(text)
	for _, y := range own {
		counts[y]++
		if counts[y] > counts[best] || now && counts[y] == counts[best] && y > best {
			best = y
		}
	}
	return best
}

func atoiYear(s string) int {
	y := 0
	for _, c := range s {
		y = y*10 + int(c-'0')
	}
	return y
}

// assignPlaces gives every section and figure of a report its place: a
// section's is the place its heading names, else its parent's, else the
// report's; a figure's is the place that opens the clause of its sentence
// holding the number, else its section's.
func assignPlaces(work string, rep *Report) {
	type open struct {
		level int
		place string
	}
	var stack []open
	bySection := map[string]string{}
	for i := range rep.Sections {
		s := &rep.Sections[i]
		for len(stack) > 0 && stack[len(stack)-1].level >= s.Level {
			stack = stack[:len(stack)-1]
		}
		place := rep.Place
		if len(stack) > 0 {
			place = stack[len(stack)-1].place
		}
		if s.Level > 0 {
			if p := firstPlace(s.Heading); p != "" {
				place = p
			}
		}
		s.Place = place
		stack = append(stack, open{s.Level, place})
		if _, seen := bySection[s.PathString()]; !seen {
			bySection[s.PathString()] = place
		}
	}
	// One pass over the whole report, so that a short name is read in the
	// light of the whole text (海南 in a report on 青海 is 海南藏族自治州).
	text := work[rep.Span.Start:rep.Span.End]
	if rep.Traditional {
		text = findText(text)
	}
	mentions := places.Find(text)
	for i := range mentions {
		mentions[i].Start += rep.Span.Start
		mentions[i].End += rep.Span.Start
	}
	// The labels the report measures more than once (measuredLabels),
	// counted once, when a figure first needs them.
	measured := sync.OnceValue(func() map[string]int { return measuredLabels(rep.Figures) })
	for i := range rep.Figures {
		f := &rep.Figures[i]
		place, ok := bySection[f.Section]
		if !ok {
			place = rep.Place
		}
		if start := sentenceStart(work, f); start >= 0 {
			own := placeBefore(work, mentions, start, f.Span.Start) // the place opening the figure's own clause
			if own != "" && !places.Within(place, own) {
				place = own
			} else if own != "" && own != place && enclosingSubject(work, mentions, start, f.Span.Start, own) && measured()[withoutOpeningPlace(f.Label)] > 1 {
				// "…荷塘区居民健康素养水平为21.7%…,湖南省居民健康素养水平为
				// 18.3%" in a page of 荷塘区: the province opening the clause
				// is its subject where the page compares the measure.
				place = own
			} else if p := referredPlace(work, mentions, start, f.Span.Start); p != "" {
				place = p
			} else if p := sentenceSubjectPlace(work, mentions, start, f.Span.Start); own == "" && p != "" && p != place && places.Within(p, place) {
				// "石狮市行政区划内现行的…将统一为…,个人缴费标准为每人180元,
				// 大病患者最高可报销40万元" in a page of 泉州市: the place within
				// the report's that opens the sentence is its clauses' subject.
				place = p
			} else if p := statingPlace(work, mentions, start, f.Span.Start); own == "" && p != "" && p != place {
				// "例如,石家庄市明确,到今年4月底要完成401万人的首剂次接种": the
				// place whose words the clauses after give.
				place = p
			} else if p := bulletItemPlace(work, mentions, f.Span.Start); own == "" && p != "" && !places.Within(p, place) {
				place = p
			}
			// At most maxClause bytes back, as for placeBefore; the
			// Traditional only converted (全區 is 全区).
			before := work[max(start, backFrom(work, f.Span.Start)):f.Span.Start]
			if rep.Traditional {
				before = findText(before)
			}
			if whole := wholeAreaWord(before); whole != "" && own == "" {
				// "全市累计报告…24例(巴州区15例,…": a clause of its own place
				// after the whole area's is that place's.
				if subject := paragraphSubject(work, mentions, start, whole); subject != "" {
					// The whole area of the place the paragraph is about,
					// not of the report's (a news page filed under another).
					place = subject
				} else {
					place = wholeAreaOf(place, before)
				}
			} else if opener := paragraphPlace(work, mentions, start); own == "" && opener != "" && opener != place && !places.Within(place, opener) {
				// "3月24日,宜君县召开了全县卫生工作会议。…约100人参加会议" in
				// a page of 王益区's and 宜君县's meetings: the place the
				// paragraph opens with is its figures'.
				place = opener
			} else if own == "" {
				if prev := semicolonSentenceBefore(work, start); prev != "" && wholeAreaWord(prev) != "" {
					// "我省报告4.2万例,居全国第3位;报告发病率50.77/10万":
					// the clauses after a semicolon go on with its subject.
					place = wholeAreaOf(place, prev)
				}
			}
			if own == "" && countryClauses(before) {
				place = NationalPlace // "去年我国出生人口902万人,出生率为6.39‰"
			}
		}
		if p := rowPlace(f); p != "" && !places.Within(place, p) {
			place = p // "浙 江 | 20500.9 | …": a table's row of a place, its name spaced out
		}
		if p := partPlace(f.Label); p != "" {
			place = p // "本土无症状感染者：其中安达市": the part's place
		}
		f.Place = place
		if said := saidOfPlaceCount(work, f); said != "" {
			f.Label = said
		}
		f.Label = withoutOpeningPlace(f.Label)
	}
	respectivePlaces(work, mentions, rep)
	nationalComparisons(work, rep)
}

// semicolonSentenceBefore is the sentence that ends with a semicolon right
// before the one starting at byte start, as far back as a full stop, a line
// break or maxClause bytes; "" when the sentence before ends otherwise.
func semicolonSentenceBefore(work string, start int) string {
	before := strings.TrimRight(work[:start], " \t\u3000")
	if !strings.HasSuffix(before, "；") && !strings.HasSuffix(before, ";") {
		return ""
	}
	lo := max(0, len(before)-maxClause)
	for lo < len(before) && !utf8.RuneStart(before[lo]) {
		lo++
	}
	prev := before[lo:]
	if i := strings.LastIndexAny(strings.TrimRight(strings.TrimRight(prev, ";"), "；"), "。\n"); i >= 0 {
		_, size := utf8.DecodeRuneInString(prev[i:])
		prev = prev[i+size:]
	}
	return prev
}

// wholeAreaOf is the place a figure counts for when its clause, or one
// before it in the sentence, opens with the whole province or city as its
// subject ("截至2025年年底，全省140个县…共组建…185个，覆盖1812个…" in a
// report on 巨鹿县): the province or the city that holds place; place
// itself otherwise ("多年来一直位居全省…" only ranks it there).
func wholeAreaOf(place, before string) string {
	if !strings.Contains(before, "全") {
		return place
	}
	p, ok := places.Lookup(place)
	if !ok || p.Level == places.Province {
		return place
	}
	whole := wholeAreaWord(before)
	if whole == "" {
		return place
	}
	// A district's "全区" and a county-level city's "全市" are their own.
	own := strings.HasSuffix(p.Name, strings.TrimPrefix(whole, "全"))
	switch {
	case whole == "全省" && p.Province != "":
		return p.Province
	case whole == "全区" && strings.HasSuffix(p.Province, "自治区") && !own:
		return p.Province
	case (whole == "全市" || whole == "全州") && p.Level == places.County && p.Parent != "" && !own:
		return p.Parent
	}
	return place
}

// wholeAreaWord is the whole area ("全省", "全区", "全市", "全州", "全县") the last
// clause of before that opens with one names, or with a report's own word
// for it ("我省", "本市"); "" when none does.
func wholeAreaWord(before string) string {
	whole := ""
	for _, c := range strings.FieldsFunc(before, func(r rune) bool { return strings.ContainsRune("，,；;。：:(（", r) }) {
		c = strings.TrimSpace(c)
		if end, ok := leadingMarker(c); ok {
			c = c[end:] // "一、全市累计报告…": the clause after its outline number
		}
		for _, w := range []string{"全省", "全区", "全市", "全州", "全县", "我省", "本省", "我市", "本市", "我州", "我县", "本县"} {
			if strings.HasPrefix(c, w) && !strings.HasPrefix(c, "全州县") && !slices.ContainsFunc(rankAfterWholeArea, func(r string) bool { return strings.HasPrefix(c[len(w):], r) }) {
				whole = "全" + string([]rune(w)[1:]) // 我省 and 本省 speak for 全省

			}
		}
	}
	return whole
}

// rankAfterWholeArea, after "全省", rank the place a report is about within
// the province ("全省率先揭牌成立…"): the clause is the place's own, not
// the whole province's.
var rankAfterWholeArea = []string{"率先", "首个", "首家", "首批", "第一", "唯一", "领先", "前列"}

// leadingMarker is where an outline number opening s ends ("一、",
// "（二）", "3."); ok is false when s opens with none.
func leadingMarker(s string) (end int, ok bool) {
	m, ok := matchMarker(s, 0)
	return m.end, ok
}

// paragraphSubject is the place the paragraph holding byte at opens with
// ("广西基层医疗卫生机构达标率持续提升。全区建成社区医院127家…": 广西壮族自治区),
// perhaps after its time ("2020年,衡阳市…"), when it is an area of the
// kind whole names (区 for 全区); "" otherwise.
func paragraphSubject(work string, mentions []places.Mention, at int, whole string) string {
	if p, ok := paragraphOpeningPlace(work, mentions, at); ok && strings.HasSuffix(p.Name, strings.TrimPrefix(whole, "全")) {
		return p.Name
	}
	return ""
}

// paragraphPlace is the city or county the paragraph holding byte at
// opens with, perhaps after its date ("3月24日,宜君县召开了…"), "" when it
// opens otherwise.
func paragraphPlace(work string, mentions []places.Mention, at int) string {
	if p, ok := paragraphOpeningPlace(work, mentions, at); ok && (p.Level == places.County || p.Level == places.City) {
		return p.Name
	}
	return ""
}

// paragraphOpeningPlace is the place the paragraph holding byte at opens with,
// after its spaces and its time ("2020年,", "3月24日上午,"); ok is false
// when it opens with none.
func paragraphOpeningPlace(work string, mentions []places.Mention, at int) (places.Place, bool) {
	p := strings.LastIndexByte(work[:at], '\n') + 1
	for p < at {
		r, size := utf8.DecodeRuneInString(work[p:])
		if !unicode.IsSpace(r) {
			break
		}
		p += size
	}
	head := work[p:min(len(work), p+maxLeadingTimeBytes)]
	if d := leadingDay.FindStringIndex(head); d != nil {
		p += d[1]
	} else if d := leadingTime.FindStringIndex(head); d != nil {
		p += d[1] // "2020年,衡阳市、县两级…": the year, then the subject
	}
	for _, m := range mentions {
		if m.Start == p {
			return m.Place, true
		}
	}
	return places.Place{}, false
}

// leadingDay is the day a paragraph of news opens with before its
// subject: "3月24日,", "12月22日上午，".
var leadingDay = regexp.MustCompile(`^(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚|晚上)?\s*[,，]\s*`)

// leadingTime is the time a paragraph opens with before its subject:
// "2020年,", "截至2023年底，", "今年上半年，".
var leadingTime = regexp.MustCompile(`^(?:截至|截止|到)?(?:(?:19|20)\d{2}年|今年|去年)(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|以来|上半年|下半年|全年)?\s*[,，]\s*`)

// maxLeadingTimeBytes bounds the text read for a paragraph's leading time.
const maxLeadingTimeBytes = 64

// measuredLabels counts a report's figures by label without the place it
// opens with: a label counted twice is a measure the page gives of several
// places.
func measuredLabels(figs []Figure) map[string]int {
	n := map[string]int{}
	for _, f := range figs {
		n[withoutOpeningPlace(f.Label)]++
	}
	return n
}

// enclosingSubject reports whether own, a place enclosing the report's
// that opens a figure's clause (placeBefore), is the clause's subject: no
// body is named by it ("湖南省卫生健康委下达我县…" is the province's
// office acting) and no place within it follows before the figure
// ("湖南省株洲市荷塘区居民…" is the district's).
func enclosingSubject(work string, mentions []places.Mention, from, at int, own string) bool {
	last := -1
	for i := sort.Search(len(mentions), func(i int) bool { return mentions[i].Start >= from }); i < len(mentions) && mentions[i].End <= at; i++ {
		if mentions[i].Place.Name == own {
			last = i
		} else if last >= 0 {
			return false
		}
	}
	return last >= 0 && orgAt(work[mentions[last].End:]) == 0
}

// placeBefore is the place that opens the clause holding byte at (the
// clause's subject: "成都市人均预期寿命达到80岁", "其中，凉山州新建…"),
// looking from byte from on (the sentence). A place named deeper in the
// clause or in an earlier clause is not the figure's ("重庆东至黔江段等340个
// 项目", "“西宁—成都—曼谷”航线开通，进出口总值增长17.6%"); names in a book
// title and ambiguous ones are left out.
func placeBefore(work string, mentions []places.Mention, from, at int) string {
	// The clause starts after the last separator before the figure; the
	// scan goes back from the figure and at most maxClause bytes, so a
	// sentence with many figures costs its length once per figure's clause,
	// not once per figure (a run-on paragraph made this quadratic).
	lo := max(from, at-maxClause)
	clause := -1
	for j := at; j > lo; {
		r, size := utf8.DecodeLastRuneInString(work[lo:j])
		if strings.ContainsRune("，,；;。：:！？!?(（\n", r) { // "(巴州区15例,…": a breakdown opens a clause
			clause = j
			break
		}
		j -= size
	}
	if clause < 0 {
		if lo > from {
			return "" // a clause this long opens with no place that is the figure's
		}
		clause = from
	}
	i := sort.Search(len(mentions), func(i int) bool { return mentions[i].Start >= clause })
	if i == len(mentions) || mentions[i].End > at {
		return ""
	}
	if p := listedPlaceOf(work, mentions[i:], at); p != "" {
		return p
	}
	m := mentions[i]
	if m.Place.Level != places.Province && m.Place.Province == "" {
		return ""
	}
	if inBookTitle(work[lo:at], m.Start-lo) || !opensClause(work[clause:m.Start]) {
		return ""
	}
	if i+1 < len(mentions) && mentions[i+1].End <= at && strings.TrimSpace(work[m.End:mentions[i+1].Start]) == "、" {
		// "哈尔滨、大庆等地3家医院": several places of the area, not the
		// first's own; the city or province holding them both.
		switch p := mentions[i+1].Place; {
		case p.Parent != "" && p.Parent == m.Place.Parent:
			return p.Parent
		case p.Province != "" && p.Province == m.Place.Province:
			return p.Province
		}
		return ""
	}
	return m.Place.Name
}

// listedPlaceOf is the place of a number that is an item of a list of
// places, each with its own number ("其中湖北68例、吉林836例": 吉林 for
// 836): the place named right before the number at, after a "、"; ""
// otherwise. mentions are those from the number's clause on.
func listedPlaceOf(work string, mentions []places.Mention, at int) string {
	last := -1
	for k := range mentions {
		if mentions[k].End > at {
			break
		}
		last = k
	}
	if last <= 0 {
		return "" // the clause's first place opens it: placeBefore's own rule
	}
	m := mentions[last]
	if strings.TrimSpace(work[m.End:at]) != "" || !strings.HasSuffix(strings.TrimSpace(work[:m.Start]), "、") {
		return ""
	}
	if m.Place.Level != places.Province && m.Place.Province == "" {
		return "" // ambiguous
	}
	return m.Place.Name
}

// referringWord is a place referred back to by its kind: "该县", "该市".
var referringWord = regexp.MustCompile(`该(县|区|市|旗|州)`)

// referredPlace is the place a figure's sentence refers back to by its
// kind before the figure ("汶川县率先开展试点。该县建立了…;每年统筹资金近
// 1000万元"): the last place of that kind named before the referring word
// in its paragraph; "" when the sentence refers to none or none is named.
func referredPlace(work string, mentions []places.Mention, from, at int) string {
	// The figure's sentence to its full stop: clauses after a semicolon
	// go on with its subject.
	lo := max(0, at-maxClause)
	if k := strings.LastIndexAny(work[lo:from], "。\n"); k >= 0 {
		from = lo + k + 1
	}
	start := max(from, lo)
	m := referringWord.FindAllStringSubmatchIndex(work[start:at], -1)
	if m == nil {
		return ""
	}
	last := m[len(m)-1]
	kind := work[start+last[2] : start+last[3]]
	para := strings.LastIndexByte(work[:from], '\n') + 1
	// Named before the referring word: in the sentences before, or earlier
	// in its own ("到鹤岗市萝北县后发现,该县…").
	refAt := start + last[0]
	i := sort.Search(len(mentions), func(i int) bool { return mentions[i].Start >= refAt })
	for i--; i >= 0 && mentions[i].Start >= para; i-- {
		p := mentions[i].Place
		if strings.HasSuffix(p.Name, kind) && (p.Level == places.Province || p.Province != "") {
			return p.Name
		}
	}
	return ""
}

// clausePlaces calls keep with each resolved place named in a figure's
// sentence before the figure (from: the sentence's start, at: the figure)
// and the words of its clause before it, back to the last comma or
// semicolon; a place whose clause starts beyond the bytes looked at is left
// out. The last place keep holds for is returned, "" for none.
func clausePlaces(work string, mentions []places.Mention, from, at int, keep func(m places.Mention, lead string) bool) string {
	lo := max(from, at-maxClause)
	i := sort.Search(len(mentions), func(i int) bool { return mentions[i].Start >= lo })
	best := ""
	for ; i < len(mentions) && mentions[i].End <= at; i++ {
		m := mentions[i]
		if !resolved(m.Place) {
			continue
		}
		lead := work[lo:m.Start]
		if k := strings.LastIndexAny(lead, "，,；;"); k >= 0 {
			lead = lead[k+1:]
		} else if lo > from {
			continue // the clause's start lies beyond the bytes looked at
		}
		if keep(m, strings.TrimSpace(lead)) {
			best = m.Place.Name
		}
	}
	return best
}

// sentenceSubjectPlace is the place that opens one of the clauses of a
// figure's sentence before the figure's own, the last such; "" when no
// clause opens with a place. A clause that only gives a place its number
// ("其中大武口区788人,惠农区404人,平罗县923人,早孕建册人数2386人") is an
// item of a breakdown, no subject of the clauses after it.
func sentenceSubjectPlace(work string, mentions []places.Mention, from, at int) string {
	return clausePlaces(work, mentions, from, at, func(m places.Mention, lead string) bool {
		return lead == "" && !breakdownItem(work[m.End:at])
	})
}

// placeNumberOnly is what follows a place in a clause that only gives its
// number: "923人", "15例", "3.2%".
var placeNumberOnly = regexp.MustCompile(`^\s*[0-9][0-9.,]*\s*\p{Han}{0,3}[%‰]?\s*$`)

// breakdownItem reports whether the clause after a place, up to the next
// comma or semicolon, only gives the place its number.
func breakdownItem(after string) bool {
	if k := strings.IndexAny(after, "，,；;、"); k >= 0 {
		return placeNumberOnly.MatchString(after[:k])
	}
	return false
}

// statingPlace is the place a clause before a figure's opens as the one
// stating what follows ("例如,石家庄市明确,…", "浙江省提出,…"), "" when none
// does.
func statingPlace(work string, mentions []places.Mention, from, at int) string {
	return clausePlaces(work, mentions, from, at, func(m places.Mention, lead string) bool {
		after := work[m.End:at]
		k := strings.IndexAny(after, "，,")
		return k >= 0 && slices.Contains(statingVerbs, strings.TrimSpace(after[:k])) && (lead == "" || lead == "例如" || lead == "比如" || lead == "如")
	})
}

// statingVerbs end a clause that says a place states what follows.
var statingVerbs = []string{"明确", "提出", "要求", "规定", "表示", "宣布", "计划", "明确提出", "要求各地"}

// maxClause bounds, in bytes, how far back a figure's clause is looked for.
const maxClause = 1024

// opensClause reports whether the words before a place in its clause still
// leave it the clause's subject: nothing, or a few characters such as
// "其中", "全", "在", "2025年".
func opensClause(lead string) bool {
	lead = strings.TrimSpace(lead)
	if lead == "" {
		return true
	}
	if ys := findYears(lead); len(ys) == 1 && ys[0].Start == 0 {
		lead = strings.TrimSpace(lead[ys[0].End:])
	}
	for _, w := range []string{"其中", "全", "在", "对", "由", "为", "据", "截至目前", "目前", "同时", "此外", "另外"} {
		lead = strings.TrimPrefix(lead, w)
	}
	return strings.TrimSpace(lead) == ""
}

// inBookTitle reports whether byte i of s stands between 《 and 》.
func inBookTitle(s string, i int) bool {
	open := strings.LastIndex(s[:i], "《")
	return open >= 0 && !strings.Contains(s[open:i], "》")
}

// firstPlace is the first place s names, "" if none or it is ambiguous.
func firstPlace(s string) string {
	for _, m := range places.Find(findText(s)) {
		if resolved(m.Place) {
			return m.Place.Name
		}
	}
	return ""
}

// sentenceStart finds where a figure's sentence starts in the text, -1 if
// it cannot be found around the figure.
func sentenceStart(work string, f *Figure) int {
	from := max(0, f.Span.Start-len(f.Sentence))
	to := min(len(work), f.Span.End+len(f.Sentence))
	if i := strings.Index(work[from:to], f.Sentence); i >= 0 && from+i <= f.Span.Start {
		return from + i
	}
	return -1
}

// redate dates the sections, passages and figures of a report whose year
// was found only after they were built (from its body or its date line):
// they were left undated, and now take the year as if the title had given
// it. Figures keep a year their own sentence named.
func redate(work string, rep *Report) {
	times := sectionTimes(rep.Sections)
	if rep.PlanYear > 0 && rep.PlanYear < rep.Year {
		// Resolved from a year the text named before its own was found
		// ("1949年全国仅35岁" over a page of 2020): plans look ahead.
		rep.PlanYear = 0
	}
	if rep.PlanYear == 0 {
		rep.PlanYear = resolvePlanYear(rep.Sections, times, rep.Year, 0, rep.Kind, rep.Period, reviewsYearBefore(rep.Title))
	}
	dateSections(rep, times)
	listDeadlines(work, rep.Sections, times, rep.Year) // "到2020年将实现:" over its list, as at first
	years := map[string]int{}
	for _, s := range rep.Sections {
		years[s.PathString()] = s.Year
	}
	for i := range rep.Chunks {
		if c := &rep.Chunks[i]; c.Year == 0 {
			c.Year = years[c.Section]
		}
	}
	for i := range rep.Figures {
		if f := &rep.Figures[i]; f.Year == 0 {
			f.Year = years[f.Section]
		}
	}
}

// soleWholeArea is the one place a text names, when it names only one and
// speaks of its whole area ("濮阳县以人民群众…" then "全县新增城镇就业3715
// 人"): the text is that place's; "" otherwise.
func soleWholeArea(body string) string {
	name := ""
	for _, m := range places.Find(body) {
		if !resolved(m.Place) {
			continue
		}
		if name != "" && m.Place.Name != name {
			return ""
		}
		name = m.Place.Name
	}
	if name == "" {
		return ""
	}
	_, size := utf8.DecodeLastRuneInString(name)
	if strings.Contains(body, "全"+name[len(name)-size:]) {
		return name
	}
	return ""
}
