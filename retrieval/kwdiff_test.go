package retrieval

import (
	"iter"
	"slices"
	"strconv"
	"testing"
)

func seqOf(docs []keyedDoc, passes *int) iter.Seq[keyedDoc] {
	return func(yield func(keyedDoc) bool) {
		*passes++
		for _, d := range docs {
			if !yield(d) {
				return
			}
		}
	}
}

// TestDiffKeyword: one pass over the documents gives their ids, those
// new or changed since the live generation, and the ids gone; past
// maxStaleShare changed, no more documents are kept.
func TestDiffKeyword(t *testing.T) {
	var docs []keyedDoc
	old := map[string]uint64{"gone1": 1, "gone2": 2}
	for i := range 40 {
		id := "d" + strconv.Itoa(i)
		docs = append(docs, keyedDoc{keyedID: keyedID{id: id, hash: uint64(i)}})
		old[id] = uint64(i)
	}
	old["d3"] = 99    // changed
	delete(old, "d7") // new
	passes := 0
	ids, changed, gone := diffKeyword(seqOf(docs, &passes), old, len(docs))
	if passes != 1 || len(ids) != 40 || ids[5] != docs[5].keyedID {
		t.Errorf("%d passes, %d ids", passes, len(ids))
	}
	var got []string
	for _, d := range changed {
		got = append(got, d.id)
	}
	if !slices.Equal(got, []string{"d3", "d7"}) || !slices.Equal(gone, []string{"gone1", "gone2"}) {
		t.Errorf("changed %q gone %q", got, gone)
	}
	// All changed: only the first few past the share are kept.
	_, changed, _ = diffKeyword(seqOf(docs, &passes), map[string]uint64{}, len(docs))
	if limit := int(maxStaleShare*float64(len(docs))) + 1; len(changed) != limit {
		t.Errorf("%d changed documents kept, want %d", len(changed), limit)
	}
}
