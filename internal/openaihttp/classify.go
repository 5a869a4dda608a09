package openaihttp

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Kind says what a failure means for the caller, and whether Retry tries
// again.
type Kind int

const (
	// Transient failures may pass if tried again: the statuses of
	// RetryableStatus, timeouts, stalls, connection errors.
	Transient Kind = iota + 1
	// Malformed responses do not follow the protocol (bad JSON, an HTML
	// page with status 200, an empty reply). Retried at most
	// Policy.MaxMalformed times: usually the base URL is wrong.
	Malformed
	// Unavailable failures will not pass by retrying soon: TLS errors, an
	// unknown host, an exhausted quota, 5xx statuses not in the list.
	Unavailable
	// Auth means the key or the account was refused (401, 402, 403).
	Auth
	// Rejected means this request was refused (400, 404, 413, 422 and
	// other 4xx): too long, unknown model, wrong URL.
	Rejected
)

func (k Kind) String() string {
	switch k {
	case Transient:
		return "transient"
	case Malformed:
		return "malformed"
	case Unavailable:
		return "unavailable"
	case Auth:
		return "auth"
	case Rejected:
		return "rejected"
	}
	return fmt.Sprintf("Kind(%d)", int(k))
}

// Error is a classified failure of one request. Its message is one line
// without the API key.
type Error struct {
	// Kind is what the failure means; Retry retries Transient and (within
	// its budget) Malformed.
	Kind Kind
	// Status is the HTTP status, 0 if the failure was not an error status.
	Status int
	// RetryAfter is the wait the server asked for, 0 if none.
	RetryAfter time.Duration
	// Msg is the message, without a package prefix.
	Msg string
	// Err is the underlying error: the go-openai error (*openai.APIError,
	// *openai.RequestError), a network or context error. It is replaced
	// by a plain redacted copy when its text holds a secret.
	Err error
}

// Error returns Msg.
func (e *Error) Error() string { return e.Msg }

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }

// Retryable reports whether a new attempt may succeed.
func (e *Error) Retryable() bool { return e.Kind == Transient || e.Kind == Malformed }

// RetryableStatus reports the HTTP statuses worth retrying: 408 Request
// Timeout, 425 Too Early, 429 Too Many Requests (unless the quota is
// exhausted), 500, 502, 503, 504, the Cloudflare-style origin errors 520 to
// 524, and 529 (overloaded).
func RetryableStatus(s int) bool {
	switch s {
	case http.StatusRequestTimeout, http.StatusTooEarly, http.StatusTooManyRequests,
		http.StatusInternalServerError, http.StatusBadGateway,
		http.StatusServiceUnavailable, http.StatusGatewayTimeout,
		520, 521, 522, 523, 524, 529:
		return true
	}
	return false
}

