package main

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/healthbot/healthbot/admin"
	"github.com/healthbot/healthbot/bot"
)

// adminLog keys.
const logKeyAddr = "addr"

// adminEndpoints are serve's /healthz, /readyz and /metrics on admin.addr.
type adminEndpoints struct {
	metrics *admin.Metrics
	search  atomic.Pointer[servedIndex] // set once the index is loaded
	srv     *admin.Server
}

// startAdmin serves the admin endpoints when admin.addr is set, and
// returns nil when it is not. /readyz says ready once serving sets the
// searcher.
func (e *env) startAdmin(log *slog.Logger) (*adminEndpoints, error) {
	if e.cfg.Admin.Addr == "" {
		return nil, nil
	}
	a := &adminEndpoints{}
	a.metrics = admin.NewMetrics(func() float64 {
		if s := a.search.Load(); s != nil {
			if m, err := (*s).Manifest(); err == nil {
				return float64(m.Chunks)
			}
		}
		return 0
	})
	srv, err := admin.Start(e.cfg.Admin.Addr, admin.Handler(a.metrics, a.ready), log)
	if err != nil {
		return nil, err
	}
	a.srv = srv
	log.Info("admin endpoints listening (/healthz, /readyz, /metrics)", logKeyAddr, srv.Addr())
	return a, nil
}

// ready is /readyz: the index is loaded and searchable.
func (a *adminEndpoints) ready() error {
	s := a.search.Load()
	if s == nil {
		return errors.New("the index is not loaded yet")
	}
	_, err := (*s).Manifest()
	return err
}

// onAnswer counts an answer for /metrics (bot.Options.OnAnswer).
func (a *adminEndpoints) onAnswer(ans bot.Answer, took time.Duration) {
	a.metrics.Answered(string(ans.Intent), string(ans.Mode), took)
}

// stop closes the endpoints, letting a scrape in flight finish.
func (a *adminEndpoints) stop() {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	a.srv.Shutdown(ctx)
}

// countingLLM counts the chat model's failures for /metrics; a request
// the caller cancelled is not a failure.
type countingLLM struct {
	next    bot.LLM
	onError func()
}

func (c countingLLM) Complete(ctx context.Context, msgs []bot.Message, onDelta func(string)) (string, error) {
	text, err := c.next.Complete(ctx, msgs, onDelta)
	if err != nil && !errors.Is(err, context.Canceled) {
		c.onError()
	}
	return text, err
}
