// Package memnet is an in-memory network for tests that run in a
// testing/synctest bubble: servers listen on a host name, clients dial it
// and get one end of a net.Pipe. Real clients and servers (net/http,
// slack-go, gorilla/websocket, go-openai) speak their real protocols over
// it; only the socket is replaced.
//
// Why not TCP: in a bubble, time advances only when every goroutine is
// durably blocked, and a goroutine reading a socket is not (the kernel may
// wake it), so a client waiting on a server stops the fake clock: a
// Retry-After or a first-token timeout would never expire. net.Pipe is
// built on channels; a goroutine reading or writing one is durably
// blocked, and the clock moves on while both sides wait. (A pipe's Write
// holds a mutex while it waits for the reader, and waiting on a mutex is
// not durable; net/http writes a connection from one goroutine and
// gorilla/websocket serializes its writers on a channel, so it does not
// happen with them.)
package memnet

import (
	"context"
	"net"
	"net/http"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Net is an in-memory network: servers listen on a host name, clients
// dial it and get one end of a net.Pipe whose other end the listener
// accepts. It works outside a bubble too (benchmarks), in real time.
type Net struct {
	mu    sync.Mutex
	hosts map[string]*listener // "host:port" → its listener
}

// New returns an empty network.
func New() *Net { return &Net{hosts: map[string]*listener{}} }

// listener is a net.Listener whose connections come from Net.DialContext.
type listener struct {
	addr  hostAddr
	conns chan net.Conn
	done  chan struct{}
	once  sync.Once
}

// hostAddr is a host:port on the network.
type hostAddr string

func (a hostAddr) Network() string { return "mem" }
func (a hostAddr) String() string  { return string(a) }

func (l *listener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

func (l *listener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

func (l *listener) Addr() net.Addr { return l.addr }

// Listen makes host:80 reachable.
func (n *Net) Listen(host string) net.Listener {
	addr := host + ":80"
	l := &listener{addr: hostAddr(addr), conns: make(chan net.Conn), done: make(chan struct{})}
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
func (n *Net) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	n.mu.Lock()
	l := n.hosts[addr]
	n.mu.Unlock()
	refused := &net.OpError{Op: "dial", Net: network, Addr: hostAddr(addr), Err: syscall.ECONNREFUSED}
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

// Serve runs an HTTP server for h on host until the test ends or the
// returned stop is called (it closes every connection the server tracks;
// hijacked ones, the websockets, are their handler's to close). It serves
// HTTP/1.1, as httptest.NewServer does.
func (n *Net) Serve(tb testing.TB, host string, h http.Handler) (stop func()) {
	l := n.Listen(host)
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

// HTTPClient is a client whose every connection goes over n. Its idle
// connections are closed when the test ends (the servers' Close ends them
// too; this is for clients of a server that outlives them).
func (n *Net) HTTPClient(tb testing.TB) *http.Client {
	tr := &http.Transport{
		DialContext:         n.DialContext,
		Proxy:               nil, // never the environment's proxy
		MaxIdleConnsPerHost: 100,
		IdleConnTimeout:     90 * time.Second,
	}
	tb.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr}
}

// WSDialer is a websocket dialer over n (Socket Mode's connection).
func (n *Net) WSDialer() *websocket.Dialer {
	return &websocket.Dialer{NetDialContext: n.DialContext, HandshakeTimeout: 10 * time.Second}
}
