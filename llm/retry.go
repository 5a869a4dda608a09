package llm

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	openai "github.com/sashabaranov/go-openai"
)

// Complete sends the conversation and streams the reply: onDelta (may be
// nil) receives each piece of content as it arrives, on the calling
// goroutine; keep it quick, since RequestTimeout keeps running while it
// works. The full text is returned. The overall deadline comes from ctx.
//
// Failed attempts are retried with exponential backoff and full jitter
// (honouring Retry-After of 429 and 503, capped at 30s) only while no
// content has been delivered to onDelta. Once content has been streamed, a
// failure returns the partial text with an error wrapping ErrStreamCut,
// never a second, different reply. With a nil onDelta nothing has been
// shown, so streams cut midway are retried too. No retry starts if its wait
// would pass the deadline of ctx.
//
// The text is also returned with ErrTruncated (finish_reason "length"). With
// any other error the text is empty. Only content counts: the
// reasoning_content of reasoning models (DeepSeek-R1) is dropped.
func (c *Client) Complete(ctx context.Context, msgs []Message, onDelta func(string)) (string, error) {
	req, err := c.request(msgs)
	if err != nil {
		return "", err
	}
	var (
		attempts  int
		malformed int
		last      *failure
	)
	for {
		if ctx.Err() != nil {
			return "", c.ctxError(ctx, attempts, last)
		}
		attempts++
		res := c.attempt(ctx, req, onDelta)
		f := res.fail
		switch {
		case f == nil:
			return res.text, nil
		case ctx.Err() != nil && res.delivered:
			return res.text, c.cutError(&failure{msg: ctxReason(ctx), cause: ctx.Err()}, attempts, res.text)
		case ctx.Err() != nil:
			return "", c.ctxError(ctx, attempts, last)
		case f.kind == ErrTruncated:
			return res.text, c.final(f, attempts)
		case res.delivered:
			return res.text, c.cutError(f, attempts, res.text)
		}
		if f.cut {
			f.msg = fmt.Sprintf("stream cut after %d characters: %s", utf8.RuneCountInString(res.text), f.msg)
		}
		last = f
		if !f.retry {
			return "", c.final(f, attempts)
		}
		if f.malformed {
			malformed++
		}
		if attempts > c.maxRetries || malformed > c.maxMalformed {
			return "", c.exhausted(f, attempts, "")
		}
		wait := c.backoff(attempts)
		if f.retryAfter > 0 {
			wait = min(f.retryAfter, c.retryAfterCap)
		}
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) <= wait {
			return "", c.exhausted(f, attempts, fmt.Sprintf(" (no retry: waiting %s would pass the deadline)", wait.Round(time.Millisecond)))
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return "", c.ctxError(ctx, attempts, last)
		case <-t.C:
		}
	}
}

// backoff returns the wait before retry n (1-based): a uniform draw from
// [0, min(backoffMax, backoffInitial*2^(n-1))] ("full jitter").
func (c *Client) backoff(n int) time.Duration {
	ceil := c.backoffInitial
	for i := 1; i < n && ceil < c.backoffMax; i++ {
		ceil *= 2
	}
	ceil = min(ceil, c.backoffMax)
	if ceil <= 0 {
		return 0
	}
	return time.Duration(rand.Int64N(int64(ceil) + 1))
}

func (c *Client) final(f *failure, attempts int) *Error {
	return &Error{Kind: f.kind, StatusCode: f.status, Attempts: attempts, msg: f.msg, cause: f.cause}
}

func (c *Client) exhausted(f *failure, attempts int, note string) *Error {
	return &Error{Kind: ErrUnavailable, StatusCode: f.status, Attempts: attempts, cause: f.cause,
		msg: fmt.Sprintf("LLM API unavailable after %s%s: %s", plural(attempts, "attempt"), note, f.msg)}
}

func (c *Client) cutError(f *failure, attempts int, text string) *Error {
	return &Error{Kind: ErrStreamCut, StatusCode: f.status, Attempts: attempts, cause: f.cause,
		msg: fmt.Sprintf("reply cut off after %d characters: %s", utf8.RuneCountInString(text), f.msg)}
}

