package slackbot

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/slack-go/slack"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/chatkit"
)

// answerInThread answers a mention, DM, follow-up or question in an
// assistant thread, in its thread: the status (or, where Slack refuses it,
// a placeholder) at once, then the answer streamed as it is written
// (answerOut), ending with its sources and 👍/👎.
func (s *Slack) answerInThread(ctx context.Context, q question) {
	defer q.lease.finish()
	log := s.log.With(keyChannel, q.channel, keyUser, q.user, keyThread, q.threadTS, keyTrigger, q.trigger)
	blocked, err := s.access.externalBlocked(ctx, q.channel, q.extShared)
	if err != nil {
		log.Error("slack: cannot tell whether the channel is shared with another organisation; declining", keyErr, err)
		s.postNotice(ctx, q.channel, q.threadTS, msgAccessUnknown)
		return
	}
	if blocked {
		log.Info("slack: declining in a Slack Connect channel not in allow_shared_channels")
		s.threads.Remove(threadKey(q.channel, q.threadTS)) // replies in the thread are not for the bot
		s.postNotice(ctx, q.channel, q.threadTS, msgSharedChannel)
		return
	}
	readable, err := s.access.readable(ctx, q.channel, q.user)
	if err != nil {
		log.Error("slack: cannot tell whether the channel is private; declining", keyErr, err)
		s.postNotice(ctx, q.channel, q.threadTS, msgAccessUnknown)
		return
	}
	th := s.threads.GetOrAdd(threadKey(q.channel, q.threadTS), newThread)
	if _, viewing := th.context(); viewing != "" {
		log = log.With(keyViewing, viewing)
	}
	op, err := s.openAnswer(ctx, q, th, log)
	if err != nil {
		log.Error("slack: cannot post in the thread", keyErr, err)
		return
	}
	th.mu.Lock()
	defer th.mu.Unlock()
	s.loadConversation(threadKey(q.channel, q.threadTS), th)

	actx, cancel := context.WithTimeout(ctx, s.opts.AnswerDeadline)
	defer cancel() // after out is done with it
	out := s.out(actx, op, q, log)
	start := time.Now()
	ans, err := s.bot.Handle(actx, th.conv, bot.Request{Text: q.text, Intent: q.intent, OnDelta: out.delta, HadSecret: q.hadSecret, Access: readable})
	uctx, done := liveContext(ctx)
	defer done()
	if err != nil {
		msg := s.failure(ctx, actx, err)
		log.Error("slack: answer failed", keyErr, err, keyElapsed, time.Since(start))
		if ferr := out.fail(uctx, msg); ferr != nil {
			log.Error("slack: cannot tell that the answer failed", keyErr, ferr)
		}
		return
	}
	s.audit(q, ans)
	s.saveConversation(threadKey(q.channel, q.threadTS), th)
	rec := s.remember(ans, q)
	if err := out.finish(uctx, ans, renderOptions{answerID: rec.id, asked: q.text}); err != nil {
		log.Error("slack: cannot deliver the answer", keyErr, err, keyStream, out.mode())
		return
	}
	log.Info("slack: answered", keyIntent, ans.Intent, keyMode, ans.Mode, keySources, len(ans.Sources), keyStream, out.mode(),
		keyWarnings, len(ans.Warnings), keyAnswer, rec.id, keyElapsed, time.Since(start), keyWaited, start.Sub(q.received))
}

