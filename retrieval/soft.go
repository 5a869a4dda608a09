package retrieval

import (
	"strconv"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/places"
)

// Years, kind and place read from a question rank passages rather than
// exclude them: a passage that matches ranks first, one whose year or place
// is unknown stays a candidate, and one that says another year or place
// ranks last. Search then keeps only the matching passages when some match
// (an explicit year or place is not answered from another), and reports
// the relaxation when none does.

// Weights multiplied into a passage's fused score, per filter.
const (
	weightMatch    = 1.0
	weightUnknown  = 0.7  // the passage's year or place is not known
	weightOther    = 0.45 // the passage is about another year or place
	weightKindMiss = 0.8  // plan asked, summary found (or the reverse): a hint only
	// weightWithin: the passage is about a place inside the one asked (a
	// city's report for a question about its province): it answers, after
	// the place's own.
	weightWithin = 0.85
)

// match says how a passage stands to one filter.
type match int

const (
	matchNone    match = iota // the filter is not set
	matchYes                  // the passage is about what was asked
	matchUnknown              // the passage does not say
	matchNo                   // the passage is about another year or place
	matchWithin               // the passage is about a place inside the one asked
)

// matches reports whether m is a match: the asked year or place, or a place
// inside it.
func (m match) matches() bool { return m == matchYes || m == matchWithin }

// softFilters are the ranking filters of one search, prepared once.
type softFilters struct {
	years     map[int]bool
	yearWords []string // "2023年" …
	kind      corpus.Kind
	place     places.Place
	placeSet  bool
	forms     []string // the asked place's full and short names
}

func newSoftFilters(f corpus.Filters) softFilters {
	s := softFilters{kind: f.Kind}
	if len(f.Years) > 0 {
		s.years = map[int]bool{}
		for _, y := range f.Years {
			s.years[y] = true
			s.yearWords = append(s.yearWords, strconv.Itoa(y)+"年")
		}
	}
	if f.Place != "" {
		s.placeSet = true
		s.place = places.Place{Name: f.Place}
		if p, ok := places.Lookup(f.Place); ok && p.Name == f.Place {
			s.place = p
		}
		s.forms = []string{s.place.Name}
		if s.place.Short != "" && s.place.Short != s.place.Name {
			s.forms = append(s.forms, s.place.Short)
		}
	}
	return s
}

// yearMatch says whether a passage of year (0: unknown) with text is about
// an asked year: its own year, or a sentence naming the year.
func (s softFilters) yearMatch(year int, text string) match {
	switch {
	case s.years == nil:
		return matchNone
	case s.years[year]:
		return matchYes
	}
	for _, w := range s.yearWords {
		if strings.Contains(text, w) {
			return matchYes
		}
	}
	if year == 0 {
		return matchUnknown
	}
	return matchNo
}

// placeMatch says whether a passage of a report about place (canonical,
// "" when unknown) is about the asked place: the same place, a place inside
// it, or a passage naming it. text returns the passage's normalised text;
// it is called only when the place alone does not decide.
func (s softFilters) placeMatch(place string, text func() string) match {
	if !s.placeSet {
		return matchNone
	}
	if place == s.place.Name {
		return matchYes
	}
	t := text()
	for _, f := range s.forms {
		if strings.Contains(t, f) {
			return matchYes
		}
	}
	if place == "" {
		return matchUnknown
	}
	if p, ok := places.Lookup(place); ok && (p.Province == s.place.Name || p.Parent == s.place.Name) {
		return matchWithin
	}
	return matchNo
}

// weight is the factor a passage's score is multiplied by.
func (s softFilters) weight(year match, place match, kind corpus.Kind) float64 {
	w := 1.0
	for _, m := range []match{year, place} {
		switch m {
		case matchUnknown:
			w *= weightUnknown
		case matchNo:
			w *= weightOther
		case matchWithin:
			w *= weightWithin
		}
	}
	if s.kind != "" && kind != "" && kind != s.kind {
		w *= weightKindMiss
	}
	return w
}

// reportPlace is the canonical place a report is about: as ingest read
// it, else the place its title names (reports ingested before places were
// read), else "" (unknown).
func reportPlace(r *corpus.Report) string {
	if r.Place != "" {
		return r.Place
	}
	for _, m := range places.Find(r.Title) {
		if m.Place.Name != "" {
			return m.Place.Name
		}
	}
	return ""
}

// chunkPlace is the place a passage is about: its section's, else its
// report's.
func chunkPlace(c indexedChunk) string {
	for _, s := range c.report.Sections {
		if s.PathString() == c.Section && s.Place != "" {
			return s.Place
		}
	}
	return reportPlace(c.report)
}
