package slackbot

import (
	"sync"
	"time"
)

// dedupe remembers keys (event ids, channel+ts of messages) for a while, so
// an event Slack delivers twice, or one message that arrives both as an
// app_mention and as a message event, is answered once. Slack retries an
// event for about five minutes; keys are kept for ttl (at least ten).
type dedupe struct {
	mu        sync.Mutex
	ttl       time.Duration
	now       func() time.Time
	seen      map[string]time.Time // key → when first seen
	lastSweep time.Time
}

// dedupeMaxKeys bounds memory if Slack floods: past it, expired keys are
// swept at once instead of once a minute.
const dedupeMaxKeys = 200_000

func newDedupe(ttl time.Duration, now func() time.Time) *dedupe {
	return &dedupe{ttl: ttl, now: now, seen: map[string]time.Time{}}
}

// seenOrAdd reports whether any of the keys was seen within ttl; either way
// all of them are remembered from now on. Empty keys are ignored.
func (d *dedupe) seenOrAdd(keys ...string) bool {
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

func (d *dedupe) sweep(now time.Time) {
	for k, t := range d.seen {
		if now.Sub(t) >= d.ttl {
			delete(d.seen, k)
		}
	}
	d.lastSweep = now
}

// len is how many keys are remembered (tests).
func (d *dedupe) len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.seen)
}
