package chatkit

import (
	"sync"
	"time"
)

// Dedupe remembers keys (event ids, message ids) for a while, so that a
// message a platform delivers twice is answered once. Keys are kept for ttl.
type Dedupe struct {
	mu        sync.Mutex
	ttl       time.Duration
	now       func() time.Time
	seen      map[string]time.Time // key → when first seen
	lastSweep time.Time
}

// dedupeMaxKeys bounds memory under a flood: past it, expired keys are
// swept at once instead of once a minute.
const dedupeMaxKeys = 200_000

// NewDedupe remembers keys for ttl, reading the time from now.
func NewDedupe(ttl time.Duration, now func() time.Time) *Dedupe {
	return &Dedupe{ttl: ttl, now: now, seen: map[string]time.Time{}}
}

// SeenOrAdd reports whether any of the keys was seen within ttl; either way
// all of them are remembered from now on. Empty keys are ignored.
func (d *Dedupe) SeenOrAdd(keys ...string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	now := d.now()
	if now.Sub(d.lastSweep) > time.Minute || len(d.seen) > dedupeMaxKeys {
		d.sweep(now)
	}
	dup := false
	for _, k := range keys {
		if k == "" {
			continue
		}
		if t, ok := d.seen[k]; ok && now.Sub(t) < d.ttl {
			dup = true
		}
	}
	for _, k := range keys {
		if k == "" {
			continue
		}
		if t, ok := d.seen[k]; !ok || now.Sub(t) >= d.ttl {
			d.seen[k] = now
		}
	}
	return dup
}

func (d *Dedupe) sweep(now time.Time) {
	for k, t := range d.seen {
		if now.Sub(t) >= d.ttl {
			delete(d.seen, k)
		}
	}
	d.lastSweep = now
}

// Len is how many keys are remembered.
func (d *Dedupe) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.seen)
}
