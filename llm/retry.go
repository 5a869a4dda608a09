package llm

import (
	"context"
	"errors"
	"fmt"
	"time"
	"unicode/utf8"

	openai "github.com/sashabaranov/go-openai"

	"github.com/healthbot/healthbot/internal/openaihttp"
)

// Complete sends the conversation and streams the reply: onDelta (may be
// nil) receives each piece of content as it arrives, on the calling
// goroutine; keep it quick, since RequestTimeout keeps running while it
// works. The full text is returned. The overall deadline comes from ctx.
//
// Failed attempts are retried (openaihttp.Retry: the statuses of
// openaihttp.RetryableStatus, timeouts, stalls, connection errors, at most
// one malformed response) with exponential backoff and full jitter,
// honouring Retry-After up to 30s, only while no content has been
// delivered to onDelta. Once content has been streamed, a
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
		res  attemptResult     // of the latest attempt
		last *openaihttp.Error // the latest failure not caused by ctx
	)
	text, st, err := openaihttp.Retry(ctx, c.policy, func(ctx context.Context) (string, error) {
		res = c.attempt(ctx, req, onDelta)
		f := res.fail
		switch {
		case f == nil:
			return res.text, nil
		case ctx.Err() != nil:
			return "", ctx.Err() // not retried
		case res.delivered:
			return "", errDelivered // not retried: the user saw part of this reply
		}
		if res.cut {
			f.Msg = fmt.Sprintf("stream cut after %d characters: %s", utf8.RuneCountInString(res.text), f.Msg)
		}
		last = f
		return "", f
	})
	switch {
	case err == nil && res.truncated:
		return text, &Error{Kind: ErrTruncated, Attempts: st.Attempts,
			msg: "reply truncated at the token limit (finish_reason length)"}
	case err == nil:
		return text, nil
	case ctx.Err() != nil && res.delivered:
		return res.text, c.cutError(ctxReason(ctx), nil, ctx.Err(), st.Attempts, res.text)
	case ctx.Err() != nil:
		return "", c.ctxError(ctx, st.Attempts, last)
	case res.delivered:
		return res.text, c.cutError(res.fail.Msg, res.fail, nil, st.Attempts, res.text)
	case !last.Retryable():
		return "", &Error{Kind: kindOf(last), StatusCode: last.Status, Attempts: st.Attempts, msg: last.Msg, cause: causeOf(last)}
	}
	note := ""
	if st.Refused > 0 {
		note = fmt.Sprintf(" (no retry: waiting %s would pass the deadline)", st.Refused.Round(time.Millisecond))
	}
	return "", &Error{Kind: ErrUnavailable, StatusCode: last.Status, Attempts: st.Attempts, cause: causeOf(last),
		msg: fmt.Sprintf("LLM API unavailable after %s%s: %s", plural(st.Attempts, "attempt"), note, last.Msg)}
}

// errDelivered stops the retries once part of a reply went to onDelta.
var errDelivered = errors.New("reply partly delivered")

// kindOf maps the shared classification to this package's sentinels.
func kindOf(e *openaihttp.Error) error {
	switch e.Kind {
	case openaihttp.Auth:
		return ErrAuth
	case openaihttp.Rejected:
		return ErrBadRequest
	}
	return ErrUnavailable
}

// causeOf is the network or context error behind e, never one holding a
// response body.
func causeOf(e *openaihttp.Error) error {
	if e == nil || e.Status != 0 || e.Kind == openaihttp.Malformed || e.Kind == openaihttp.Rejected {
		return nil
	}
	var apiErr *openai.APIError
	if errors.As(e.Err, &apiErr) {
		return nil
	}
	return e.Err
}

func (c *Client) cutError(msg string, f *openaihttp.Error, cause error, attempts int, text string) *Error {
	e := &Error{Kind: ErrStreamCut, Attempts: attempts, cause: cause,
		msg: fmt.Sprintf("reply cut off after %d characters: %s", utf8.RuneCountInString(text), msg)}
	if f != nil {
		e.StatusCode, e.cause = f.Status, causeOf(f)
	}
	return e
}

// ctxError reports the end of the caller's context: ErrUnavailable for a
// deadline (the caller falls back), no Kind for a cancellation.
func (c *Client) ctxError(ctx context.Context, attempts int, last *openaihttp.Error) *Error {
	e := &Error{Attempts: attempts, cause: ctx.Err(), msg: ctxReason(ctx)}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		e.Kind = ErrUnavailable
		e.msg = "no reply from the LLM API before the deadline"
		if attempts > 0 {
			e.msg += " (" + plural(attempts, "attempt") + ")"
		}
	}
	if last != nil {
		e.StatusCode = last.Status
		e.msg += "; last error: " + last.Msg
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
