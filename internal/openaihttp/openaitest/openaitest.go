// Package openaitest serves fake OpenAI-compatible APIs to tests over
// in-memory connections (net.Pipe) instead of TCP sockets. The client and
// the handler still speak real HTTP/1.1 through net/http and go-openai;
// only the socket is replaced, so that tests can run inside a
// testing/synctest bubble, where a goroutine waiting on a real socket is
// not durably blocked and would stall the fake clock.
//
// Create the server inside the bubble (synctest.Test) when the test uses
// one; it also works outside.
package openaitest

import (
	"context"
	"net"
	"net/http"
	"sync"
	"syscall"
	"testing"
)

// Server is an HTTP server reached only through its Client.
type Server struct {
	// URL is the server's base URL: http://openai.test (no request leaves
	// the process).
	URL string

	srv       *http.Server
	ln        *pipeListener
	transport *http.Transport
	client    *http.Client

	mu       sync.Mutex
	closed   bool
	handlers sync.WaitGroup
}

// NewServer serves h until the test ends.
func NewServer(tb testing.TB, h http.Handler) *Server {
	tb.Helper()
	ln := &pipeListener{conns: make(chan net.Conn), done: make(chan struct{})}
	s := &Server{URL: "http://openai.test", ln: ln}
	s.srv = &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		if s.closed {
			s.mu.Unlock()
			http.Error(w, "server closed", http.StatusServiceUnavailable)
			return
		}
		s.handlers.Add(1)
		s.mu.Unlock()
		defer s.handlers.Done()
		h.ServeHTTP(w, r)
	})}
	s.transport = &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return ln.dial(ctx)
		},
		// Requests carry a context and the server always answers or closes:
		// no timeouts of the transport's own.
	}
	s.client = &http.Client{Transport: s.transport}
	go s.srv.Serve(ln)
	tb.Cleanup(s.Close)
	return s
}

// Client returns an HTTP client whose connections reach the server.
func (s *Server) Client() *http.Client { return s.client }

// Close stops the server, closes every connection and waits for the
// handlers to return (in a bubble, a handler still waiting on a timer
// makes the fake clock advance; a bubble must end with no goroutine left).
func (s *Server) Close() {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	s.srv.Close()
	s.transport.CloseIdleConnections()
	s.handlers.Wait()
}

// RefusingClient returns an HTTP client whose every connection is refused,
// as a port where nothing listens refuses it.
func RefusingClient() *http.Client {
	return &http.Client{Transport: &http.Transport{
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return nil, &net.OpError{Op: "dial", Net: network, Err: syscall.ECONNREFUSED}
		},
	}}
}

// pipeListener hands the server ends of net.Pipe connections to Serve.
type pipeListener struct {
	conns chan net.Conn
	done  chan struct{}
	once  sync.Once
}

func (l *pipeListener) dial(ctx context.Context) (net.Conn, error) {
	client, server := net.Pipe()
	select {
	case l.conns <- server:
		return client, nil
	case <-l.done:
		client.Close()
		server.Close()
		return nil, &net.OpError{Op: "dial", Net: "pipe", Err: syscall.ECONNREFUSED}
	case <-ctx.Done():
		client.Close()
		server.Close()
		return nil, ctx.Err()
	}
}

func (l *pipeListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.done:
		return nil, net.ErrClosed
	}
}

func (l *pipeListener) Close() error {
	l.once.Do(func() { close(l.done) })
	return nil
}

func (l *pipeListener) Addr() net.Addr { return pipeAddr{} }

type pipeAddr struct{}

func (pipeAddr) Network() string { return "pipe" }
func (pipeAddr) String() string  { return "openai.test:80" }
