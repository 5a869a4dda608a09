package retrieval

import (
	"iter"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func seqOf(docs []keyedDoc, passes *atomic.Int32) iter.Seq[keyedDoc] {
	return func(yield func(keyedDoc) bool) {
		passes.Add(1)
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
	var passes atomic.Int32
	ids, changed, gone := diffKeyword(seqOf(docs, &passes), old, len(docs))
	if passes.Load() != 1 || len(ids) != 40 || ids[5] != docs[5].keyedID {
		t.Errorf("%d passes, %d ids", passes.Load(), len(ids))
	}
	var got []string
	for _, d := range changed {
		got = append(got, d.id)
	}
	if !slices.Equal(got, []string{"d3", "d7"}) || !slices.Equal(gone, []string{"gone1", "gone2"}) {
		t.Errorf("changed %q gone %q", got, gone)
	}
	// In two parts, read side by side: the same, in the same order.
	passes.Store(0)
	pids, pchanged, pgone := diffKeywordParts(old, len(docs), seqOf(docs[:25], &passes), seqOf(docs[25:], &passes))
	if passes.Load() != 2 || !slices.Equal(pids, ids) || !slices.Equal(pgone, gone) || len(pchanged) != len(changed) || pchanged[0].id != "d3" || pchanged[1].id != "d7" {
		t.Errorf("in parts: %d passes, %d ids, changed %v, gone %q", passes.Load(), len(pids), pchanged, pgone)
	}
	// All changed: only the first few past the share are kept.
	_, changed, _ = diffKeyword(seqOf(docs, &passes), map[string]uint64{}, len(docs))
	if limit := int(maxStaleShare*float64(len(docs))) + 1; len(changed) != limit {
		t.Errorf("%d changed documents kept, want %d", len(changed), limit)
	}
}

// TestDiffKeywordPartsSideBySide: the parts are read at the same time
// (each waits here for the other to have started).
func TestDiffKeywordPartsSideBySide(t *testing.T) {
	var started sync.WaitGroup
	started.Add(2)
	met := make(chan bool, 2)
	part := func(id string) iter.Seq[keyedDoc] {
		return func(yield func(keyedDoc) bool) {
			started.Done()
			done := make(chan struct{})
			go func() { started.Wait(); close(done) }()
			select {
			case <-done:
				met <- true
			case <-time.After(3 * time.Second):
				met <- false
			}
			yield(keyedDoc{keyedID: keyedID{id: id}})
		}
	}
	ids, _, _ := diffKeywordParts(map[string]uint64{}, 2, part("a"), part("b"))
	if a, b := <-met, <-met; !a || !b {
		t.Error("the parts were read one after the other")
	}
	if len(ids) != 2 || ids[0].id != "a" || ids[1].id != "b" {
		t.Errorf("ids %v", ids)
	}
}
