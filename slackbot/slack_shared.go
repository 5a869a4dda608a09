package slackbot

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// Several replicas of the adapter (several `healthbot serve`, each with a
// Socket Mode connection of the same app: Slack spreads events across
// them and may send a retry to another) share, through
// SlackOptions.Shared (package sharedstate, Redis):
//
//   - the events and messages seen: a retried event, or the app_mention and
//     message events of one message, are answered once across replicas;
//   - a lease on each question, from the moment it is admitted until it is
//     answered (or declined), renewed every LeaseTTL/3 by the replica
//     answering it, and the question itself: when a replica dies
//     mid-answer its leases expire, and another replica, looking every
//     LeaseTTL/2, takes the question over and answers it (past
//     maxAttempts, it tells the asker the answer was interrupted instead);
//   - each thread's conversation (follow-ups reach any replica) and the
//     answers remembered for their buttons (share, 👍/👎 on any replica).
//
// When the shared store cannot be reached, a replica falls back to its own
// memory (logged): it keeps answering, at the risk of a duplicate answer.

// Kinds of values in the shared store.
const (
	sharedConv   = "conv"   // a thread's bot.Conversation, by threadKey
	sharedAnswer = "answer" // an answerRecord, by its id
)

// sharedCallTimeout bounds one call to the shared store.
const sharedCallTimeout = 5 * time.Second

// maxAttempts is how many replicas in turn start answering a question
// before the asker is told it was interrupted.
const maxAttempts = 3

// msgCrashed tells the asker that the replicas answering a question
// stopped (crashed) several times.
const msgCrashed = "抱歉，这个问题的回答多次中断，请稍后重新提问。"

// sharedCtx is a context for one call to the shared store.
func sharedCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), sharedCallTimeout)
}

// seen reports whether any of keys was seen, by any replica when the
// store is shared.
func (s *Slack) seen(keys ...string) bool {
	if st := s.opts.Shared; st != nil {
		ctx, cancel := sharedCtx()
		defer cancel()
		dup, err := st.SeenOrAdd(ctx, s.opts.DedupeTTL, keys...)
		if err == nil {
			s.dedupe.SeenOrAdd(keys...) // kept too, for when the store is down
			return dup
		}
		s.log.Error("slack: shared store unreachable; deduplicating in this replica only", keyErr, err)
	}
	return s.dedupe.SeenOrAdd(keys...)
}

// lease is this replica's hold on a question while it is answered.
type lease struct {
	s    *Slack
	id   string
	stop chan struct{}
	once sync.Once
}

// claim decides whether this replica answers q: false when another
// replica claimed it (or answered it). Without a shared store it
// deduplicates in memory.
func (s *Slack) claim(q *question, clientMsgID string) bool {
	id := "msg:" + q.channel + "/" + q.ts
	st := s.opts.Shared
	if st == nil {
		return !s.dedupe.SeenOrAdd(id, clientKey(clientMsgID))
	}
	data, err := json.Marshal(pendingOf(*q))
	if err != nil {
		s.log.Error("slack: question not encodable for the shared store", keyErr, err)
		return !s.dedupe.SeenOrAdd(id, clientKey(clientMsgID))
	}
	ctx, cancel := sharedCtx()
	defer cancel()
	ok, err := st.Claim(ctx, id, data, s.opts.LeaseTTL)
	if err != nil {
		s.log.Error("slack: shared store unreachable; deduplicating in this replica only", keyErr, err)
		return !s.dedupe.SeenOrAdd(id, clientKey(clientMsgID))
	}
	s.dedupe.SeenOrAdd(id, clientKey(clientMsgID))
	if ok {
		q.lease = s.hold(id)
	}
	return ok
}

// hold renews the lease on id until finish.
func (s *Slack) hold(id string) *lease {
	l := &lease{s: s, id: id, stop: make(chan struct{})}
	go func() {
		t := time.NewTicker(s.opts.LeaseTTL / 3)
		defer t.Stop()
		for {
			select {
			case <-l.stop:
				return
			case <-t.C:
				ctx, cancel := sharedCtx()
				held, err := s.opts.Shared.Renew(ctx, id, s.opts.LeaseTTL)
				cancel()
				if err != nil {
					s.log.Warn("slack: cannot renew a question's lease", keyErr, err, keyEvent, id)
				} else if !held {
					s.log.Warn("slack: a question's lease expired; another replica may answer it too", keyEvent, id)
				}
			}
		}
	}()
	return l
}

