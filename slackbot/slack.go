package slackbot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"

	acl "github.com/healthbot/healthbot/access"
	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/chatkit"
	"github.com/healthbot/healthbot/internal/sharedstate"
)

// Log keys of the Slack adapter.
const (
	keyChannel  = "channel"
	keyUser     = "user"
	keyThread   = "thread_ts"
	keyEvent    = "event_id"
	keyEnvelope = "envelope_id"
	keyRetry    = "retry_attempt"
	keyTrigger  = "trigger"
	keyIntent   = "intent"
	keyMode     = "mode"
	keyElapsed  = "elapsed"
	keyErr      = "err"
	keyAction   = "action"
	keyAnswer   = "answer_id"
	keyTeam     = "team"
	keyBotUser  = "bot_user"
	keyNotice   = "notice"
	keyTimeout  = "timeout"
	keyBackoff  = "backoff"
	keyKind     = "kind"
	keyPanic    = "panic"
	keySources  = "sources"
	keyWarnings = "warnings"
	keyVote     = "vote"
	keyWaited   = "waited"  // in the queue
	keyViewing  = "viewing" // an assistant thread's context: the channel open
	keyStream   = "stream"  // how an answer was shown: streamed, or edited in place
)

// SlackOptions tune the Slack adapter; zero values take the defaults.
type SlackOptions struct {
	AllowedChannels     []string      // channels answered in; empty: all (DMs: see chatkit.Access)
	AllowedUsers        []string      // users answered; empty: all
	AllowSharedChannels []string      // Slack Connect channels where answering is allowed
	Folders             *acl.Policy   // who may read which corpus folders; nil: no folder restricted
	DirectMessages      bool          // answer DMs when AllowedChannels is set and AllowedUsers is not
	chatkit.Limits                    // workers, queue, rate per user, deadlines, data folder
	UpdateInterval      time.Duration // least time between two edits or streaming appends of one answer (default 1s)
	StreamBuffer        int           // runes gathered before a streaming append (default 64); fewer go after 2×UpdateInterval
	MaxRetries          int           // retries of a Slack call answered 429 (default 3)
	MaxRetryWait        time.Duration // cap on one Retry-After wait (default 30s)
	Threads             int           // thread conversations remembered (default 1000)
	Answers             int           // answers remembered for their buttons (default 2000)
	DedupeTTL           time.Duration // how long event ids are remembered (default 15m, at least 10m)
	Audit               *bot.AuditLog // when set, every answered question is recorded in it
	// Shared, when set, is the store the replicas of this adapter share
	// (slack_shared.go); nil: everything in this process's memory.
	Shared    *sharedstate.Store
	LeaseTTL  time.Duration // a question's lease in the shared store (default 1m)
	ThreadTTL time.Duration // how long the shared store keeps conversations and answers (default 7 days)
	Now       func() time.Time
}

