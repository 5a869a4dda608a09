package bot

import (
	"context"
	"strings"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/corpus/places"
)

// Staff name counties and cities by their short form ("扬中和无锡的人均预期
// 寿命", "新乡搞公共卫生…"), but many short forms are ordinary words (天台,
// 和平, 白云), so the question reader does not take them as places from the
// text alone unless a boundary or a level follows. A short form counts when
// the reports hold passages of that place: it is written out ("扬中" →
// "扬中市", "新乡" → "新乡市") before the question is read.

// maxShortPlaceChecks bounds the searches one question may cost.
const maxShortPlaceChecks = 3

// levelChars follow a place name written with its level.
const levelChars = "省市县区州盟旗"

// expandShortPlaces writes out the county and city short forms in q that name a place
// the reports hold and that are not already part of a place name read.
func (b *Bot) expandShortPlaces(ctx context.Context, q string) string {
	taken := make([]bool, len(q))
	for _, m := range places.Find(q) {
		for i := m.Start; i < m.End; i++ {
			taken[i] = true
		}
	}
	checks := 0
	var out strings.Builder
	last := 0
	rs := []rune(q)
	at := 0 // byte offset of rs[i]
	for i := 0; i+2 <= len(rs); i++ {
		form := string(rs[i : i+2])
		start := at
		at += len(string(rs[i]))
		if start < last || taken[start] || taken[start+len(form)-1] {
			continue
		}
		if i+2 < len(rs) && strings.ContainsRune(levelChars, rs[i+2]) {
			continue // written with its level: the reader has it
		}
		p, ok := places.Lookup(form)
		if !ok || (p.Level != places.County && p.Level != places.City) || p.Short != form || checks >= maxShortPlaceChecks {
			continue
		}
		checks++
		if !b.reportsHold(ctx, q, p.Name) {
			continue
		}
		out.WriteString(q[last:start])
		out.WriteString(p.Name)
		last = start + len(form)
	}
	if last == 0 {
		return q
	}
	out.WriteString(q[last:])
	return out.String()
}

// reportsHold reports whether a search for q finds passages of the place.
func (b *Bot) reportsHold(ctx context.Context, q, place string) bool {
	res, err := b.search.Search(ctx, corpus.Query{Text: q, Filters: corpus.Filters{Place: place}, K: 3})
	if err != nil || res.NoPlace {
		return false
	}
	for _, h := range res.Hits {
		if h.Place == place {
			return true
		}
	}
	return false
}
