package retrieval

import (
	"slices"
	"testing"
)

// Keyword hits of equal score come in the order of their ids, whatever
// order the index's build numbered them in: the same corpus ingested twice
// answers the same.
func TestKeywordHitsOfEqualScoreByID(t *testing.T) {
	hits := []keywordHit{{ID: "c", Score: 1}, {ID: "a", Score: 2}, {ID: "b", Score: 1}, {ID: "a2", Score: 1}}
	sortKeywordHits(hits)
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	if want := []string{"a", "a2", "b", "c"}; !slices.Equal(ids, want) {
		t.Errorf("order %v, want %v", ids, want)
	}
}