func (o *SlackOptions) defaults() {
	o.Limits.Defaults()
	if o.UpdateInterval <= 0 {
		o.UpdateInterval = time.Second
	}
	if o.StreamBuffer <= 0 {
		o.StreamBuffer = 64
	}
	if o.MaxRetries <= 0 {
		o.MaxRetries = 3
	}
	if o.MaxRetryWait <= 0 {
		o.MaxRetryWait = 30 * time.Second
	}
	if o.Threads <= 0 {
		o.Threads = 1000
	}
	if o.Answers <= 0 {
		o.Answers = 2000
	}
	if o.DedupeTTL < 10*time.Minute {
		o.DedupeTTL = 15 * time.Minute
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.LeaseTTL <= 0 {
		o.LeaseTTL = time.Minute
	}
	if o.ThreadTTL <= 0 {
		o.ThreadTTL = 7 * 24 * time.Hour
	}
}

// SlackAuthError says Slack refused a token: Token is "bot" (auth.test) or
// "app" (apps.connections.open, Socket Mode).
type SlackAuthError struct {
	Token string
	Err   error
}

func (e *SlackAuthError) Error() string {
	return fmt.Sprintf("slack refused the %s token: %v", e.Token, e.Err)
}

func (e *SlackAuthError) Unwrap() error { return e.Err }

// Slack is the assistant in Slack over Socket Mode: it answers @mentions,
// direct messages, replies in threads it answered in, and the /healthbot
// command (privately, with a button to share the answer to the channel).
// Every envelope is acknowledged first; the work happens in a bounded pool.
type Slack struct {
	bot  *bot.Bot
	api  *slack.Client
	sm   *socketmode.Client
	opts SlackOptions
	log  *slog.Logger

	botUserID string // set by Run from auth.test
	teamID    string // likewise: the workspace, when an event does not name the asker's

	noStream   atomic.Bool // Slack refused streaming for good: answers edit a placeholder
	appendPace *pacer      // spaces chat.appendStream calls across answers

	dedupe   *chatkit.Dedupe
	limiter  *chatkit.UserLimiter
	access   *access
	threads  *chatkit.LRU[*thread]
	answers  *chatkit.LRU[*answerRecord]
	feedback *chatkit.FeedbackLog

	mu       sync.Mutex // guards draining and sending on jobs
	draining bool
	jobs     chan job

	notices        chan struct{} // bounds notices sent at once outside the pool
	pendingNotices atomic.Int32  // notices sending or waiting their turn
	noticeWG       sync.WaitGroup
}

// Notices (refusals, access declines) are sent by at most cap(notices)
// goroutines at once; the others wait their turn, so that a burst that
// overflows the queue still tells every person. Past maxPendingNotices
// waiting, or after noticeWait, a notice is dropped and logged.
const (
	maxPendingNotices = 1024
	noticeWait        = 30 * time.Second
)

// NewSlack returns the Slack adapter. api makes Web API calls (with the bot
// token); sm is the Socket Mode client (made with the app-level token).
func NewSlack(b *bot.Bot, api *slack.Client, sm *socketmode.Client, opts SlackOptions, log *slog.Logger) *Slack {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opts.defaults()
	s := &Slack{
		bot: b, api: api, sm: sm, opts: opts, log: log,
		dedupe:   chatkit.NewDedupe(opts.DedupeTTL, opts.Now),
		limiter:  chatkit.NewUserLimiter(opts.UserRatePerMinute, opts.Now),
		threads:  chatkit.NewLRU[*thread](opts.Threads),
		answers:  chatkit.NewLRU[*answerRecord](opts.Answers),
		feedback: chatkit.NewFeedbackLog(filepath.Join(opts.DataDir, FeedbackFile)),
		jobs:     make(chan job, opts.Queue),
		notices:  make(chan struct{}, 8),

		appendPace: &pacer{gap: time.Minute / appendsPerMinute},
	}
	s.access = newAccess(opts, func(ctx context.Context, channel string) (*slack.Channel, error) {
		var ch *slack.Channel
		err := s.retry(ctx, func(ctx context.Context) (err error) {
			ch, err = api.GetConversationInfoContext(ctx, &slack.GetConversationInfoInput{ChannelID: channel})
			return err
		})
		return ch, err
	})
	return s
}

// Run checks the bot token (auth.test), connects over Socket Mode and
// answers until ctx is cancelled. Then it stops taking work (telling anyone
// who asks), lets the answers in flight finish within ShutdownTimeout and
// returns nil. A refused token is a *SlackAuthError. Run is called once.
func (s *Slack) Run(ctx context.Context) error {
	auth, err := s.api.AuthTestContext(ctx)
	if err != nil {
		var refused slack.SlackErrorResponse
		if errors.As(err, &refused) {
			return &SlackAuthError{Token: "bot", Err: err}
		}
		return fmt.Errorf("slack auth.test: %w", err)
	}
	s.botUserID, s.teamID = auth.UserID, auth.TeamID
	s.log.Info("slack: signed in", keyTeam, auth.Team, keyBotUser, auth.UserID)

	// The socket outlives ctx a little: while answers finish, envelopes are
	// still acknowledged and newcomers are told to come back later.
	sockCtx, stopSock := context.WithCancel(context.WithoutCancel(ctx))
	defer stopSock()
	sockErr := make(chan error, 1)
	go func() { sockErr <- s.sm.RunContext(sockCtx) }()

	workCtx, stopWork := context.WithCancel(context.WithoutCancel(ctx))
	defer stopWork()
	var workers sync.WaitGroup
	for range s.opts.Workers {
		workers.Go(func() {
			for j := range s.jobs {
				s.do(workCtx, j)
			}
		})
	}

	if s.opts.Shared != nil {
		takeCtx, stopTaking := context.WithCancel(ctx)
		defer stopTaking()
		go s.takeOver(takeCtx)
	}

	var runErr error
loop:
	for {
		select {
		case <-ctx.Done():
			s.log.Info("slack: shutting down, finishing answers in flight", keyTimeout, s.opts.ShutdownTimeout)
			break loop
		case err := <-sockErr:
			sockErr = nil
			runErr = socketError(err)
			s.log.Error("slack: socket mode stopped", keyErr, err)
			break loop
		case evt := <-s.sm.Events:
			s.dispatch(evt)
		}
	}

	s.mu.Lock()
	s.draining = true
	close(s.jobs)
	s.mu.Unlock()
	done := make(chan struct{})
	go func() { workers.Wait(); close(done) }()
	deadline := time.NewTimer(s.opts.ShutdownTimeout)
	defer deadline.Stop()
drain:
	for {
		select {
		case <-done:
			break drain
		case <-deadline.C:
			s.log.Warn("slack: shutdown timeout, abandoning answers in flight")
			stopWork()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				s.log.Error("slack: answers did not stop after cancellation")
			}
			break drain
		case evt := <-s.sm.Events:
			s.dispatch(evt)
		case err := <-sockErr:
			sockErr = nil
			s.log.Warn("slack: socket mode stopped while shutting down", keyErr, err)
		}
	}
	stopSock()
	if sockErr != nil {
		select {
		case <-sockErr:
		case <-time.After(5 * time.Second):
		}
	}
	s.noticeWG.Wait()
	return runErr
}

