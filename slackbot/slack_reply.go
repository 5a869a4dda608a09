package slackbot

import (
	"context"
	"errors"
	"log/slog"
	"strings"

	"github.com/slack-go/slack"

	"github.com/healthbot/healthbot/bot"
)

// answerOut is where an answer in a thread is shown while it is written
// (delta, Request.OnDelta) and when it is done (finish) or failed (fail):
// Slack's streaming methods (streamOut), or a placeholder edited in place
// (editOut) where they are refused.
type answerOut interface {
	delta(piece string)
	finish(ctx context.Context, a bot.Answer, o renderOptions) error
	fail(ctx context.Context, text string) error
	mode() string // for the log: "stream" or "edit"
}

// opening is how an answer in a thread begins, decided before it waits
// for its thread: streamed (the status shown meanwhile), or in the
// placeholder posted at ts.
type opening struct {
	stream bool
	ts     string
}

// openAnswer shows at once that a question is being answered: in an
// assistant thread it sets the title from the first question; then it
// sets the status "正在查找资料…" and the answer will be streamed. Where
// Slack refuses the status, it posts the placeholder to edit instead.
func (s *Slack) openAnswer(ctx context.Context, q question, th *thread, log *slog.Logger) (opening, error) {
	if q.assistant && th.takeTitle() {
		if err := s.setTitle(ctx, q.channel, q.threadTS, threadTitle(q.text)); err != nil {
			log.Warn("slack: cannot set the assistant thread's title", keyErr, err)
		}
	}
	if !s.noStream.Load() {
		err := s.setStatus(ctx, q.channel, q.threadTS, msgWorking)
		if err == nil {
			return opening{stream: true}, nil
		}
		s.streamingRefused(err, log)
	}
	ts, err := s.post(ctx, q.channel, slack.MsgOptionTS(q.threadTS), slack.MsgOptionText(slackPlaceholder, false))
	return opening{ts: ts}, err
}

// out is the answerOut of an opening.
func (s *Slack) out(ctx context.Context, op opening, q question, log *slog.Logger) answerOut {
	if op.stream {
		return s.newStreamOut(ctx, q, log)
	}
	return s.newEditOut(ctx, q.channel, op.ts)
}

// Slack's answers to a method this app may never use: the workspace has no
// streaming (or AI app) methods, or the app was not granted them.
var permanentRefusals = map[string]bool{
	"unknown_method": true, "method_deprecated": true, "missing_scope": true,
	"not_allowed_token_type": true, "no_permission": true,
}

// streamingRefused logs why Slack refused a status or a stream and, when
// it always will, stops trying for the adapter's life.
func (s *Slack) streamingRefused(err error, log *slog.Logger) {
	var se slack.SlackErrorResponse
	if errors.As(err, &se) && permanentRefusals[se.Err] {
		if !s.noStream.Swap(true) {
			log.Warn("slack: streaming and assistant status refused; answering by editing a placeholder from now on", keyErr, err)
		}
		return
	}
	log.Info("slack: streaming refused here; editing a placeholder instead", keyErr, err)
}

// updateAnswer edits a message into the rendered answer: with a markdown
// block and feedback_buttons; where Slack refuses them, in the classic
// rendering; where that is refused too, as plain text.
func (s *Slack) updateAnswer(ctx context.Context, channel, ts string, a bot.Answer, o renderOptions) error {
	return s.sendRendered(ctx, a, o, func(opts ...slack.MsgOption) error { return s.update(ctx, channel, ts, opts...) })
}

// postAnswer posts the rendered answer in a thread (as updateAnswer).
func (s *Slack) postAnswer(ctx context.Context, channel, threadTS string, a bot.Answer, o renderOptions) error {
	return s.sendRendered(ctx, a, o, func(opts ...slack.MsgOption) error {
		_, err := s.post(ctx, channel, append(opts, slack.MsgOptionTS(threadTS))...)
		return err
	})
}

// sendRendered sends an answer with send: modern, then classic, then
// plain text (an empty block list clears a placeholder's blocks).
func (s *Slack) sendRendered(ctx context.Context, a bot.Answer, o renderOptions, send func(...slack.MsgOption) error) error {
	blocks, fallback := renderAnswer(a, o)
	err := send(slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(fallback, true))
	if err == nil {
		return nil
	}
	s.log.Warn("slack: the answer was refused, sending the classic rendering", keyErr, err)
	o.classic = true
	blocks, _ = renderAnswer(a, o)
	if err = send(slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(fallback, true)); err == nil {
		return nil
	}
	s.log.Error("slack: the rendered answer was refused, sending plain text", keyErr, err)
	return send(slack.MsgOptionBlocks(), slack.MsgOptionText(fallback, true))
}

// refusedBlocks reports whether Slack refused a message for its blocks
// (rather than for the channel, the token or the network).
func refusedBlocks(err error) bool {
	var se slack.SlackErrorResponse
	if !errors.As(err, &se) {
		return false
	}
	return strings.Contains(se.Err, "block") || se.Err == "invalid_arguments" || se.Err == "msg_too_long"
}
