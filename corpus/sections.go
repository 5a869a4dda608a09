package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// buildSections turns the headings of a report into sections. The first
// section is the preamble (level 0, empty path): the text before the first
// heading. Each later section spans its heading and everything under it.
func buildSections(work string, body Span, heads []outlineHeading) []Section {
	secs := make([]Section, 0, len(heads)+1)
	preEnd := body.End
	if len(heads) > 0 {
		preEnd = heads[0].m.start
	}
	secs = append(secs, Section{Level: 0, Span: body, Body: trimSpan(work, Span{body.Start, preEnd}), Part: mainPart})
	var path []string
	var levels []int
	part := mainPart
	for i, h := range heads {
		if p := partLabel(h.m); p != "" {
			part = p
		}
		for len(levels) > 0 && levels[len(levels)-1] >= h.level {
			levels = levels[:len(levels)-1]
			path = path[:len(path)-1]
		}
		levels = append(levels, h.level)
		path = append(path, h.m.canonical()+h.display)
		end := body.End
		for _, next := range heads[i+1:] {
			if next.level <= h.level {
				end = next.m.start
				break
			}
		}
		bodyEnd := end
		if i+1 < len(heads) && heads[i+1].m.start < bodyEnd {
			bodyEnd = heads[i+1].m.start
		}
		start := h.body
		if start > bodyEnd {
			start = bodyEnd
		}
		secs = append(secs, Section{
			Path:     append([]string(nil), path...),
			Heading:  strings.TrimSpace(work[h.heading.Start:h.heading.End]),
			Number:   h.m.text,
			Level:    h.level,
			Span:     trimSpan(work, Span{h.m.start, end}),
			Body:     trimSpan(work, Span{start, bodyEnd}),
			Part:     part,
			openings: openingSentences(work[start:bodyEnd], maxOpenings),
			lead:     runInLead(work, h.m.start),
		})
	}
	return secs
}

// mainPart names the body of a report, as opposed to its annexes.
const mainPart = "正文"

// maxKindHeadingRunes: only short headings name a part of a report; a long
// heading sentence that mentions "计划" is content.
const maxKindHeadingRunes = 30

// sectionTime reads a section's heading for its year and kind; a long
// heading (a sentence with a number in front) says nothing. A top heading
// that names neither ("一、一年接着一年干，…") is read through the first
// sentence under it (see openingTime).
func sectionTime(s Section) headingTime {
	if s.Level == 0 || utf8.RuneCountInString(s.Heading) > maxKindHeadingRunes {
		return headingTime{}
	}
	ht := readHeadingTime(Simplify(s.Heading))
	if lt := leadTime(s.lead); s.Level == 1 && ht.year == 0 && !ht.relative && ht.kind == "" && lt.year > 0 {
		// "一是抓党建" run in after "2021年,…将以…建设。": the lead's time.
		return lt
	}
	if s.Level == 1 && ht.year == 0 && !ht.relative {
		ot := partOpeningTime(s.openings)
		if ht.kind == "" {
			ht.kind, ht.strong = ot.kind, ot.strong
		}
		ht.year, ht.period, ht.relative, ht.rel = ot.year, ot.period, ot.relative, ot.rel
	} else if s.Level == 1 && ht.period && ht.kind == "" {
		// "三、…全力推动“十五五”开好局" opening "2026年是“十五五”开局之
		// 年": the year the part is about, not the period it starts.
		if ot := partOpeningTime(s.openings); ot.year > 0 && !ot.period && !ot.relative {
			ht.year, ht.period = ot.year, false
		}
	}
	return ht
}

// runInLead is the sentence that opens the line a run-in heading stands in
// ("2021年,某局将以党建为统领,…建设。一是抓党建。…"): it introduces the
// items, and its time is theirs. "" when the heading opens its line.
func runInLead(work string, at int) string {
	lineStart := strings.LastIndexByte(work[:at], '\n') + 1
	before := strings.TrimSpace(work[lineStart:at])
	if before == "" {
		return ""
	}
	if i := strings.Index(before, "。"); i >= 0 {
		return before[:i+len("。")]
	}
	return ""
}

// leadTime is the time a run-in list's lead sentence gives its items: the
// year it opens with, and a plan when it says what is to be done
// ("2021年,江门市卫生健康局将以…": the 2021 plan).
func leadTime(lead string) headingTime {
	if lead == "" {
		return headingTime{}
	}
	ot := openingTime(lead)
	if ot.year == 0 || ot.relative || ot.period {
		return headingTime{}
	}
	if ot.kind == "" && containsAny(Simplify(lead), intentWords) {
		ot.kind = KindPlan
	}
	return ot
}