// finish releases the question: answered or declined, it is not pending
// any more and a later claim of it fails. Safe on nil and more than once.
func (l *lease) finish() {
	if l == nil {
		return
	}
	l.once.Do(func() {
		close(l.stop)
		ctx, cancel := sharedCtx()
		defer cancel()
		if err := l.s.opts.Shared.Done(ctx, l.id, l.s.opts.DedupeTTL); err != nil {
			l.s.log.Error("slack: cannot mark a question answered in the shared store", keyErr, err, keyEvent, l.id)
		}
	})
}

// abandon stops renewing the lease without marking the question
// answered: once the lease expires another replica answers it (this one is
// shutting down). Safe on nil.
func (l *lease) abandon() {
	if l == nil {
		return
	}
	l.once.Do(func() { close(l.stop) })
}

// leaveToOthers reports whether a question refused with err (this replica
// is shutting down) is better left to another replica: with a shared store
// it is, and its lease is abandoned.
func (s *Slack) leaveToOthers(q question, err error) bool {
	if q.lease == nil || !errors.Is(err, errDraining) {
		return false
	}
	q.lease.abandon()
	s.log.Info("slack: shutting down; question left to another replica", keyChannel, q.channel, keyUser, q.user, keyEvent, q.lease.id)
	return true
}

// takeOver answers, every LeaseTTL/2 until ctx ends, the questions whose
// replica stopped renewing their lease before answering.
func (s *Slack) takeOver(ctx context.Context) {
	t := time.NewTicker(s.opts.LeaseTTL / 2)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		sctx, cancel := sharedCtx()
		orphans, err := s.opts.Shared.TakeOrphans(sctx, s.opts.LeaseTTL, s.opts.Workers)
		cancel()
		if err != nil {
			s.log.Warn("slack: cannot look for interrupted questions", keyErr, err)
			continue
		}
		for _, o := range orphans {
			var p pendingQuestion
			if err := json.Unmarshal(o.Data, &p); err != nil {
				s.log.Error("slack: interrupted question unreadable; dropped", keyErr, err, keyEvent, o.ID)
				(&lease{s: s, id: o.ID, stop: make(chan struct{})}).finish()
				continue
			}
			q := p.question(s.opts.Now())
			q.lease = s.hold(o.ID)
			log := s.log.With(keyChannel, q.channel, keyUser, q.user, keyEvent, o.ID, keyRetry, o.Attempt)
			if o.Attempt > maxAttempts {
				log.Warn("slack: question interrupted too often; telling the asker")
				s.notice("interrupted", func(ctx context.Context) error {
					defer q.lease.finish()
					return s.tellInThread(ctx, q, msgCrashed)
				})
				continue
			}
			log.Info("slack: answering a question another replica did not finish")
			if err := s.enqueue(job{kind: jobThread, q: q}); err != nil {
				if s.leaveToOthers(q, err) {
					continue
				}
				log.Warn("slack: interrupted question not queued", keyErr, err)
				s.notice(err.Error(), func(ctx context.Context) error {
					defer q.lease.finish()
					return s.tellInThread(ctx, q, refusal(err))
				})
			}
		}
	}
}

// pendingQuestion is a question as kept in the shared store.
type pendingQuestion struct {
	Channel   string     `json:"channel"`
	ThreadTS  string     `json:"thread_ts"`
	TS        string     `json:"ts"`
	User      string     `json:"user"`
	Text      string     `json:"text"`
	Intent    bot.Intent `json:"intent,omitempty"`
	Trigger   string     `json:"trigger"`
	Team      string     `json:"team,omitempty"`
	Assistant bool       `json:"assistant,omitempty"`
	ExtShared bool       `json:"ext_shared,omitempty"`
	HadSecret bool       `json:"had_secret,omitempty"`
}