// socketError explains why Socket Mode stopped.
func socketError(err error) error {
	if err == nil {
		return errors.New("slack socket mode stopped")
	}
	switch err.Error() {
	case "invalid_auth", "not_authed", "account_inactive", "token_revoked", "not_allowed_token_type":
		return &SlackAuthError{Token: "app", Err: err}
	}
	var sc slack.StatusCodeError
	if errors.As(err, &sc) && sc.Code == http.StatusNotFound {
		return &SlackAuthError{Token: "app", Err: err}
	}
	return fmt.Errorf("slack socket mode: %w", err)
}

// dispatch handles one Socket Mode event on the reading goroutine: it
// acknowledges envelopes first, then decides quickly (in memory) whether
// there is work, which it queues.
func (s *Slack) dispatch(evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		s.log.Debug("slack: connecting")
	case socketmode.EventTypeConnected:
		s.log.Info("slack: connected over socket mode")
	case socketmode.EventTypeConnectionError:
		if e, ok := evt.Data.(*slack.ConnectionErrorEvent); ok {
			s.log.Warn("slack: connection failed, retrying", keyErr, e.ErrorObj, keyBackoff, e.Backoff)
		}
	case socketmode.EventTypeInvalidAuth:
		s.log.Error("slack: the app-level token was refused")
	case socketmode.EventTypeHello, socketmode.EventTypeDisconnect:
		s.log.Debug("slack: " + string(evt.Type))
	case socketmode.EventTypeErrorBadMessage:
		if e, ok := evt.Data.(*socketmode.ErrorBadMessage); ok {
			var env struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if json.Unmarshal(e.Message, &env) == nil && env.EnvelopeID != "" {
				s.ackID(env.EnvelopeID)
			}
			s.log.Warn("slack: unreadable envelope acknowledged and skipped", keyErr, e.Cause, keyEnvelope, env.EnvelopeID)
		}
	case socketmode.EventTypeIncomingError:
		if e, ok := evt.Data.(*slack.IncomingEventError); ok {
			s.log.Warn("slack: socket read error", keyErr, e.ErrorObj)
		}
	case socketmode.EventTypeErrorWriteFailed:
		if e, ok := evt.Data.(*socketmode.ErrorWriteFailed); ok {
			s.log.Warn("slack: socket write error", keyErr, e.Cause)
		}
	case socketmode.EventTypeEventsAPI:
		s.ack(evt.Request, nil)
		s.onEvent(evt)
	case socketmode.EventTypeSlashCommand:
		s.onSlash(evt) // acknowledged there, with the reply as payload
	case socketmode.EventTypeInteractive:
		s.ack(evt.Request, nil)
		s.onInteractive(evt)
	default:
		if evt.Request != nil {
			s.ack(evt.Request, nil)
		}
	}
}

func (s *Slack) ack(req *socketmode.Request, payload any) {
	if req == nil || req.EnvelopeID == "" {
		return
	}
	if err := s.sm.Ack(*req, payload); err != nil {
		s.log.Warn("slack: ack failed", keyEnvelope, req.EnvelopeID, keyErr, err)
	}
}

func (s *Slack) ackID(id string) {
	if err := s.sm.AckCtx(context.Background(), id, nil); err != nil {
		s.log.Warn("slack: ack failed", keyEnvelope, id, keyErr, err)
	}
}