// answerPrivately answers /healthbot through its response_url, visible to
// the asker only, with a button to share the answer to the channel.
func (s *Slack) answerPrivately(ctx context.Context, q question) {
	log := s.log.With(keyChannel, q.channel, keyUser, q.user, keyTrigger, q.trigger)
	blocked, err := s.access.externalBlocked(ctx, q.channel, false)
	if err != nil {
		log.Error("slack: cannot tell whether the channel is shared with another organisation; declining", keyErr, err)
		msg := msgAccessUnknown
		if strings.Contains(err.Error(), "channel_not_found") {
			msg = msgInviteFirst // a private channel the bot is not in
		}
		s.tellLogged(ctx, q, msg)
		return
	}
	if blocked {
		log.Info("slack: declining a command in a Slack Connect channel not in allow_shared_channels")
		s.tellLogged(ctx, q, msgSharedChannel)
		return
	}
	// The answer can be shared to the channel: it reads what the channel may.
	readable, err := s.access.readable(ctx, q.channel, q.user)
	if err != nil {
		log.Error("slack: cannot tell whether the channel is private; declining", keyErr, err)
		s.tellLogged(ctx, q, msgAccessUnknown)
		return
	}
	actx, cancel := context.WithTimeout(ctx, s.opts.AnswerDeadline)
	start := time.Now()
	ans, err := s.bot.Handle(actx, nil, bot.Request{Text: q.text, Intent: q.intent, HadSecret: q.hadSecret, Access: readable})
	cancel()
	if err != nil {
		msg := s.failure(ctx, actx, err)
		log.Error("slack: answer failed", keyErr, err, keyElapsed, time.Since(start))
		s.tellLogged(ctx, q, msg)
		return
	}
	s.audit(q, ans)
	rec := s.remember(ans, q)
	uctx, done := liveContext(ctx)
	defer done()
	err = s.sendRendered(uctx, ans, renderOptions{answerID: rec.id, asked: q.text, share: true}, func(opts ...slack.MsgOption) error {
		if q.responseURL != "" {
			return s.respond(uctx, q.responseURL, false, opts...)
		}
		return s.retry(uctx, func(ctx context.Context) error {
			_, err := s.api.PostEphemeralContext(ctx, q.channel, q.user, opts...)
			return err
		})
	})
	if err != nil {
		log.Error("slack: cannot send the private answer", keyErr, err)
		return
	}
	log.Info("slack: answered privately", keyIntent, ans.Intent, keyMode, ans.Mode, keySources, len(ans.Sources),
		keyAnswer, rec.id, keyElapsed, time.Since(start), keyWaited, start.Sub(q.received))
}

// failure is what staff are told when Handle fails, by cause.
func (s *Slack) failure(ctx, actx context.Context, err error) string {
	switch {
	case ctx.Err() != nil:
		return msgInterrupted
	case errors.Is(err, context.DeadlineExceeded) || actx.Err() != nil:
		return msgTimedOut
	}
	return msgFailed
}

// liveContext is ctx, or a short fresh one when ctx was cancelled (shutdown
// abandoned the answer), so that the person is still told.
func liveContext(ctx context.Context) (context.Context, func()) {
	if ctx.Err() == nil {
		return ctx, func() {}
	}
	return context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
}

func (s *Slack) postNotice(ctx context.Context, channel, threadTS, text string) {
	blocks, fallback := renderNotice(text)
	if _, err := s.post(ctx, channel, slack.MsgOptionTS(threadTS), slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(fallback, true)); err != nil {
		s.log.Error("slack: cannot post a notice", keyChannel, channel, keyErr, err)
	}
}

func (s *Slack) tellLogged(ctx context.Context, q question, text string) {
	uctx, done := liveContext(ctx)
	defer done()
	if err := s.tell(uctx, q.responseURL, q.channel, q.user, "", text); err != nil {
		s.log.Error("slack: cannot send a private note", keyChannel, q.channel, keyUser, q.user, keyErr, err)
	}
}

// remember keeps an answer for its buttons.
func (s *Slack) remember(a bot.Answer, q question) *answerRecord {
	rec := &answerRecord{id: chatkit.NewID(), answer: a, asked: q.text, user: q.user, channel: q.channel, created: s.opts.Now()}
	s.answers.Put(rec.id, rec)
	s.shareAnswer(rec)
	return rec
}

