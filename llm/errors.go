package llm

import "errors"

// Sentinel errors. Every error returned by Complete is an *Error whose Kind
// is one of these (or nil when the caller's context was cancelled), so
// callers test them with errors.Is.
var (
	// ErrUnavailable means no usable reply could be obtained: retries were
	// exhausted on 429, 5xx, timeouts, stalls, connection errors or
	// malformed responses, the overall deadline passed, or the failure is
	// one a retry cannot fix (TLS, unknown host, exhausted quota). The
	// caller should fall back to an extractive answer.
	ErrUnavailable = errors.New("llm: LLM API unavailable")

	// ErrAuth means the API refused the key or the account (HTTP 401, 402,
	// 403). It is never retried.
	ErrAuth = errors.New("llm: LLM API rejected the key")

	// ErrBadRequest means the API refused this request (HTTP 400, 404, 413,
	// 422 and other 4xx): prompt too long, unknown model, wrong base URL;
	// also a reply refused outright by the provider's content filter. The
	// message carries the provider's explanation. It is never retried.
	ErrBadRequest = errors.New("llm: LLM API rejected the request")

	// ErrStreamCut means part of the reply was streamed to onDelta and then
	// the stream failed (connection lost, stall, timeout, malformed chunk,
	// cancellation, content filter). Complete returns the partial text with
	// it; it is never retried, so the user never sees a second reply.
	ErrStreamCut = errors.New("llm: reply cut off")

	// ErrTruncated means the model stopped at the token limit
	// (finish_reason "length"). The text returned with it is usable but
	// incomplete; the caller may add a note.
	ErrTruncated = errors.New("llm: reply truncated at the token limit")
)

// Error is the type of every error returned by Complete. Use errors.Is with
// the sentinels rather than comparing Kind directly; errors.Is also matches
// context.Canceled or context.DeadlineExceeded when the caller's context
// ended. The message never contains the API key.
type Error struct {
	// Kind is ErrUnavailable, ErrAuth, ErrBadRequest, ErrStreamCut or
	// ErrTruncated; nil when the caller cancelled the context.
	Kind error
	// StatusCode is the HTTP status of the last failed attempt, 0 if the
	// failure was not an HTTP error status.
	StatusCode int
	// Attempts is the number of requests sent.
	Attempts int

	msg   string
	cause error // context or network error; never one holding a response body
}

// Error returns a one-line message starting with "llm: ".
func (e *Error) Error() string { return "llm: " + e.msg }

// Unwrap returns Kind and the underlying context or network error, if any.
func (e *Error) Unwrap() []error {
	var out []error
	if e.Kind != nil {
		out = append(out, e.Kind)
	}
	if e.cause != nil {
		out = append(out, e.cause)
	}
	return out
}
