package chatkit

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Why a job was not queued.
var (
	ErrDraining  = errors.New("shutting down")
	ErrQueueFull = errors.New("queue full")
)

// Refusal is what to tell someone whose request was not queued.
func Refusal(err error) string {
	if errors.Is(err, ErrDraining) {
		return MsgShuttingDown
	}
	return MsgBusy
}

// Pool runs jobs on a fixed number of workers with a bounded queue; jobs
// never wait to be queued. Jobs get a context that is cancelled only when
// Drain gives up on them.
type Pool struct {
	mu       sync.Mutex // guards draining and sending on jobs
	draining bool
	jobs     chan func(context.Context)
	workers  sync.WaitGroup
	ctx      context.Context
	cancel   context.CancelFunc
}

// NewPool starts workers workers with room for queue waiting jobs.
func NewPool(workers, queue int) *Pool {
	ctx, cancel := context.WithCancel(context.Background())
	p := &Pool{jobs: make(chan func(context.Context), queue), ctx: ctx, cancel: cancel}
	for range workers {
		p.workers.Go(func() {
			for j := range p.jobs {
				j(p.ctx)
			}
		})
	}
	return p
}

// Submit queues a job without waiting: ErrDraining after Drain began,
// ErrQueueFull when every worker is busy and the queue is full.
func (p *Pool) Submit(job func(context.Context)) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.draining {
		return ErrDraining
	}
	select {
	case p.jobs <- job:
		return nil
	default:
		return ErrQueueFull
	}
}

// Draining reports whether Drain began.
func (p *Pool) Draining() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.draining
}

// Drain stops taking jobs and waits for those queued and running, at most
// timeout; then it cancels their context and waits a little more. It
// reports whether every job finished in time.
func (p *Pool) Drain(timeout time.Duration) bool {
	p.mu.Lock()
	if !p.draining {
		p.draining = true
		close(p.jobs)
	}
	p.mu.Unlock()
	done := make(chan struct{})
	go func() { p.workers.Wait(); close(done) }()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-done:
		p.cancel()
		return true
	case <-t.C:
	}
	p.cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
	}
	return false
}

// Failure is what staff are told when an answer failed: interrupted by
// shutdown (ctx done), out of time (actx, the answer's own deadline), or
// anything else.
func Failure(ctx, actx context.Context, err error) string {
	switch {
	case ctx.Err() != nil:
		return MsgInterrupted
	case errors.Is(err, context.DeadlineExceeded) || actx.Err() != nil:
		return MsgTimedOut
	}
	return MsgFailed
}

// LiveContext is ctx, or a short fresh one when ctx was cancelled
// (shutdown abandoned the answer), so that the person is still told.
func LiveContext(ctx context.Context) (context.Context, func()) {
	if ctx.Err() == nil {
		return ctx, func() {}
	}
	return context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
}