// share posts a private answer to its channel, as a new thread that
// follow-ups can continue.
func (s *Slack) share(ctx context.Context, c click) {
	log := s.log.With(keyChannel, c.channel, keyUser, c.user, keyAnswer, c.value)
	rec, ok := s.answerByID(c.value)
	if !ok {
		log.Info("slack: share of a forgotten answer")
		s.clickNote(ctx, c, "这条回答已过期，请重新提问后再分享。")
		return
	}
	channel := firstNonEmpty(rec.channel, c.channel)
	var ts string
	err := s.sendRendered(ctx, rec.answer, renderOptions{answerID: rec.id, sharedBy: c.user}, func(opts ...slack.MsgOption) (err error) {
		ts, err = s.post(ctx, channel, opts...)
		return err
	})
	if err != nil {
		log.Error("slack: cannot share the answer", keyErr, err)
		msg := msgFailed
		if strings.Contains(err.Error(), "not_in_channel") || strings.Contains(err.Error(), "channel_not_found") {
			msg = msgInviteFirst
		}
		s.clickNote(ctx, c, msg)
		return
	}
	// The shared answer starts a conversation: replies in its thread follow up on it.
	th := s.threads.GetOrAdd(threadKey(channel, ts), newThread)
	th.mu.Lock()
	s.bot.Remember(th.conv, rec.asked, rec.answer)
	s.saveConversation(threadKey(channel, ts), th)
	th.mu.Unlock()
	log.Info("slack: answer shared to the channel")
	if c.responseURL != "" {
		private, _ := renderAnswer(rec.answer, renderOptions{answerID: rec.id})
		private = append([]slack.Block{contextBlock("✅ 已分享到频道。")}, private...)
		if len(private) > slackMaxBlocks {
			private = private[:slackMaxBlocks]
		}
		if err := s.respond(ctx, c.responseURL, true, slack.MsgOptionBlocks(private...), slack.MsgOptionText("已分享到频道。", false)); err != nil {
			log.Warn("slack: cannot mark the private answer as shared", keyErr, err)
		}
	}
}

// vote stores a 👍 / 👎 in the feedback log and thanks the voter privately.
func (s *Slack) vote(ctx context.Context, c click) {
	vote := c.vote
	log := s.log.With(keyChannel, c.channel, keyUser, c.user, keyAnswer, c.value, keyVote, vote)
	now := s.opts.Now()
	var r FeedbackRecord
	if rec, ok := s.answerByID(c.value); ok {
		r = feedbackOf(rec, vote, c.user, c.channel, c.messageTS, now)
	} else {
		// Forgotten (a restart): keep what the click carries.
		r = FeedbackRecord{Time: now.UTC(), Vote: vote, User: c.user, Channel: c.channel, AnswerID: c.value,
			MessageTS: c.messageTS, Answer: c.messageText, Sources: []FeedbackSource{}}
	}
	if err := s.feedback.Append(r); err != nil {
		log.Error("slack: feedback not stored", keyErr, err)
		s.clickNote(ctx, c, "抱歉，反馈没有保存成功，请稍后再试。")
		return
	}
	log.Info("slack: feedback stored")
	thanks := "感谢您的反馈！"
	if vote == VoteDown {
		thanks = "感谢反馈，我们会据此改进回答。"
	}
	s.clickNote(ctx, c, thanks)
}

// clickNote answers a click privately.
func (s *Slack) clickNote(ctx context.Context, c click, text string) {
	if err := s.tell(ctx, c.responseURL, c.channel, c.user, c.threadTS, text); err != nil {
		s.log.Warn("slack: cannot answer a click", keyChannel, c.channel, keyUser, c.user, keyErr, err)
	}
}

func (s *Slack) audit(q question, a bot.Answer) {
	if s.opts.Audit == nil {
		return
	}
	refs := make([]string, 0, len(a.Sources))
	seen := map[string]bool{}
	for _, src := range a.Sources {
		if !seen[src.Ref] {
			seen[src.Ref] = true
			refs = append(refs, src.Ref)
		}
	}
	e := bot.AuditEntry{Time: s.opts.Now(), User: q.user, Channel: q.channel, Question: q.text, Intent: a.Intent, Mode: a.Mode, Sources: refs, Warnings: a.Warnings}
	if err := s.opts.Audit.Record(e); err != nil {
		s.log.Error("slack: question not recorded in the audit log", keyChannel, q.channel, keyUser, q.user, keyErr, err)
	}
}