// Classify explains a failed request made through c.API. ex is the
// exchange tracked for the request (see Track); it may be nil. Timeouts and
// cancellations of the request's context are the caller's to explain: they
// are classified here as connection errors.
func (c *Client) Classify(err error, ex *Exchange) *Error {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	switch {
	case errors.As(err, &apiErr) && apiErr.HTTPStatusCode > 0:
		return c.statusError(apiErr.HTTPStatusCode, c.secrets.Clean(apiErr.Message), errorCode(apiErr), ex, err)
	case errors.As(err, &reqErr) && reqErr.HTTPStatusCode > 0:
		return c.statusError(reqErr.HTTPStatusCode, c.secrets.Clean(BodyMessage(reqErr.Body)), "", ex, err)
	case errors.As(err, &apiErr):
		// An error event inside a 200 stream.
		msg := c.secrets.Clean(apiErr.Message)
		code := errorCode(apiErr)
		if strings.Contains(code, "invalid_request") || strings.Contains(code, "context_length") {
			return &Error{Kind: Rejected, Msg: c.name + " rejected the request" + suffix(msg), Err: c.secrets.Wrap(err)}
		}
		return &Error{Kind: Malformed, Msg: c.name + " reported an error in the stream" + suffix(msg), Err: c.secrets.Wrap(err)}
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
	safe := c.secrets.Wrap(err)
	detail := c.secrets.Clean(err.Error())
	e := &Error{Err: safe}
	switch {
	case errors.As(err, &certErr), errors.As(err, &unkAuth), errors.As(err, &hostErr),
		errors.As(err, &invalid), errors.As(err, &recErr):
		e.Kind, e.Msg = Unavailable, "TLS failure talking to the "+c.name+": "+detail
	case errors.As(err, &dnsErr) && dnsErr.IsNotFound:
		e.Kind, e.Msg = Unavailable, fmt.Sprintf("%s host not found (check %s.base_url): %s", c.name, c.section, detail)
	case errors.As(err, &syntax), errors.As(err, &typeErr), errors.Is(err, openai.ErrTooManyEmptyStreamMessages):
		e.Kind, e.Msg = Malformed, fmt.Sprintf("malformed response from the %s (check %s.base_url): %s", c.name, c.section, detail)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		errors.As(err, &netErr), errors.As(err, &urlErr):
		e.Kind, e.Msg = Transient, "connection error: "+detail
	default:
		// go-openai refused to build the request (e.g. a model it knows
		// is not a chat model), or something unforeseen.
		e.Kind, e.Msg = Rejected, "request failed: "+detail
	}
	return e
}

// statusError classifies an HTTP error status.
func (c *Client) statusError(status int, msg, code string, ex *Exchange, err error) *Error {
	e := &Error{Status: status, Err: c.secrets.Wrap(err)}
	keyVar := c.section + ".api_key_env"
	switch {
	case status == http.StatusUnauthorized:
		// The provider's text may quote part of the key: leave it out.
		e.Kind = Auth
		e.Msg = fmt.Sprintf("%s rejected the key (HTTP %d): check the variable named by %s", c.name, status, keyVar)
	case status == http.StatusForbidden:
		e.Kind = Auth
		e.Msg = fmt.Sprintf("%s rejected the key (HTTP %d): check the variable named by %s "+
			"and the key's access to model %q%s", c.name, status, keyVar, c.model, suffix(msg))
	case status == http.StatusPaymentRequired:
		e.Kind = Auth
		e.Msg = fmt.Sprintf("%s refused the account (HTTP %d)%s", c.name, status, suffix(msg))
	case status == http.StatusNotFound:
		e.Kind = Rejected
		e.Msg = fmt.Sprintf("model or URL not found (HTTP 404): check %s.model %q and %s.base_url%s",
			c.section, c.model, c.section, suffix(msg))
	case status == http.StatusTooManyRequests && strings.Contains(code, "insufficient_quota"):
		e.Kind = Unavailable
		e.Msg = fmt.Sprintf("%s quota exhausted (HTTP 429)%s", c.name, suffix(msg))
	case RetryableStatus(status):
		e.Kind = Transient
		e.RetryAfter = ex.RetryAfter()
		e.Msg = fmt.Sprintf("HTTP %d%s", status, suffix(msg))
	case status >= 400 && status < 500:
		e.Kind = Rejected
		e.Msg = fmt.Sprintf("%s rejected the request (HTTP %d)%s", c.name, status, suffix(msg))
	default:
		e.Kind = Unavailable
		e.Msg = fmt.Sprintf("%s returned HTTP %d%s", c.name, status, suffix(msg))
	}
	return e
}

// errorCode joins the code and type of a provider error, lower case, for
// matching.
func errorCode(e *openai.APIError) string {
	code := e.Type
	if e.Code != nil {
		code += " " + fmt.Sprint(e.Code)
	}
	return strings.ToLower(code)
}

// BodyMessage finds the human-readable part of a non-standard error body:
// {"error": "..."} (Ollama), {"message": ...} (vLLM), {"detail": ...}, the
// title or text of an HTML page (a proxy's 502), or the raw text.
func BodyMessage(body []byte) string {
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

func suffix(msg string) string {
	if msg == "" {
		return ""
	}
	return ": " + msg
}