// sectionTimes is sectionTime of each of secs: the passes that assign
// kinds and years read them several times, and they change none of what
// it reads (heading, level, openings).
func sectionTimes(secs []Section) []headingTime {
	times := make([]headingTime, len(secs))
	for i, s := range secs {
		times[i] = sectionTime(s)
	}
	return times
}

// maxOpenings is how many paragraphs of a part are read for its time: a
// part of a work report may open with a paragraph or two of context before
// "2025年是…之年" ("二、牢记历史使命，…" of a report on 2024 and 2025).
const maxOpenings = 3

// partOpeningTime reads a part's opening sentences in order: the first
// one for its kind and time, a later one only when it opens with a year or
// period, which then also gives the kind it states.
func partOpeningTime(openings []string) headingTime {
	var ht headingTime
	for i, o := range openings {
		ot := openingTime(o)
		if i > 0 && ot.year == 0 {
			continue // a later paragraph counts only when it opens with a year
		}
		if ht.kind == "" && ot.kind != "" {
			ht.kind, ht.strong = ot.kind, ot.strong
		}
		if ot.year > 0 || ot.relative {
			ht.year, ht.period, ht.relative, ht.rel = ot.year, ot.period, ot.relative, ot.rel
			break
		}
	}
	return ht
}

// openingSentences returns the first sentence (see firstSentence) of each
// of the first n paragraphs of text.
func openingSentences(text string, n int) []string {
	var out []string
	for len(out) < n {
		s := firstSentence(text)
		if s == "" {
			break
		}
		out = append(out, s)
		i := strings.Index(text, s)
		if i < 0 {
			break
		}
		rest := text[i+len(s):]
		nl := strings.IndexByte(rest, '\n')
		if nl < 0 {
			break
		}
		text = rest[nl+1:]
	}
	return out
}

// openingTime reads the first sentence of a section for its year and kind
// the way the opening of a government work report's part states them:
// "2025年是“十四五”收官之年。一年来，…" (a summary of 2025), "“十五五”时期
// 是…" (2030), "2026年是“十五五”开局之年" (2026). Only a year or period
// opening the sentence counts, and only a kind stated outright.
func openingTime(sentence string) headingTime {
	h := Simplify(strings.TrimSpace(sentence))
	// "比上年增支3.1亿元" compares with the year before: it dates nothing.
	h = comparedYear.ReplaceAllString(h, "")
	// "印发《2020年…重点任务》,细化目标任务": the name of a document issued
	// and the tasks broken down are work done, no plan of the part's own.
	h = documentName.ReplaceAllString(h, "")
	h = tasksHandled.ReplaceAllString(h, "")
	if h == "" {
		return headingTime{}
	}
	ht := readHeadingTime(h)
	if !ht.strong {
		ht.kind = ""
	}
	if ht.year > 0 && !ht.relative && !openingYear.MatchString(h) {
		ht.year, ht.period = 0, false
	}
	return ht
}

// documentName is the name of a document between title marks.
var documentName = regexp.MustCompile(`《[^《》]*》`)

// tasksHandled are tasks as the object of work on them: broken down,
// handed down, signed ("细化目标任务", "分解下达重点任务").
var tasksHandled = regexp.MustCompile(`(?:细化|分解|下达|签订|量化|压实)(?:了|下达)?[^，。；,;]{0,6}?(?:目标任务|重点任务|工作任务|任务)`)

// comparedYear is a year a figure is compared with ("比上年", "较去年同期").
var comparedYear = regexp.MustCompile(`(?:比|较|同|与|相比)(?:去年|上年度|上一年|上年|前一年)(?:同期)?`)

// openingYear is a year or a five-year period opening a sentence.
var openingYear = regexp.MustCompile(`^(?:[“"]?(?:` + planName + `|[0-9]{4}\s*年)|[0-9]{4}\s*年)`)

// firstSentence is the text up to the first 。 (the whole of a short text
// without one), at most 80 runes, from the first line that holds a
// sentence: the rest of a heading written on its line ("，奋力谱写…篇章")
// is not it.
func firstSentence(text string) string {
	text = strings.TrimSpace(text)
	for {
		line, rest, ok := strings.Cut(text, "\n")
		if !ok || strings.Contains(line, "。") || utf8.RuneCountInString(line) > 40 {
			break
		}
		text = strings.TrimSpace(rest)
	}
	if i := strings.Index(text, "。"); i >= 0 {
		text = text[:i+len("。")]
	}
	if rs := []rune(text); len(rs) > 80 {
		text = string(rs[:80])
	}
	return text
}

