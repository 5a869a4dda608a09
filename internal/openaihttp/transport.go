package openaihttp

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/healthbot/healthbot/internal/retryafter"
)

// maxErrorBody bounds what is read of an error response: go-openai reads
// error bodies whole.
const maxErrorBody = 64 << 10

// Exchange records what Transport saw of the response to one request,
// since go-openai hides the response from its callers (Retry-After in
// particular). Its methods are safe for concurrent use.
type Exchange struct {
	mu          sync.Mutex
	status      int
	contentType string
	retryAfter  time.Duration
}

type exchangeKey struct{}

// Track returns a context under which the response to a request is
// recorded in the returned Exchange. Use one per attempt.
func Track(ctx context.Context) (context.Context, *Exchange) {
	ex := new(Exchange)
	return context.WithValue(ctx, exchangeKey{}, ex), ex
}

// Status is the HTTP status of the response, 0 before one arrived.
func (x *Exchange) Status() int {
	if x == nil {
		return 0
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.status
}

// ContentType is the Content-Type header of the response.
func (x *Exchange) ContentType() string {
	if x == nil {
		return ""
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.contentType
}

// RetryAfter is the wait the server asked for with Retry-After on a
// retryable status (429, 503 …), 0 if none.
func (x *Exchange) RetryAfter() time.Duration {
	if x == nil {
		return 0
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.retryAfter
}

// Transport records each response in the Exchange of its request's context
// (see Track) and reads error bodies up to 64 KiB, closing the connection's
// body so that it can be reused.
type Transport struct {
	// Base sends the requests.
	Base http.RoundTripper
}

// RoundTrip implements http.RoundTripper.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.Base.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	if ex, _ := req.Context().Value(exchangeKey{}).(*Exchange); ex != nil {
		ex.mu.Lock()
		ex.status = resp.StatusCode
		ex.contentType = resp.Header.Get("Content-Type")
		if RetryableStatus(resp.StatusCode) {
			if d, ok := retryafter.Parse(resp.Header.Get("Retry-After"), time.Now()); ok {
				ex.retryAfter = d
			}
		}
		ex.mu.Unlock()
	}
	if resp.StatusCode >= 400 {
		data, err := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		resp.Body = io.NopCloser(bytes.NewReader(data))
		resp.ContentLength = int64(len(data))
	}
	return resp, nil
}
