package corpus

import (
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
	secs = append(secs, Section{Level: 0, Span: body, Body: trimSpan(work, Span{body.Start, preEnd})})
	var path []string
	var levels []int
	for i, h := range heads {
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
			Path:    append([]string(nil), path...),
			Heading: strings.TrimSpace(work[h.heading.Start:h.heading.End]),
			Number:  h.m.text,
			Level:   h.level,
			Span:    trimSpan(work, Span{h.m.start, end}),
			Body:    trimSpan(work, Span{start, bodyEnd}),
		})
	}
	return secs
}

// maxKindHeadingRunes: only short headings name a part of a report; a long
// heading sentence that mentions "计划" is content.
const maxKindHeadingRunes = 30

// assignKinds gives every section a kind: a short heading at the top two
// levels that says plan or summary sets its subtree; others inherit.
func assignKinds(secs []Section, defaultKind Kind) {
	kinds := map[int]Kind{0: defaultKind}
	secs[0].Kind = defaultKind
	for i := 1; i < len(secs); i++ {
		s := &secs[i]
		k := kinds[s.Level-1]
		for l := s.Level - 1; k == "" && l >= 0; l-- {
			k = kinds[l]
		}
		if s.Level <= 2 && utf8.RuneCountInString(s.Heading) <= maxKindHeadingRunes {
			if hk := headingKind(Simplify(s.Heading)); hk != "" {
				k = hk
			}
		}
		s.Kind = k
		kinds[s.Level] = k
		for l := s.Level + 1; l < s.Level+8; l++ {
			delete(kinds, l)
		}
	}
}

// resolvePlanYear decides the year a report's plan part is for: a plan
// heading's own year, else the one the title gave, else the year after the
// summary's (one document holding this year's summary and next year's plan).
func resolvePlanYear(secs []Section, year, titlePlanYear int, defaultKind Kind) int {
	for _, s := range secs {
		if s.Kind == KindPlan && s.Level >= 1 && s.Level <= 2 {
			if y, _ := firstYear(Simplify(s.Heading)); y > 0 {
				return y
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
	if !hasPlan {
		return 0
	}
	if year == 0 {
		return 0
	}
	hasSummary := false
	for _, s := range secs {
		if s.Kind == KindSummary && s.Level >= 1 {
			hasSummary = true
			break
		}
	}
	if defaultKind == KindPlan && !hasSummary {
		return year
	}
	return year + 1
}

// assignYears dates every section: a heading's own year wins for its
// subtree; otherwise summaries take the report's year and plans its plan year.
func assignYears(secs []Section, year, planYear int) {
	own := map[int]int{}
	for i := range secs {
		s := &secs[i]
		for l := range own {
			if l >= s.Level {
				delete(own, l)
			}
		}
		if s.Level >= 1 && s.Level <= 2 {
			if y, _ := firstYear(Simplify(s.Heading)); y > 0 && headingKind(Simplify(s.Heading)) != "" {
				own[s.Level] = y
			}
		}
		y := 0
		for l := s.Level; l >= 1 && y == 0; l-- {
			y = own[l]
		}
		if y == 0 {
			if s.Kind == KindPlan {
				y = planYear
			} else {
				y = year
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
