package slackbot

import (
	"context"
	"errors"
	"sync"
	"time"

	"github.com/slack-go/slack"
)

// What staff are told when a limit is reached.
const (
	msgRateLimited  = "请求太多，请稍等一分钟再问。"
	msgBusy         = "现在提问的人较多，请稍后再试。"
	msgShuttingDown = "系统正在重启维护，请稍后再问。"
	msgFailed       = "抱歉，处理时出错了，请稍后再试。"
	msgTimedOut     = "抱歉，这个问题处理时间过长，请换个说法或稍后再试。"
	msgInterrupted  = "抱歉，系统重启打断了这次回答，请稍后重新提问。"
)

// userLimiter allows each user at most n requests in any sliding minute.
type userLimiter struct {
	mu     sync.Mutex
	n      int
	window time.Duration
	now    func() time.Time
	recent map[string][]time.Time // user → times of accepted requests, oldest first
	warned map[string]time.Time   // user → when last told to slow down
}

func newUserLimiter(perMinute int, now func() time.Time) *userLimiter {
	return &userLimiter{n: perMinute, window: time.Minute, now: now, recent: map[string][]time.Time{}, warned: map[string]time.Time{}}
}

// allow records a request by user and reports whether it is within the
// limit; when it is not, warn says whether to tell the user (once a window).
func (l *userLimiter) allow(user string) (ok, warn bool) {
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

func (l *userLimiter) sweep(now time.Time) {
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

// withRetry runs a Slack call, honouring 429s: on *slack.RateLimitedError
// it waits Retry-After (capped at maxWait) and tries again, at most retries
// times. Other errors are returned at once.
func withRetry(ctx context.Context, retries int, maxWait time.Duration, call func(context.Context) error) error {
	for attempt := 0; ; attempt++ {
		err := call(ctx)
		var rl *slack.RateLimitedError
		if err == nil || !errors.As(err, &rl) || attempt >= retries {
			return err
		}
		wait := min(max(rl.RetryAfter, 100*time.Millisecond), maxWait)
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
	}
}