// ctxError reports the end of the caller's context: ErrUnavailable for a
// deadline (the caller falls back), no Kind for a cancellation.
func (c *Client) ctxError(ctx context.Context, attempts int, last *failure) *Error {
	e := &Error{Attempts: attempts, cause: ctx.Err(), msg: ctxReason(ctx)}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		e.Kind = ErrUnavailable
		e.msg = "no reply from the LLM API before the deadline"
		if attempts > 0 {
			e.msg += " (" + plural(attempts, "attempt") + ")"
		}
	}
	if last != nil {
		e.StatusCode = last.status
		e.msg += "; last error: " + last.msg
	}
	return e
}

func ctxReason(ctx context.Context) string {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return "deadline exceeded"
	}
	return "request cancelled"
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// classify turns the error of an attempt into a failure. sending is true
// when the request itself failed, false when reading the stream failed.
func (c *Client) classify(actx context.Context, err error, info *attemptInfo, sending bool) *failure {
	if actx.Err() != nil {
		switch cause := context.Cause(actx); {
		case errors.Is(cause, errStalled):
			return &failure{kind: ErrUnavailable, retry: true,
				msg: fmt.Sprintf("no data from the LLM API for %s (stalled)", c.firstTokenTimeout)}
		case errors.Is(cause, errAttemptTimeout):
			return &failure{kind: ErrUnavailable, retry: true,
				msg: fmt.Sprintf("attempt timed out after %s", c.requestTimeout)}
		default: // the caller's context; Complete reports it
			return &failure{msg: "cancelled", cause: actx.Err()}
		}
	}

	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	switch {
	case errors.As(err, &apiErr) && apiErr.HTTPStatusCode > 0:
		return c.statusFailure(apiErr.HTTPStatusCode, c.secrets.clean(apiErr.Message), errorCode(apiErr), info)
	case errors.As(err, &reqErr) && reqErr.HTTPStatusCode > 0:
		return c.statusFailure(reqErr.HTTPStatusCode, c.secrets.clean(bodyMessage(reqErr.Body)), "", info)
	case errors.As(err, &apiErr):
		// An error event inside a 200 stream, or a 200 JSON error body.
		msg := c.secrets.clean(apiErr.Message)
		code := errorCode(apiErr)
		if strings.Contains(code, "invalid_request") || strings.Contains(code, "context_length") {
			return &failure{kind: ErrBadRequest, msg: "LLM API rejected the request" + suffix(msg)}
		}
		return &failure{kind: ErrUnavailable, retry: true, malformed: true,
			msg: "LLM API reported an error in the stream" + suffix(msg)}
	}

	var (
		certErr *tls.CertificateVerificationError
		unkAuth x509.UnknownAuthorityError
		hostErr x509.HostnameError
		invalid x509.CertificateInvalidError
		recErr  tls.RecordHeaderError
		dnsErr  *net.DNSError
		syntax  *json.SyntaxError
		typeErr *json.UnmarshalTypeError
		netErr  net.Error
		urlErr  *url.Error
	)
	safe := c.secrets.wrap(err)
	detail := c.secrets.clean(err.Error())
	switch {
	case errors.As(err, &certErr), errors.As(err, &unkAuth), errors.As(err, &hostErr),
		errors.As(err, &invalid), errors.As(err, &recErr):
		return &failure{kind: ErrUnavailable, msg: "TLS failure talking to the LLM API: " + detail, cause: safe}
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		return &failure{kind: ErrUnavailable, msg: "LLM API host not found (check llm.base_url): " + detail, cause: safe}
	case errors.As(err, &syntax), errors.As(err, &typeErr), errors.Is(err, openai.ErrTooManyEmptyStreamMessages):
		return &failure{kind: ErrUnavailable, retry: true, malformed: true,
			msg: "malformed stream event from the LLM API: " + detail}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		errors.As(err, &netErr), errors.As(err, &urlErr):
		return &failure{kind: ErrUnavailable, retry: true, msg: "connection error: " + detail, cause: safe}
	case sending:
		// go-openai refused to build the request (e.g. a model it knows
		// is not a chat model).
		return &failure{kind: ErrBadRequest, msg: "request not sent: " + detail, cause: safe}
	}
	return &failure{kind: ErrUnavailable, retry: true, msg: "stream error: " + detail, cause: safe}
}

