package openaihttp

import (
	"context"
	"errors"
	"math/rand/v2"
	"time"

	"github.com/cenkalti/backoff/v5"
)

// Policy says how often and how long Retry tries.
type Policy struct {
	// MaxTries is the number of attempts, the first included; at least 1.
	MaxTries int
	// MaxMalformed is how many Malformed responses are retried (within
	// MaxTries); 0 retries none.
	MaxMalformed int
	// Initial and Max bound the exponential backoff: the wait before retry
	// n is drawn uniformly from [0, min(Max, Initial·2^(n-1))] ("full
	// jitter").
	Initial, Max time.Duration
	// RetryAfterCap is the longest Retry-After honoured; a longer one is
	// cut to it. A Retry-After replaces the backoff wait.
	RetryAfterCap time.Duration
	// MaxElapsed, if positive, refuses a wait that would end more than
	// MaxElapsed after the first attempt started.
	MaxElapsed time.Duration
}

// Stats tells how Retry went.
type Stats struct {
	// Attempts is the number of attempts made.
	Attempts int
	// Refused is the wait Retry did not start because it would pass the
	// deadline of the context or Policy.MaxElapsed; 0 otherwise.
	Refused time.Duration
}

// Retry calls attempt until it succeeds, fails with an error that is not a
// retryable *Error (see Error.Retryable), or the policy's budget is spent.
// It does not start a wait that would pass the deadline of ctx, and returns
// as soon as ctx ends. The error is that of the last attempt, even when ctx
// ended meanwhile (check ctx.Err()); if ctx had ended before the first
// attempt, it is ctx.Err() and no attempt is made.
//
// The waits are those of github.com/cenkalti/backoff/v5, with full jitter;
// a Retry-After in the error replaces the backoff wait.
func Retry[T any](ctx context.Context, p Policy, attempt func(ctx context.Context) (T, error)) (T, Stats, error) {
	var (
		zero      T
		st        Stats
		last      error
		malformed int
		wait      time.Duration // the wait after the last attempt
	)
	if err := ctx.Err(); err != nil {
		return zero, st, err
	}
	bo := &jitter{exp: &backoff.ExponentialBackOff{
		InitialInterval:     p.Initial,
		RandomizationFactor: 0,
		Multiplier:          2,
		MaxInterval:         p.Max,
	}}
	op := func() (T, error) {
		st.Attempts++
		v, err := attempt(ctx)
		last = err
		if err == nil {
			return v, nil
		}
		var e *Error
		if !errors.As(err, &e) || !e.Retryable() {
			return zero, backoff.Permanent(err)
		}
		if e.Kind == Malformed {
			if malformed++; malformed > p.MaxMalformed {
				return zero, backoff.Permanent(err)
			}
		}
		if e.RetryAfter > 0 {
			wait = min(e.RetryAfter, p.RetryAfterCap)
			return zero, &backoff.RetryAfterError{Duration: wait}
		}
		wait = bo.peek()
		return zero, err
	}

	// backoff stops when the elapsed time plus the next wait passes
	// maxElapsed: the deadline of ctx becomes such a limit.
	maxElapsed := p.MaxElapsed
	if dl, ok := ctx.Deadline(); ok {
		left := max(time.Until(dl)-time.Nanosecond, time.Nanosecond) // a wait ending at the deadline is refused
		if maxElapsed <= 0 || left < maxElapsed {
			maxElapsed = left
		}
	}
	v, err := backoff.Retry(ctx, op,
		backoff.WithBackOff(bo),
		backoff.WithMaxTries(uint(max(p.MaxTries, 1))),
		backoff.WithMaxElapsedTime(maxElapsed),
	)
	if err == nil {
		return v, st, nil
	}
	var e *Error
	if ctx.Err() == nil && st.Attempts < max(p.MaxTries, 1) && errors.As(last, &e) && e.Retryable() &&
		(e.Kind != Malformed || malformed <= p.MaxMalformed) {
		st.Refused = wait
	}
	return zero, st, last
}

// jitter draws each wait uniformly from [0, the exponential interval]. The
// draw for the next wait is made in advance, so that Retry can tell which
// wait it refused.
type jitter struct {
	exp  *backoff.ExponentialBackOff
	next time.Duration
	set  bool
}

func (j *jitter) Reset() { j.exp.Reset(); j.set = false }

// peek draws the next wait without consuming it.
func (j *jitter) peek() time.Duration {
	if !j.set {
		d := j.exp.NextBackOff()
		if d > 0 {
			d = time.Duration(rand.Int64N(int64(d) + 1))
		}
		j.next, j.set = d, true
	}
	return j.next
}

// NextBackOff implements backoff.BackOff.
func (j *jitter) NextBackOff() time.Duration {
	d := j.peek()
	j.set = false
	return d
}
