package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/healthbot/healthbot/internal/openaihttp"
)

// Causes of an attempt's context ending early, told apart with context.Cause.
var (
	errStalled        = errors.New("stream stalled")
	errAttemptTimeout = errors.New("attempt timed out")
)

// attemptResult is the outcome of one request.
type attemptResult struct {
	text      string            // content received in this attempt
	delivered bool              // some of text went to onDelta
	truncated bool              // finish_reason "length" after some text
	cut       bool              // the stream broke after content arrived
	fail      *openaihttp.Error // nil on success; Msg without the "llm: " prefix
}

// attempt sends one request and reads its stream, passing content to
// onDelta as it arrives. reasoning_content is ignored.
func (c *Client) attempt(ctx context.Context, req openai.ChatCompletionRequest, onDelta func(string)) (res attemptResult) {
	actx, ex := openaihttp.Track(ctx)
	info := new(streamInfo)
	actx = context.WithValue(actx, streamKey{}, info)
	actx, cancel := context.WithCancelCause(actx)
	defer cancel(nil)
	actx, cancelTimeout := context.WithTimeoutCause(actx, c.requestTimeout, errAttemptTimeout)
	defer cancelTimeout()

	// The stall timer runs while waiting for the response and for each
	// stream event, never while onDelta runs.
	stall := time.AfterFunc(c.firstTokenTimeout, func() { cancel(errStalled) })
	defer stall.Stop()

	stream, err := c.http.API.CreateChatCompletionStream(actx, req)
	stall.Stop()
	if err != nil {
		res.fail = c.classify(actx, err, ex, true)
		return res
	}
	defer stream.Close()

	var (
		b      strings.Builder
		finish openai.FinishReason
		chunks int
	)
	for {
		stall.Reset(c.firstTokenTimeout)
		chunk, err := stream.Recv()
		stall.Stop()
		if err != nil {
			res.text = b.String()
			switch {
			case finish != "":
				// The reply was complete; whatever followed does not matter.
				res.truncated, res.fail = c.finished(finish, res.text)
			case errors.Is(err, io.EOF) && (info.sawDone || info.converted):
				// [DONE] without a finish_reason: some servers omit it.
				res.truncated, res.fail = c.finished(openai.FinishReasonStop, res.text)
			case errors.Is(err, io.EOF):
				res.fail = c.endedEarly(info, ex, chunks)
			default:
				res.fail = c.classify(actx, err, ex, false)
			}
			res.cut = res.fail != nil && b.Len() > 0
			return res
		}
		chunks++
		for _, ch := range chunk.Choices {
			if ch.Index != 0 {
				continue
			}
			if s := ch.Delta.Content; s != "" {
				b.WriteString(s)
				if onDelta != nil {
					res.delivered = true
					onDelta(s)
				}
			}
			if ch.FinishReason != "" && ch.FinishReason != openai.FinishReasonNull {
				finish = ch.FinishReason
			}
		}
	}
}

// classify explains the error of an attempt. sending is true when the
// request itself failed, false when reading the stream failed.
func (c *Client) classify(actx context.Context, err error, ex *openaihttp.Exchange, sending bool) *openaihttp.Error {
	if actx.Err() != nil {
		switch cause := context.Cause(actx); {
		case errors.Is(cause, errStalled):
			return &openaihttp.Error{Kind: openaihttp.Transient,
				Msg: fmt.Sprintf("no data from the LLM API for %s (stalled)", c.firstTokenTimeout)}
		case errors.Is(cause, errAttemptTimeout):
			return &openaihttp.Error{Kind: openaihttp.Transient,
				Msg: fmt.Sprintf("attempt timed out after %s", c.requestTimeout)}
		default: // the caller's context; Complete reports it
			return &openaihttp.Error{Kind: openaihttp.Unavailable, Msg: "cancelled", Err: actx.Err()}
		}
	}
	e := c.http.Classify(err, ex)
	var apiErr *openai.APIError
	if !sending && e.Kind == openaihttp.Rejected && !errors.As(err, &apiErr) {
		// Reading the stream failed in a way not foreseen: the request was
		// accepted, so a new attempt may do better.
		e.Kind, e.Msg = openaihttp.Transient, "stream error: "+c.http.Redactor().Clean(err.Error())
	}
	return e
}

// finished judges a stream that ended normally with reason fr: truncated
// is true for a usable reply cut at the token limit.
func (c *Client) finished(fr openai.FinishReason, text string) (truncated bool, fail *openaihttp.Error) {
	switch {
	case fr == openai.FinishReasonLength && text == "":
		// Typical of reasoning models that spent max_tokens on reasoning.
		return false, &openaihttp.Error{Kind: openaihttp.Unavailable, Msg: "the model reached the token limit before any reply text " +
			"(finish_reason length; raise llm.max_tokens)"}
	case fr == openai.FinishReasonLength:
		return true, nil
	case fr == openai.FinishReasonContentFilter && text == "":
		return false, &openaihttp.Error{Kind: openaihttp.Rejected,
			Msg: "the provider's content filter refused the reply (finish_reason content_filter)"}
	case fr == openai.FinishReasonContentFilter:
		return false, &openaihttp.Error{Kind: openaihttp.Unavailable,
			Msg: "the provider's content filter stopped the reply (finish_reason content_filter)"}
	case text == "":
		return false, &openaihttp.Error{Kind: openaihttp.Malformed,
			Msg: fmt.Sprintf("the model returned an empty reply (finish_reason %s)", fr)}
	}
	return false, nil
}

// endedEarly judges a stream closed without [DONE] or a finish_reason.
func (c *Client) endedEarly(info *streamInfo, ex *openaihttp.Exchange, chunks int) *openaihttp.Error {
	switch ct := ex.ContentType(); {
	case info.notChat:
		return &openaihttp.Error{Kind: openaihttp.Malformed,
			Msg: "the API answered with JSON that is not a chat completion (check llm.base_url)"}
	case chunks == 0 && !isEventStream(ct):
		return &openaihttp.Error{Kind: openaihttp.Malformed,
			Msg: fmt.Sprintf("the API answered with %q, not an event stream (check llm.base_url)", ct)}
	case chunks == 0:
		return &openaihttp.Error{Kind: openaihttp.Transient, Msg: "the stream closed before any event"}
	}
	return &openaihttp.Error{Kind: openaihttp.Transient,
		Msg: "the stream ended without finish_reason or [DONE] (connection closed early)"}
}

func isEventStream(ct string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(ct)), "text/event-stream")
}
