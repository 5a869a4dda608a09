package ingest

import (
	"maps"
	"testing"

	"github.com/healthbot/healthbot/corpus"
)

// TestSignaturesBesideReading: the signatures the reading workers compute
// are those dedupe would (so it finds them all in its cache and computes
// none), and those already known are not computed again.
func TestSignaturesBesideReading(t *testing.T) {
	doc := corpus.Parse("a.txt", reportA+"\n\n"+reportB, corpus.Meta{}, corpus.Options{})
	got := signatures(&doc, nil)
	if len(got) == 0 {
		t.Fatal("no signatures")
	}
	cache := map[uint64]corpus.Signature{}
	corpus.DedupeCached([]*corpus.Document{&doc}, cache)
	if !maps.Equal(got, cache) {
		t.Errorf("workers' signatures differ from dedupe's: %d vs %d", len(got), len(cache))
	}
	if again := signatures(&doc, cache); len(again) != 0 {
		t.Errorf("%d known signatures computed again", len(again))
	}
}