// statusFailure classifies an HTTP error status.
func (c *Client) statusFailure(status int, msg, code string, info *attemptInfo) *failure {
	f := &failure{status: status}
	switch {
	case status == http.StatusUnauthorized:
		// The provider's text may quote part of the key: leave it out.
		f.kind = ErrAuth
		f.msg = fmt.Sprintf("LLM API rejected the key (HTTP %d): check the variable named by llm.api_key_env", status)
	case status == http.StatusForbidden:
		f.kind = ErrAuth
		f.msg = fmt.Sprintf("LLM API rejected the key (HTTP %d): check the variable named by llm.api_key_env "+
			"and the key's access to model %q%s", status, c.model, suffix(msg))
	case status == http.StatusPaymentRequired:
		f.kind = ErrAuth
		f.msg = fmt.Sprintf("LLM API refused the account (HTTP %d)%s", status, suffix(msg))
	case status == http.StatusNotFound:
		f.kind = ErrBadRequest
		f.msg = fmt.Sprintf("model or URL not found (HTTP 404): check llm.model %q and llm.base_url%s", c.model, suffix(msg))
	case status == http.StatusTooManyRequests && strings.Contains(code, "insufficient_quota"):
		f.kind = ErrUnavailable
		f.msg = fmt.Sprintf("LLM API quota exhausted (HTTP 429)%s", suffix(msg))
	case retryableStatus(status):
		f.kind = ErrUnavailable
		f.retry = true
		f.retryAfter = info.retryAfter
		f.msg = fmt.Sprintf("HTTP %d%s", status, suffix(msg))
	case status >= 400 && status < 500:
		f.kind = ErrBadRequest
		f.msg = fmt.Sprintf("LLM API rejected the request (HTTP %d)%s", status, suffix(msg))
	default:
		f.kind = ErrUnavailable
		f.msg = fmt.Sprintf("LLM API returned HTTP %d%s", status, suffix(msg))
	}
	return f
}

func retryableStatus(s int) bool {
	switch s {
	case http.StatusRequestTimeout, http.StatusTooEarly, http.StatusTooManyRequests,
		http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout,
		520, 521, 522, 523, 524, 529: // Cloudflare-style origin errors, "overloaded"
		return true
	}
	return false
}

// errorCode joins the code and type of a provider error, for matching.
func errorCode(e *openai.APIError) string {
	code := e.Type
	if e.Code != nil {
		code += " " + fmt.Sprint(e.Code)
	}
	return strings.ToLower(code)
}

// bodyMessage finds the human-readable part of a non-standard error body:
// {"error": "..."} (Ollama), {"message": ...} (vLLM), {"detail": ...}, the
// title or text of an HTML page (a proxy's 502), or the raw text.
func bodyMessage(body []byte) string {
	s := strings.TrimSpace(string(body))
	if strings.HasPrefix(s, "{") {
		var m map[string]json.RawMessage
		if json.Unmarshal(body, &m) == nil {
			for _, k := range []string{"error", "message", "detail", "msg"} {
				if msg := jsonText(m[k]); msg != "" {
					return msg
				}
			}
		}
		return s
	}
	lower := strings.ToLower(s)
	if i := strings.Index(lower, "<title>"); i >= 0 {
		if j := strings.Index(lower[i:], "</title>"); j > 0 {
			return s[i+len("<title>") : i+j]
		}
	}
	if strings.HasPrefix(lower, "<") {
		return stripTags(s)
	}
	return s
}

// jsonText returns a JSON string, or the "message" of a JSON object.
func jsonText(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var o struct {
		Message string `json:"message"`
	}
	if json.Unmarshal(raw, &o) == nil {
		return o.Message
	}
	return ""
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>':
			in = false
			b.WriteByte(' ')
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}
