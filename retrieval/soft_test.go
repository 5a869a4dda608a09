package retrieval

import (
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// A passage about a place inside the one asked (a city's, for a question
// about its province) matches, ranked after the place's own and before a
// passage of unknown place.
func TestPlaceWithinRanksAfterOwn(t *testing.T) {
	s := newSoftFilters(corpus.Filters{Place: "河北省"})
	text := func() string { return "" }
	own, within, unknown := s.placeMatch("河北省", text), s.placeMatch("石家庄市", text), s.placeMatch("", text)
	if !own.matches() || !within.matches() || unknown.matches() {
		t.Fatalf("matches: own %v within %v unknown %v", own, within, unknown)
	}
	wo, ww, wu := s.weight(matchNone, own, ""), s.weight(matchNone, within, ""), s.weight(matchNone, unknown, "")
	if !(wo > ww && ww > wu) {
		t.Errorf("weights own %.2f within %.2f unknown %.2f, want them in that order", wo, ww, wu)
	}
}
