package slackbot_test

import (
	"context"
	"net"
	"net/http"
	"sync"
	"syscall"
	"testing"
	"testing/synctest"
	"time"

	"github.com/gorilla/websocket"
)

// The fakes of Slack and of the LLM API are real HTTP servers (and a real
// websocket, and real SSE) on an in-memory network, so that the tests can
// run in a testing/synctest bubble, on its fake clock. (bot's tests carry
// the same network, without the websocket dialer and the waits.)
//
// Why not TCP: in a bubble, time advances only when every goroutine is
// durably blocked, and a goroutine reading a socket is not (the kernel may
// wake it), so a client waiting on a server stops the clock: a Retry-After
// or a first-token timeout would never expire. net.Pipe is built on
// channels; a goroutine reading or writing one is durably blocked, and the
// clock moves on while both sides wait. (A pipe's Write holds a mutex while
// it waits for the reader, and waiting on a mutex is not durable; it does
// not happen here, since net/http writes a connection from one goroutine
// and gorilla/websocket serializes its writers on a channel.) The real
// client libraries (slack-go, its Socket Mode client over
// gorilla/websocket, go-openai inside our llm client) are kept: only their
// dialer is replaced.
//
// With the fake clock, a test checks behaviour ("retried once, after the
// 1 s Retry-After") exactly and never depends on the machine's speed: time
// stands still while the bot computes, and jumps when everyone waits.

// memNet is an in-memory network: servers listen on a host name, clients
// dial it and get one end of a net.Pipe whose other end the listener
// accepts. It works outside a bubble too (the benchmark), in real time.
type memNet struct {
	mu    sync.Mutex
	hosts map[string]*memListener // "host:port" → its listener
}

func newMemNet() *memNet { return &memNet{hosts: map[string]*memListener{}} }

// memListener is a net.Listener whose connections come from memNet.Dial.
type memListener struct {
	addr  memAddr
	conns chan net.Conn
	done  chan struct{}
	once  sync.Once
}

type memAddr string

func (a memAddr) Network() string { return "mem" }
func (a memAddr) String() string  { return string(a) }

func (l *memListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

func (l *memListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

func (l *memListener) Addr() net.Addr { return l.addr }

// listen makes host:80 reachable.
func (n *memNet) listen(host string) *memListener {
	addr := host + ":80"
	l := &memListener{addr: memAddr(addr), conns: make(chan net.Conn), done: make(chan struct{})}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.hosts[addr] != nil {
		panic("memnet: " + addr + " is already listening")
	}
	n.hosts[addr] = l
	return l
}

// DialContext connects to a listening host (addr is "host:port", as
// net/http and gorilla/websocket pass it), as net.Dialer.DialContext does.
func (n *memNet) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	n.mu.Lock()
	l := n.hosts[addr]
	n.mu.Unlock()
	refused := &net.OpError{Op: "dial", Net: network, Addr: memAddr(addr), Err: syscall.ECONNREFUSED}
	if l == nil {
		return nil, refused
	}
	client, server := net.Pipe()
	select {
	case l.conns <- server:
		return client, nil
	case <-l.done:
	case <-ctx.Done():
		refused.Err = ctx.Err()
	}
	client.Close()
	server.Close()
	return nil, refused
}

// serve runs an HTTP server for h on host until the test ends or the
// returned stop is called (it closes every connection the server tracks;
// hijacked ones, the websockets, are their handler's to close). It serves
// HTTP/1.1, as httptest.NewServer does.
func (n *memNet) serve(tb testing.TB, host string, h http.Handler) (stop func()) {
	l := n.listen(host)
	srv := &http.Server{Handler: h}
	served := make(chan struct{})
	go func() {
		defer close(served)
		srv.Serve(l)
	}()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			srv.Close()
			<-served
		})
	}
	tb.Cleanup(stop)
	return stop
}

// httpClient is a client whose every connection goes over n. Its idle
// connections are closed when the test ends (the servers' Close ends them
// too; this is for clients of a server that outlives them).
func (n *memNet) httpClient(tb testing.TB) *http.Client {
	tr := &http.Transport{
		DialContext:         n.DialContext,
		Proxy:               nil, // never the environment's proxy
		MaxIdleConnsPerHost: 100,
		IdleConnTimeout:     90 * time.Second,
	}
	tb.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr}
}

// wsDialer is a websocket dialer over n (Socket Mode's connection).
func (n *memNet) wsDialer() *websocket.Dialer {
	return &websocket.Dialer{NetDialContext: n.DialContext, HandshakeTimeout: 10 * time.Second}
}

// inBubble runs f in a synctest bubble, on the fake clock. The sample
// index is built (once per package) outside it first: a goroutine the
// build leaves running must not join the bubble, which ends only when all
// of its goroutines have.
func inBubble(t *testing.T, f func(t *testing.T)) {
	t.Helper()
	sampleIndex(t)
	synctest.Test(t, f)
}

// waitUntil waits for cond, re-checking it whenever changed (a channel
// replaced on every change) is closed, for at most limit: fake time in a
// bubble, wall time outside. cond is checked with the channel of the
// state it sees, so that no change is missed.
func waitUntil(tb testing.TB, limit time.Duration, changed func() <-chan struct{}, cond func() bool, what func() string) {
	tb.Helper()
	timeout := time.NewTimer(limit)
	defer timeout.Stop()
	for {
		ch := changed()
		if cond() {
			return
		}
		select {
		case <-ch:
		case <-timeout.C:
			tb.Fatalf("waited %s for %s", limit, what())
		}
	}
}

// notifier is the "changed" channel of a fake: closed and replaced on
// every change, so that waiters wake up.
type notifier struct {
	mu sync.Mutex
	ch chan struct{}
}

func (n *notifier) changed() <-chan struct{} {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.ch == nil {
		n.ch = make(chan struct{})
	}
	return n.ch
}

func (n *notifier) notify() {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.ch != nil {
		close(n.ch)
		n.ch = nil
	}
}
