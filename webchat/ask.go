package webchat

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/chatkit"
)

// keepAlive is how often a comment line goes down a stream while the
// answer is prepared, so that proxies do not close a quiet connection.
const keepAlive = 15 * time.Second

// answerRecord is an answer given, for its 👍/👎 buttons.
type answerRecord struct {
	id     string
	answer bot.Answer
	user   string // who asked: only they may vote on it
	conv   string
}

// question is one POST /api/ask to answer.
type question struct {
	id        identity
	conv      string // the conversation's id
	text      string // secrets hidden
	hadSecret bool
	received  time.Time
}

// outcome is what a job hands back to the stream: the answer or the
// notice to show instead.
type outcome struct {
	view   *answerView
	notice string
}

// startEvent opens every stream: the conversation the question belongs to.
type startEvent struct {
	Conversation string `json:"conversation"`
}

// deltaEvent is text the LLM wrote since the last one.
type deltaEvent struct {
	Text string `json:"text"`
}

// errorEvent ends a stream that has no answer.
type errorEvent struct {
	Error string `json:"error"`
}

// ask answers POST /api/ask as a stream of server-sent events: start,
// then delta events while the LLM writes (none for answers made from the
// documents alone), then answer (or error).
func (s *Server) ask(w http.ResponseWriter, r *http.Request) {
	id, aerr := s.identify(r)
	if aerr != nil {
		writeError(w, aerr.status, aerr.message)
		return
	}
	req, aerr := readJSON(w, r, s.opts.MaxBodyBytes, decodeAsk)
	if aerr != nil {
		writeError(w, aerr.status, aerr.message)
		return
	}
	log := s.log.With(keyUser, id.user)
	if ok, _ := s.limiter.Allow(id.user); !ok {
		log.Info("web: user over the rate limit")
		writeError(w, http.StatusTooManyRequests, chatkit.MsgRateLimited)
		return
	}
	q := question{id: id, conv: req.Conversation, received: s.opts.Now()}
	if q.conv == "" {
		q.conv = chatkit.NewID()
	}
	q.text, q.hadSecret = bot.HideSecrets(req.Question)
	log = log.With(keyConv, q.conv)

	live := newLiveText()
	done := make(chan outcome, 1)
	reqCtx := r.Context()
	err := s.pool.Submit(func(pctx context.Context) {
		defer func() {
			if p := recover(); p != nil {
				log.Error("web: panic while answering", keyPanic, fmt.Sprint(p))
				done <- outcome{notice: chatkit.MsgFailed}
			}
		}()
		done <- s.answer(pctx, reqCtx, q, live, log)
	})
	if err != nil {
		log.Warn("web: request not queued", keyErr, err)
		writeError(w, http.StatusServiceUnavailable, chatkit.Refusal(err))
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream; charset=utf-8")
	h.Set("X-Accel-Buffering", "no") // nginx: pass each event on at once
	w.WriteHeader(http.StatusOK)
	rc := http.NewResponseController(w)
	send := func(event string, v any) bool {
		if err := writeEvent(w, event, v); err != nil {
			return false
		}
		return rc.Flush() == nil
	}
	if !send("start", startEvent{Conversation: q.conv}) {
		return
	}
	tick := time.NewTicker(keepAlive)
	defer tick.Stop()
	for {
		select {
		case <-live.kick:
			if text := live.take(); text != "" && !send("delta", deltaEvent{Text: text}) {
				return
			}
		case <-tick.C:
			if _, err := fmt.Fprint(w, ": waiting\n\n"); err != nil || rc.Flush() != nil {
				return
			}
		case out := <-done:
			if text := live.take(); text != "" && out.view != nil && !send("delta", deltaEvent{Text: text}) {
				return // the rest of the text, so the deltas add up to what was written
			}
			if out.view == nil {
				send("error", errorEvent{Error: out.notice})
				return
			}
			send("answer", out.view)
			return
		case <-reqCtx.Done():
			return // the answer is cancelled with the request
		}
	}
}

// answer prepares the answer to q in its conversation; pctx ends when
// shutdown gives up on answers in flight, reqCtx when the browser leaves.
func (s *Server) answer(pctx, reqCtx context.Context, q question, live *liveText, log *slog.Logger) outcome {
	c := s.convs.Open(q.id.user + "/" + q.conv) // per user: another's id starts their own
	defer c.Close()
	start := time.Now()
	actx, cancel := context.WithTimeout(reqCtx, s.opts.AnswerDeadline)
	defer cancel()
	stop := context.AfterFunc(pctx, cancel)
	defer stop()
	var who []string
	if q.id.named {
		who = []string{q.id.user} // an address is nobody's name: it reads only what everyone may
	}
	ans, err := s.bot.Handle(actx, c.Turns, bot.Request{Text: q.text, HadSecret: q.hadSecret, OnDelta: live.delta, Access: s.access.Readable("", true, who...)})
	if err != nil {
		if reqCtx.Err() != nil {
			log.Info("web: the browser left before the answer", keyElapsed, time.Since(start))
			return outcome{notice: chatkit.MsgFailed}
		}
		log.Error("web: answer failed", keyErr, err, keyElapsed, time.Since(start))
		return outcome{notice: chatkit.Failure(pctx, actx, err)}
	}
	s.audit(q, ans)
	rec := &answerRecord{id: chatkit.NewID(), answer: ans, user: q.id.user, conv: q.conv}
	if ans.Intent != bot.IntentHelp {
		s.answers.Put(rec.id, rec)
	}
	c.Answered()
	view := render(ans, q.text, rec.id)
	log.Info("web: answered", keyIntent, ans.Intent, keyMode, ans.Mode, keySources, len(ans.Sources),
		keyAnswer, rec.id, keyDeltas, live.count(), keyElapsed, time.Since(start), "waited", start.Sub(q.received))
	return outcome{view: &view}
}

func (s *Server) audit(q question, a bot.Answer) {
	if s.opts.Audit == nil {
		return
	}
	e := chatkit.AuditEntry(s.opts.Now(), Platform+":"+q.id.user, Platform+":"+q.conv, q.text, a)
	if err := s.opts.Audit.Record(e); err != nil {
		s.log.Error("web: question not recorded in the audit log", keyConv, q.conv, keyErr, err)
	}
}

// liveText collects what the LLM writes (bot.Request.OnDelta, called on
// the worker) for the stream to send (on the request's goroutine).
type liveText struct {
	mu     sync.Mutex
	buf    strings.Builder
	pieces int
	kick   chan struct{}
}

func newLiveText() *liveText { return &liveText{kick: make(chan struct{}, 1)} }

// delta receives generated text.
func (l *liveText) delta(piece string) {
	l.mu.Lock()
	l.buf.WriteString(piece)
	l.pieces++
	l.mu.Unlock()
	select {
	case l.kick <- struct{}{}:
	default:
	}
}

// take returns the text received since the last take.
func (l *liveText) take() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.buf.String()
	l.buf.Reset()
	return s
}

// count is how many pieces were received.
func (l *liveText) count() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.pieces
}