func pendingOf(q question) pendingQuestion {
	return pendingQuestion{Channel: q.channel, ThreadTS: q.threadTS, TS: q.ts, User: q.user, Text: q.text, Intent: q.intent,
		Trigger: q.trigger, Team: q.team, Assistant: q.assistant, ExtShared: q.extShared, HadSecret: q.hadSecret}
}

func (p pendingQuestion) question(received time.Time) question {
	return question{channel: p.Channel, threadTS: p.ThreadTS, ts: p.TS, user: p.User, text: p.Text, intent: p.Intent,
		trigger: p.Trigger, team: p.Team, assistant: p.Assistant, extShared: p.ExtShared, hadSecret: p.HadSecret, received: received}
}

// loadConversation replaces the thread's conversation by the shared one,
// when the store is shared and holds one (another replica may have
// answered in the thread since). th.mu is held.
func (s *Slack) loadConversation(key string, th *thread) {
	st := s.opts.Shared
	if st == nil {
		return
	}
	ctx, cancel := sharedCtx()
	defer cancel()
	data, ok, err := st.Get(ctx, sharedConv, key)
	if err != nil {
		s.log.Warn("slack: shared store unreachable; the thread's conversation is this replica's", keyErr, err)
		return
	}
	if !ok {
		return
	}
	var c bot.Conversation
	if err := json.Unmarshal(data, &c); err != nil {
		s.log.Warn("slack: shared conversation unreadable", keyErr, err)
		return
	}
	th.conv = &c
}

// saveConversation stores the thread's conversation for the other
// replicas. th.mu is held.
func (s *Slack) saveConversation(key string, th *thread) {
	st := s.opts.Shared
	if st == nil {
		return
	}
	data, err := json.Marshal(th.conv)
	if err == nil {
		ctx, cancel := sharedCtx()
		defer cancel()
		err = st.Put(ctx, sharedConv, key, data, s.opts.ThreadTTL)
	}
	if err != nil {
		s.log.Warn("slack: conversation not shared", keyErr, err)
	}
}

// sharedThread reports whether another replica answered in the thread.
func (s *Slack) sharedThread(key string) bool {
	st := s.opts.Shared
	if st == nil {
		return false
	}
	ctx, cancel := sharedCtx()
	defer cancel()
	ok, err := st.Exists(ctx, sharedConv, key)
	if err != nil {
		s.log.Warn("slack: shared store unreachable", keyErr, err)
	}
	return ok
}

// sharedRecord is an answerRecord as kept in the shared store.
type sharedRecord struct {
	ID      string     `json:"id"`
	Answer  bot.Answer `json:"answer"`
	Asked   string     `json:"asked"`
	User    string     `json:"user"`
	Channel string     `json:"channel"`
	Created time.Time  `json:"created"`
}

// shareAnswer stores an answer for the other replicas' buttons.
func (s *Slack) shareAnswer(rec *answerRecord) {
	st := s.opts.Shared
	if st == nil {
		return
	}
	data, err := json.Marshal(sharedRecord{ID: rec.id, Answer: rec.answer, Asked: rec.asked, User: rec.user, Channel: rec.channel, Created: rec.created})
	if err == nil {
		ctx, cancel := sharedCtx()
		defer cancel()
		err = st.Put(ctx, sharedAnswer, rec.id, data, s.opts.ThreadTTL)
	}
	if err != nil {
		s.log.Warn("slack: answer not shared", keyErr, err)
	}
}

// answerByID is the answer remembered under id, by this replica or
// another.
func (s *Slack) answerByID(id string) (*answerRecord, bool) {
	if rec, ok := s.answers.Get(id); ok {
		return rec, true
	}
	st := s.opts.Shared
	if st == nil {
		return nil, false
	}
	ctx, cancel := sharedCtx()
	defer cancel()
	data, ok, err := st.Get(ctx, sharedAnswer, id)
	if err != nil {
		s.log.Warn("slack: shared store unreachable", keyErr, err)
	}
	if !ok {
		return nil, false
	}
	var r sharedRecord
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, false
	}
	rec := &answerRecord{id: r.ID, answer: r.Answer, asked: r.Asked, user: r.User, channel: r.Channel, created: r.Created}
	s.answers.Put(rec.id, rec)
	return rec, true
}
