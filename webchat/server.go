package webchat

import (
	"context"
	"errors"
	"github.com/healthbot/healthbot/access"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/chatkit"
)

// Platform names the web chat in the feedback and audit logs.
const Platform = "web"

// Log keys of the web adapter.
const (
	keyUser    = "user"
	keyConv    = "conversation"
	keyIntent  = "intent"
	keyMode    = "mode"
	keyElapsed = "elapsed"
	keyErr     = "err"
	keyAnswer  = "answer_id"
	keyVote    = "vote"
	keySources = "sources"
	keyDeltas  = "deltas"
	keyPanic   = "panic"
)

// Options tune the web chat; zero values take the defaults.
type Options struct {
	// Token, when set, is the access token every request must carry: as
	// the session cookie POST /api/login sets, or as "Authorization:
	// Bearer TOKEN".
	Token string
	// UserHeader, when set, names the header in which the reverse proxy in
	// front passes the signed-in user (X-Remote-User, say). It is trusted
	// only when set; a request without it is refused.
	UserHeader   string
	AllowedUsers []string // users (as UserHeader names them) answered; empty: everyone
	// Folders are who may read which corpus folders (nil: none
	// restricted). The web chat is a one-to-one chat: a user the proxy
	// names reads what a direct message of theirs may, anyone else only
	// what every chat may.
	Folders          *access.Policy
	chatkit.Limits                 // workers, queue, rate per user, deadlines, data folder
	Conversations    int           // conversations remembered for follow-ups (default 1000)
	ConversationIdle time.Duration // a conversation idle this long starts afresh (default 2h)
	MaxBodyBytes     int64         // largest request body (default 16 KiB)
	Audit            *bot.AuditLog // when set, every answered question is recorded in it
	Now              func() time.Time
}

func (o *Options) defaults() {
	o.Limits.Defaults()
	if o.Conversations <= 0 {
		o.Conversations = 1000
	}
	if o.ConversationIdle <= 0 {
		o.ConversationIdle = 2 * time.Hour
	}
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = 16 << 10
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// Server is the web chat: its page and API over the assistant.
type Server struct {
	bot  *bot.Bot
	opts Options
	log  *slog.Logger

	access   *chatkit.Access
	limiter  *chatkit.UserLimiter // questions and votes, per user
	logins   *chatkit.UserLimiter // failed token logins, per address
	convs    *chatkit.Conversations[struct{}]
	answers  *chatkit.LRU[*answerRecord] // by id, for the 👍/👎 buttons
	feedback *chatkit.FeedbackLog
	pool     *chatkit.Pool
	handler  http.Handler
}

// New returns the web chat over b; its workers start at once (Serve, or
// Drain when the handler is served elsewhere, stops them).
func New(b *bot.Bot, opts Options, log *slog.Logger) *Server {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opts.defaults()
	s := &Server{
		bot: b, opts: opts, log: log,
		access:   chatkit.NewAccess(nil, opts.AllowedUsers, opts.Folders, true),
		limiter:  chatkit.NewUserLimiter(opts.UserRatePerMinute, opts.Now),
		logins:   chatkit.NewUserLimiter(loginAttemptsPerMinute, opts.Now),
		convs:    chatkit.NewConversations[struct{}](opts.Conversations, opts.ConversationIdle, opts.Now),
		answers:  chatkit.NewLRU[*answerRecord](2 * opts.Conversations),
		feedback: chatkit.NewFeedbackLog(filepath.Join(opts.DataDir, chatkit.FeedbackFile)),
		pool:     chatkit.NewPool(opts.Workers, opts.Queue),
	}
	s.handler = s.routes()
	return s
}

// Handler is the page and the API, with the security headers.
func (s *Server) Handler() http.Handler { return s.handler }

// Drain stops taking questions and waits for the answers in flight, at
// most timeout; it reports whether they all finished.
func (s *Server) Drain(timeout time.Duration) bool { return s.pool.Drain(timeout) }

// Serve answers on ln until ctx is cancelled; then it stops taking
// questions and lets the answers in flight finish within ShutdownTimeout.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	s.log.Info("web: serving", "addr", ln.Addr().String(), "login", s.loginKind())
	select {
	case err := <-errc:
		s.pool.Drain(time.Second)
		return err
	case <-ctx.Done():
	}
	s.log.Info("web: shutting down, finishing answers in flight", "timeout", s.opts.ShutdownTimeout)
	drained := make(chan bool, 1)
	go func() { drained <- s.pool.Drain(s.opts.ShutdownTimeout) }()
	sctx, cancel := context.WithTimeout(context.Background(), s.opts.ShutdownTimeout+5*time.Second)
	defer cancel()
	err := srv.Shutdown(sctx)
	if !<-drained {
		s.log.Warn("web: shutdown timeout, answers in flight abandoned")
	}
	if err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	if err != nil {
		srv.Close()
	}
	return nil
}

// ListenAndServe listens on addr (host:port) and serves until ctx is
// cancelled, as Serve does.
func (s *Server) ListenAndServe(ctx context.Context, addr string) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		s.pool.Drain(time.Second)
		return err
	}
	return s.Serve(ctx, ln)
}