// assignKinds gives every section a kind. A heading that states its kind
// outright ("工作回顾", "工作安排", "下一步", "下半年") sets its subtree at any
// level; a weaker word ("成效", "目标") only a top section, or a second-level
// one whose parent did not say. A heading naming a year after the year the
// report reviews is a plan ("三、2026年重点工作" after "一、2025年工作回顾"),
// and one naming a five-year period or a deadline after it too ("十五五",
// "到2030年"). A top section that says nothing after a plan part stays plan:
// reports review first and plan after. Others inherit.
func assignKinds(secs []Section, times []headingTime, defaultKind Kind) {
	kinds := map[int]Kind{0: defaultKind}
	stated := map[int]bool{0: false}
	secs[0].Kind = defaultKind
	reviewed := 0 // the year the summary headings so far review
	var prevTop Kind
	prevTopStated := false
	for i := 1; i < len(secs); i++ {
		s := &secs[i]
		k, st := defaultKind, false
		for l := s.Level - 1; l >= 0; l-- {
			if pk, ok := kinds[l]; ok {
				k, st = pk, stated[l]
				break
			}
		}
		ht := times[i]
		switch {
		case ht.kind != "" && (ht.strong || s.Level == 1):
			k, st = ht.kind, true
		case ht.year > 0 && !ht.relative && reviewed > 0 && (ht.kind == "" || s.Level == 1):
			if ht.year > reviewed {
				k, st = KindPlan, true
			} else if ht.year < reviewed || ht.period {
				k, st = KindSummary, true
			}
		case ht.year > 0 && ht.period && ht.kind == "":
			// "十五五" with no review year to compare: read by the document's default.
		case s.Level == 1 && ht.kind == "" && prevTop == KindPlan && prevTopStated:
			k, st = KindPlan, true
		}
		if ht.kind != "" && s.Level == 1 && !ht.strong && ht.year > 0 && !ht.relative && reviewed > 0 && ht.year > reviewed {
			k = KindPlan // "三、2026年目标" after a 2025 review
		}
		if k == KindSummary && ht.year > 0 && !ht.relative && !ht.period && (reviewed == 0 || s.Level == 1) {
			reviewed = ht.year
		}
		s.Kind = k
		kinds[s.Level], stated[s.Level] = k, st
		for l := s.Level + 1; l < s.Level+8; l++ {
			delete(kinds, l)
			delete(stated, l)
		}
		if s.Level == 1 {
			prevTop, prevTopStated = k, st
		}
	}
}

// reviewYear is the year a report's summary part is about: the first year
// a top summary heading names (or a deeper one that says its kind), else
// the year before the report's when its plan part is for the report's own
// year or it is a deliveredReport (reviewsYearBefore), else the report's
// year.
func reviewYear(secs []Section, times []headingTime, year int, deliveredReport bool) int {
	if y := headingReviewYear(secs, times); y > 0 {
		return y
	}
	if year > 0 && (deliveredReport || plansOwnYear(secs, times, year)) {
		// "一、工作回顾 … 二、2026年工作安排" in a report of 2026: the
		// review is of the year before.
		return year - 1
	}
	return year
}

// headingReviewYear is the year a summary heading names for the review,
// 0 when none does.
func headingReviewYear(secs []Section, times []headingTime) int {
	for i, s := range secs {
		if s.Kind != KindSummary || s.Level == 0 {
			continue
		}
		// A deeper heading's year counts only when the heading says its
		// kind ("（一）2025年工作回顾"), not a year named in passing ("7.万元
		// GDP能耗按2020年不变价格计算" in a bulletin's notes).
		if ht := times[i]; ht.year > 0 && !ht.relative && !ht.period && (s.Level == 1 || ht.kind != "") {
			return ht.year
		}
	}
	return 0
}

// plansOwnYear reports whether a report of year plans that same year in a
// top heading ("二、2026年工作安排") while no heading speaks of a half-year
// (a half-year report reviews and plans one year).
func plansOwnYear(secs []Section, times []headingTime, year int) bool {
	own := false
	for i, s := range secs {
		if s.Level < 1 || s.Level > 2 {
			continue
		}
		h := Simplify(s.Heading)
		if containsAny(h, thisPartOfYear) || containsAny(h, nextPartOfYear) {
			return false
		}
		if s.Kind != KindPlan {
			continue
		}
		// "三、对今年政府工作的建议": this year's plan, as a heading with
		// the year written would be.
		if ht := times[i]; ht.year == year && !ht.relative && !ht.period || ht.relative && ht.rel == 0 && !strings.Contains(h, "以来") {
			own = true
		}
	}
	return own
}

