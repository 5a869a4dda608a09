package slackbot

import (
	"context"
	"errors"
	"time"

	"github.com/slack-go/slack"

	"github.com/healthbot/healthbot/internal/chatkit"
)

// What staff are told when a limit is reached.
const (
	msgRateLimited  = chatkit.MsgRateLimited
	msgBusy         = chatkit.MsgBusy
	msgShuttingDown = chatkit.MsgShuttingDown
	msgFailed       = chatkit.MsgFailed
	msgTimedOut     = chatkit.MsgTimedOut
	msgInterrupted  = chatkit.MsgInterrupted
)

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
