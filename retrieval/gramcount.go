package retrieval

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// gramCount is one distinct n-gram of a text: its key, its order weight
// (of its last occurrence) and how often it occurs.
type gramCount struct {
	key uint64
	w   float64
	n   int
}

// gramCounts counts the distinct n-grams of a text, in the order of their
// first occurrence; one is reused from text to text.
type gramCounts struct {
	grams []gramCount
	at    map[uint64]int32 // key -> index in grams
}

// count replaces the counts with those of text.
func (c *gramCounts) count(text string) {
	c.grams = c.grams[:0]
	if c.at == nil {
		c.at = make(map[uint64]int32, 1024)
	} else {
		clear(c.at)
	}
	grams(text, func(k uint64, w float64) {
		if i, ok := c.at[k]; ok {
			c.grams[i].n++
			c.grams[i].w = w
			return
		}
		c.at[k] = int32(len(c.grams))
		c.grams = append(c.grams, gramCount{key: k, w: w, n: 1})
	})
}

// parallelPiece is how many items a worker of parallelChunks takes at a
// time.
const parallelPiece = 64

// parallelChunks calls fn on consecutive pieces [lo, hi) of [0, n), from
// up to GOMAXPROCS goroutines at once, and returns once all are done, or
// ctx's error if it ended first (some pieces then not done).
func parallelChunks(ctx context.Context, n int, fn func(lo, hi int)) error {
	workers := min(runtime.GOMAXPROCS(0), (n+parallelPiece-1)/parallelPiece)
	var next atomic.Int64
	work := func() {
		for ctx.Err() == nil {
			lo := int(next.Add(parallelPiece)) - parallelPiece
			if lo >= n {
				return
			}
			fn(lo, min(lo+parallelPiece, n))
		}
	}
	if workers <= 1 {
		work()
		return ctx.Err()
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Go(work)
	}
	wg.Wait()
	return ctx.Err()
}
