package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// Causes of an attempt's context ending early, told apart with context.Cause.
var (
	errStalled        = errors.New("stream stalled")
	errAttemptTimeout = errors.New("attempt timed out")
)

// attemptResult is the outcome of one request.
type attemptResult struct {
	text      string   // content received in this attempt
	delivered bool     // some of text went to onDelta
	fail      *failure // nil on success
}

// failure describes why an attempt did not produce a complete reply.
type failure struct {
	kind       error // ErrUnavailable, ErrAuth, ErrBadRequest, ErrTruncated
	retry      bool  // a new attempt may succeed
	malformed  bool  // counts against the malformed-response budget
	cut        bool  // the stream broke after it started
	status     int
	retryAfter time.Duration
	msg        string // key-free, without the "llm: " prefix
	cause      error  // context or network error, key-free
}

// attempt sends one request and reads its stream, passing content to
// onDelta as it arrives. reasoning_content is ignored.
func (c *Client) attempt(ctx context.Context, req openai.ChatCompletionRequest, onDelta func(string)) (res attemptResult) {
	info := new(attemptInfo)
	actx, cancel := context.WithCancelCause(context.WithValue(ctx, infoKey{}, info))
	defer cancel(nil)
	actx, cancelTimeout := context.WithTimeoutCause(actx, c.requestTimeout, errAttemptTimeout)
	defer cancelTimeout()

	// The stall timer runs while waiting for the response and for each
	// stream event, never while onDelta runs.
	stall := time.AfterFunc(c.firstTokenTimeout, func() { cancel(errStalled) })
	defer stall.Stop()

	stream, err := c.api.CreateChatCompletionStream(actx, req)
	stall.Stop()
	if err != nil {
		res.fail = c.classify(actx, err, info, true)
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
				res.fail = c.finished(finish, res.text)
			case errors.Is(err, io.EOF) && info.sawDone || errors.Is(err, io.EOF) && info.converted:
				// [DONE] without a finish_reason: some servers omit it.
				res.fail = c.finished(openai.FinishReasonStop, res.text)
			case errors.Is(err, io.EOF):
				res.fail = c.endedEarly(info, chunks)
			default:
				res.fail = c.classify(actx, err, info, false)
			}
			if res.fail != nil && res.fail.kind != ErrTruncated && b.Len() > 0 {
				res.fail.cut = true
			}
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

// finished judges a stream that ended normally with reason fr.
func (c *Client) finished(fr openai.FinishReason, text string) *failure {
	switch {
	case fr == openai.FinishReasonLength && text == "":
		// Typical of reasoning models that spent max_tokens on reasoning.
		return &failure{kind: ErrUnavailable, msg: "the model reached the token limit before any reply text " +
			"(finish_reason length; raise llm.max_tokens)"}
	case fr == openai.FinishReasonLength:
		return &failure{kind: ErrTruncated, msg: "reply truncated at the token limit (finish_reason length)"}
	case fr == openai.FinishReasonContentFilter && text == "":
		return &failure{kind: ErrBadRequest, msg: "the provider's content filter refused the reply (finish_reason content_filter)"}
	case fr == openai.FinishReasonContentFilter:
		return &failure{kind: ErrUnavailable, msg: "the provider's content filter stopped the reply (finish_reason content_filter)"}
	case text == "":
		return &failure{kind: ErrUnavailable, retry: true, malformed: true,
			msg: fmt.Sprintf("the model returned an empty reply (finish_reason %s)", fr)}
	}
	return nil
}

// endedEarly judges a stream closed without [DONE] or a finish_reason.
func (c *Client) endedEarly(info *attemptInfo, chunks int) *failure {
	switch {
	case info.notChat:
		return &failure{kind: ErrUnavailable, retry: true, malformed: true,
			msg: "the API answered with JSON that is not a chat completion (check llm.base_url)"}
	case chunks == 0 && !isEventStream(info.contentType):
		return &failure{kind: ErrUnavailable, retry: true, malformed: true,
			msg: fmt.Sprintf("the API answered with %q, not an event stream (check llm.base_url)", info.contentType)}
	case chunks == 0:
		return &failure{kind: ErrUnavailable, retry: true,
			msg: "the stream closed before any event"}
	}
	return &failure{kind: ErrUnavailable, retry: true,
		msg: "the stream ended without finish_reason or [DONE] (connection closed early)"}
}

func isEventStream(ct string) bool {
	return strings.HasPrefix(strings.ToLower(strings.TrimSpace(ct)), "text/event-stream")
}
