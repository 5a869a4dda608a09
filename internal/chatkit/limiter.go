package chatkit

import (
	"sync"
	"time"
)

// UserLimiter allows each user at most n requests in any sliding minute.
type UserLimiter struct {
	mu     sync.Mutex
	n      int
	window time.Duration
	now    func() time.Time
	recent map[string][]time.Time // user → times of accepted requests, oldest first
	warned map[string]time.Time   // user → when last told to slow down
}

// NewUserLimiter allows perMinute requests per user; 0 or less: no limit.
func NewUserLimiter(perMinute int, now func() time.Time) *UserLimiter {
	return &UserLimiter{n: perMinute, window: time.Minute, now: now, recent: map[string][]time.Time{}, warned: map[string]time.Time{}}
}

// Allow records a request by user and reports whether it is within the
// limit; when it is not, warn says whether to tell the user (once a window).
func (l *UserLimiter) Allow(user string) (ok, warn bool) {
	if l.n <= 0 {
		return true, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if len(l.recent) > 10_000 {
		l.sweep(now)
	}
	times := l.recent[user]
	for len(times) > 0 && now.Sub(times[0]) >= l.window {
		times = times[1:]
	}
	if len(times) >= l.n {
		l.recent[user] = times
		if w, ok := l.warned[user]; ok && now.Sub(w) < l.window {
			return false, false
		}
		l.warned[user] = now
		return false, true
	}
	l.recent[user] = append(times, now)
	return true, false
}

func (l *UserLimiter) sweep(now time.Time) {
	for u, times := range l.recent {
		if len(times) == 0 || now.Sub(times[len(times)-1]) >= l.window {
			delete(l.recent, u)
		}
	}
	for u, w := range l.warned {
		if now.Sub(w) >= l.window {
			delete(l.warned, u)
		}
	}
}