// Why a request was not queued.
var (
	errDraining  = errors.New("shutting down")
	errQueueFull = errors.New("queue full")
)

// enqueue hands work to the pool without waiting.
func (s *Slack) enqueue(j job) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.draining {
		return errDraining
	}
	select {
	case s.jobs <- j:
		return nil
	default:
		return errQueueFull
	}
}

func (s *Slack) isDraining() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.draining
}

// refusal is what to tell someone whose request was not queued.
func refusal(err error) string {
	if errors.Is(err, errDraining) {
		return msgShuttingDown
	}
	return msgBusy
}

// notice sends a short message outside the pool (which may be full), with
// its own deadline; a few are sent at once, the others wait their turn.
func (s *Slack) notice(what string, send func(ctx context.Context) error) {
	if s.pendingNotices.Add(1) > maxPendingNotices {
		s.pendingNotices.Add(-1)
		s.log.Warn("slack: too many notices waiting, dropping one", keyNotice, what)
		return
	}
	s.noticeWG.Go(func() {
		defer s.pendingNotices.Add(-1)
		wait := time.NewTimer(noticeWait)
		defer wait.Stop()
		select {
		case s.notices <- struct{}{}:
		case <-wait.C:
			s.log.Warn("slack: notice waited too long for its turn, dropping it", keyNotice, what)
			return
		}
		defer func() { <-s.notices }()
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		if err := send(ctx); err != nil {
			s.log.Warn("slack: notice not delivered", keyNotice, what, keyErr, err)
		}
	})
}

// do runs one job from the pool.
func (s *Slack) do(ctx context.Context, j job) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("slack: panic while handling a request", keyPanic, fmt.Sprint(r), keyKind, j.kind)
		}
	}()
	switch j.kind {
	case jobThread:
		s.answerInThread(ctx, j.q)
	case jobPrivate:
		s.answerPrivately(ctx, j.q)
	case jobShare:
		s.share(ctx, j.c)
	case jobVote:
		s.vote(ctx, j.c)
	}
}

// retry runs a Slack call, waiting out 429s (Retry-After) a few times.
func (s *Slack) retry(ctx context.Context, call func(context.Context) error) error {
	return withRetry(ctx, s.opts.MaxRetries, s.opts.MaxRetryWait, call)
}

// post sends a message (chat.postMessage) and returns its ts.
func (s *Slack) post(ctx context.Context, channel string, opts ...slack.MsgOption) (string, error) {
	var ts string
	err := s.retry(ctx, func(ctx context.Context) (err error) {
		_, ts, err = s.api.PostMessageContext(ctx, channel, opts...)
		return err
	})
	return ts, err
}

// update edits a message the bot posted (chat.update).
func (s *Slack) update(ctx context.Context, channel, ts string, opts ...slack.MsgOption) error {
	return s.retry(ctx, func(ctx context.Context) error {
		_, _, _, err := s.api.UpdateMessageContext(ctx, channel, ts, opts...)
		return err
	})
}

// whisper shows a message to one user only (chat.postEphemeral), in a
// thread when threadTS is set.
func (s *Slack) whisper(ctx context.Context, channel, user, threadTS, text string) error {
	blocks, fallback := renderNotice(text)
	opts := []slack.MsgOption{slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(fallback, true)}
	if threadTS != "" {
		opts = append(opts, slack.MsgOptionTS(threadTS))
	}
	return s.retry(ctx, func(ctx context.Context) error {
		_, err := s.api.PostEphemeralContext(ctx, channel, user, opts...)
		return err
	})
}

// respond answers through a response_url (slash commands, button clicks):
// privately unless replace is set, which edits the message clicked on.
func (s *Slack) respond(ctx context.Context, responseURL string, replace bool, opts ...slack.MsgOption) error {
	if replace {
		opts = append(opts, slack.MsgOptionReplaceOriginal(responseURL))
	} else {
		opts = append(opts, slack.MsgOptionResponseURL(responseURL, slack.ResponseTypeEphemeral))
	}
	return s.retry(ctx, func(ctx context.Context) error {
		_, _, err := s.api.PostMessageContext(ctx, "", opts...)
		return err
	})
}

// tell sends a short private note to a user: through the response_url when
// there is one, else as an ephemeral message.
func (s *Slack) tell(ctx context.Context, responseURL, channel, user, threadTS, text string) error {
	if responseURL != "" {
		blocks, fallback := renderNotice(text)
		return s.respond(ctx, responseURL, false, slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(fallback, true))
	}
	return s.whisper(ctx, channel, user, threadTS, text)
}
