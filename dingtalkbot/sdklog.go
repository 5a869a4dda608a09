package dingtalkbot

import (
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	sdklog "github.com/open-dingtalk/dingtalk-stream-sdk-go/logger"
)

// The SDK (v0.9.1) writes each frame's acknowledgement from the goroutine
// that handled the frame, with no lock around the websocket: two frames
// handled at once make two concurrent writes, which gorilla/websocket
// forbids (it panics, the SDK recovers, the ack is lost and DingTalk
// redelivers). The adapter orders them: a message handler returns (and so
// lets the SDK write its ack) only once the acks of the frames before it
// were written, or after ackWait. The SDK announces each write in its wire
// log, which is how the adapter sees it.
const ackWait = 2 * time.Second

// wireWrite begins the SDK's debug line logged after writing a frame.
const wireWrite = "[wire] [websocket] local => remote"

var (
	acks       = &ackGate{changed: make(chan struct{})}
	sdkLogOnce sync.Once
	sdkLogger  = &slogAdapter{}
)

// ackGate counts message handlers started (tickets) and acks written.
type ackGate struct {
	mu      sync.Mutex
	tickets int64
	written int64
	changed chan struct{} // closed and replaced on every write
}

// ticket is a handler's place in line: the number of handlers before it.
func (g *ackGate) ticket() int64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	t := g.tickets
	g.tickets++
	return t
}

// wait returns once n acks were written, or after limit.
func (g *ackGate) wait(n int64, limit time.Duration) {
	timer := time.NewTimer(limit)
	defer timer.Stop()
	for {
		g.mu.Lock()
		if g.written >= n {
			g.mu.Unlock()
			return
		}
		ch := g.changed
		g.mu.Unlock()
		select {
		case <-ch:
		case <-timer.C:
			return
		}
	}
}

func (g *ackGate) wrote() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.written++
	close(g.changed)
	g.changed = make(chan struct{})
}

// installSDKLogger routes the SDK's log (a process-wide setting) to log:
// its debug lines (wire dumps, which hold message text) at debug level
// only, and counts its ack writes for the ackGate.
func installSDKLogger(log *slog.Logger) {
	sdkLogger.set(log)
	sdkLogOnce.Do(func() { sdklog.SetLogger(sdkLogger) })
}

type slogAdapter struct {
	mu  sync.Mutex
	log *slog.Logger
}

func (a *slogAdapter) set(log *slog.Logger) {
	a.mu.Lock()
	a.log = log
	a.mu.Unlock()
}

func (a *slogAdapter) logger() *slog.Logger {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return a.log
}

func (a *slogAdapter) Debugf(format string, args ...any) {
	if strings.HasPrefix(format, wireWrite) {
		acks.wrote()
	}
	// Wire dumps carry questions and the connection ticket: never above debug.
	a.logger().Debug("dingtalk sdk: " + strings.SplitN(fmt.Sprintf(format, args...), "\n", 2)[0])
}

func (a *slogAdapter) Infof(format string, args ...any) {
	a.logger().Info("dingtalk sdk: " + redactTicket(fmt.Sprintf(format, args...)))
}

func (a *slogAdapter) Warningf(format string, args ...any) {
	a.logger().Warn("dingtalk sdk: " + redactTicket(fmt.Sprintf(format, args...)))
}

func (a *slogAdapter) Errorf(format string, args ...any) {
	a.logger().Error("dingtalk sdk: " + redactTicket(fmt.Sprintf(format, args...)))
}

func (a *slogAdapter) Fatalf(format string, args ...any) {
	a.logger().Error("dingtalk sdk: " + redactTicket(fmt.Sprintf(format, args...)))
}

// redactTicket hides the connection ticket the SDK logs as its session id.
func redactTicket(s string) string {
	if i := strings.Index(s, "sessionId=["); i >= 0 {
		if j := strings.Index(s[i:], "]"); j > 0 {
			return s[:i] + "sessionId=[…]" + s[i+j+1:]
		}
	}
	return s
}