// resolvePlanYear decides the year a report's plan part is for: a plan
// heading's own year, else the one the title gave; else the report's own
// year for a half-year report ("下半年工作安排") or a report that reviews an
// earlier year (a 政府工作报告 of 2026 reviews 2025 and plans 2026); else the
// year after the summary's (this year's summary and next year's plan).
func resolvePlanYear(secs []Section, times []headingTime, year, titlePlanYear int, defaultKind Kind, period string, deliveredReport bool) int {
	half := period == PeriodFirstHalf
	for i, s := range secs {
		if s.Kind == KindPlan && s.Level >= 1 && s.Level <= 2 {
			ht := times[i]
			if ht.year > 0 && !ht.relative && !ht.period {
				return ht.year
			}
			if ht.relative && ht.rel == 0 && containsAny(Simplify(s.Heading), nextPartOfYear) {
				half = true // the rest of the report's own year
			}
		}
	}
	if titlePlanYear != 0 {
		return titlePlanYear
	}
	hasPlan := false
	for _, s := range secs {
		if s.Kind == KindPlan {
			hasPlan = true
			break
		}
	}
	if !hasPlan || year == 0 {
		return 0
	}
	if half {
		return year
	}
	if ry := reviewYear(secs, times, year, deliveredReport); ry < year {
		return year
	}
	hasSummary := false
	for _, s := range secs {
		if s.Kind == KindSummary && s.Level >= 1 && !isBackground(Simplify(s.Heading)) {
			// A plan's background reviews no year of its own.
			hasSummary = true
			break
		}
	}
	if defaultKind == KindPlan && !hasSummary {
		return year
	}
	return year + 1
}

// dateSections dates a report's sections once its year and plan year are
// known (assignYears), a budget statement's account of the unit in the
// budget's own year.
func dateSections(rep *Report, times []headingTime) {
	assignYears(rep.Sections, times, rep.Year, rep.PlanYear, rep.Period, reviewsYearBefore(rep.Title))
	budgetOwnYear(rep.Sections, Simplify(rep.Title), rep.Year)
}

// assignYears dates every section: a heading's own year ("2025年工作回顾",
// "十五五" → 2030, "下半年" → the report's year) holds for its subtree while
// the kind stays the same; otherwise summaries take the year the report
// reviews and plans its plan year. A year named in a deeper heading only
// counts when the heading also says its kind, so "（三）巩固2025年成果" in a
// plan part stays in the plan's year.
func assignYears(secs []Section, times []headingTime, year, planYear int, period string, deliveredReport bool) {
	type own struct {
		year int
		kind Kind
	}
	owns := map[int]own{}
	review := reviewYear(secs, times, year, deliveredReport)
	if period != PeriodYear && review == year-1 && headingReviewYear(secs, times) == 0 {
		// "2022年上半年工作总结暨下半年工作计划": a half-year report reviews
		// and plans one year, whatever its headings say.
		review = year
	}
	for i := range secs {
		s := &secs[i]
		for l := range owns {
			if l >= s.Level {
				delete(owns, l)
			}
		}
		y := 0
		if s.Level >= 1 {
			ht := times[i]
			switch {
			case ht.relative && year > 0:
				y = year + ht.rel
			case ht.year > 0 && (s.Level == 1 || s.Part != "" || ht.kind != "" || ht.period):
				y = ht.year
			}
			if y > 0 && ht.period && ht.kind == "" && s.Kind == KindSummary && y > review && review > 0 {
				y = 0 // a five-year period mentioned in a review heading
			}
			if y > 0 {
				owns[s.Level] = own{y, s.Kind}
			}
		}
		if y == 0 {
			for l := s.Level - 1; l >= 1 && y == 0; l-- {
				if o, ok := owns[l]; ok && o.kind == s.Kind {
					y = o.year
				}
			}
		}
		if y == 0 {
			if s.Kind == KindPlan {
				y = planYear
			} else {
				y = review
			}
		}
		s.Year = y
	}
}

// dominantKind is the kind holding most of a report's text.
func dominantKind(secs []Section, defaultKind Kind) Kind {
	var plan, summary int
	for _, s := range secs {
		n := s.Body.Len()
		if s.Kind == KindPlan {
			plan += n
		} else {
			summary += n
		}
	}
	switch {
	case plan > summary:
		return KindPlan
	case summary > 0:
		return KindSummary
	}
	return defaultKind
}
