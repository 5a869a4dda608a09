package feishubot

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"time"

	lark "github.com/larksuite/oapi-sdk-go/v3"
	larkcore "github.com/larksuite/oapi-sdk-go/v3/core"
	larkevent "github.com/larksuite/oapi-sdk-go/v3/event"
	"github.com/larksuite/oapi-sdk-go/v3/event/dispatcher"
	larkim "github.com/larksuite/oapi-sdk-go/v3/service/im/v1"
	larkws "github.com/larksuite/oapi-sdk-go/v3/ws"

	"github.com/healthbot/healthbot/access"
	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/chatkit"
)

// Log keys of the Feishu adapter.
const (
	keyChat    = "chat"
	keyUser    = "user"
	keyMsg     = "msg_id"
	keyTrigger = "trigger"
	keyIntent  = "intent"
	keyMode    = "mode"
	keyElapsed = "elapsed"
	keyErr     = "err"
	keyAnswer  = "answer_id"
	keyVote    = "vote"
	keySources = "sources"
	keyParts   = "parts"
	keyPanic   = "panic"
)

// Platform names Feishu in the feedback and audit logs.
const Platform = "feishu"

// Options tune the Feishu adapter; zero values take the defaults.
type Options struct {
	BaseURL          string         // Open Platform host (default https://open.feishu.cn; Lark: https://open.larksuite.com)
	AllowedChats     []string       // group chats (chat_id oc_…) answered in; empty: all
	AllowedUsers     []string       // people (open_id ou_… or user_id) answered; empty: all
	Folders          *access.Policy // who may read which corpus folders; nil: no folder restricted
	DirectMessages   bool           // answer direct chats when AllowedChats is set and AllowedUsers is not
	chatkit.Limits                  // workers, queue, rate per user, deadlines, data folder
	Conversations    int            // conversations remembered for follow-ups (default 1000)
	ConversationIdle time.Duration  // a conversation idle this long starts afresh (default 2h)
	DedupeTTL        time.Duration  // how long message ids are remembered (default 15m)
	MessageRunes     int            // the most runes in one card (default 5000)
	UpdateInterval   time.Duration  // a streamed answer's card is patched at most this often (default 1s)
	HTTPClient       *http.Client   // for the Open Platform's HTTP API (default the SDK's); the long connection's endpoint and websocket always use the SDK's own
	Audit            *bot.AuditLog  // when set, every answered question is recorded in it
	Now              func() time.Time
}

func (o *Options) defaults() {
	o.Limits.Defaults()
	if o.BaseURL == "" {
		o.BaseURL = lark.FeishuBaseUrl
	}
	o.BaseURL = strings.TrimSuffix(o.BaseURL, "/")
	if o.Conversations <= 0 {
		o.Conversations = 1000
	}
	if o.ConversationIdle <= 0 {
		o.ConversationIdle = 2 * time.Hour
	}
	if o.DedupeTTL < 10*time.Minute {
		o.DedupeTTL = 15 * time.Minute
	}
	if o.MessageRunes <= 0 || o.MessageRunes > maxMessageRunes {
		o.MessageRunes = maxMessageRunes
	}
	if o.UpdateInterval <= 0 {
		o.UpdateInterval = time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// Feishu is the assistant in Feishu over a long connection. Each event is
// acknowledged when its handler returns (at once: it only queues work); the
// work happens in a bounded pool. A click on a card's button is answered
// when recorded.
type Feishu struct {
	bot       *bot.Bot
	api       *lark.Client
	events    *dispatcher.EventDispatcher
	appID     string
	appSecret string
	opts      Options
	log       *slog.Logger

	dedupe   *chatkit.Dedupe
	limiter  *chatkit.UserLimiter
	access   *chatkit.Access
	convs    *chatkit.Conversations[*answerRecord] // Last: the answer a typed 👍/👎 rates
	feedback *chatkit.FeedbackLog
	answers  *chatkit.LRU[*answerRecord] // by id, for the feedback buttons
	pool     *chatkit.Pool
	botID    string // the bot's open_id, to tell its @-mentions from others'

	mu      sync.Mutex // guards stopped and adding to notices
	stopped bool
	notices sync.WaitGroup
}

// answerRecord is an answer given, for a 👍/👎 reply (the last in a
// conversation) or a click on its buttons (by id).
type answerRecord struct {
	id     string
	answer bot.Answer
	chat   string
	direct bool
}

// New returns the Feishu adapter of the self-built app with appID and
// appSecret (the app's credentials page): the SDK's API client, for
// replies, and the dispatcher of what the long connection (opened by Run)
// delivers: message events and clicks on the answers' buttons.
func New(b *bot.Bot, appID, appSecret string, opts Options, log *slog.Logger) *Feishu {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opts.defaults()
	f := &Feishu{
		bot: b, opts: opts, log: log, appID: appID, appSecret: appSecret,
		dedupe:   chatkit.NewDedupe(opts.DedupeTTL, opts.Now),
		limiter:  chatkit.NewUserLimiter(opts.UserRatePerMinute, opts.Now),
		access:   chatkit.NewAccess(opts.AllowedChats, opts.AllowedUsers, opts.Folders, opts.DirectMessages),
		convs:    chatkit.NewConversations[*answerRecord](opts.Conversations, opts.ConversationIdle, opts.Now),
		feedback: chatkit.NewFeedbackLog(filepath.Join(opts.DataDir, chatkit.FeedbackFile)),
		answers:  chatkit.NewLRU[*answerRecord](opts.Conversations),
	}
	sdkLog := &sdkLogger{log: log}
	apiOpts := []lark.ClientOptionFunc{
		lark.WithOpenBaseUrl(opts.BaseURL),
		lark.WithLogger(sdkLog), lark.WithLogLevel(larkcore.LogLevelInfo),
		lark.WithReqTimeout(15 * time.Second),
	}
	if opts.HTTPClient != nil {
		apiOpts = append(apiOpts, lark.WithHttpClient(opts.HTTPClient))
	}
	f.api = lark.NewClient(appID, appSecret, apiOpts...)
	f.events = dispatcher.NewEventDispatcher("", "").
		OnP2MessageReceiveV1(f.onMessage).
		OnP2CardActionTrigger(f.onCardAction)
	f.events.InitConfig(larkevent.WithLogger(sdkLog))
	return f
}

// ConnectError says Feishu refused the app: most often a wrong App ID or
// App Secret, an app without the bot ability, or one not using the long
// connection for events.
type ConnectError struct{ Err error }

func (e *ConnectError) Error() string { return "feishu refused the connection: " + e.Err.Error() }

func (e *ConnectError) Unwrap() error { return e.Err }

// Run checks the credentials (the bot's own info), opens the long
// connection and answers until ctx is cancelled. Then it stops taking work
// (telling anyone who asks), lets the answers in flight finish within
// ShutdownTimeout and returns nil. A refusal at start is a *ConnectError.
//
// The SDK (v3.5.3) cannot close its connection: it stays open, refusing
// events, until the process exits. Run is called once.
func (f *Feishu) Run(ctx context.Context) error {
	ws := larkws.NewClient(f.appID, f.appSecret,
		larkws.WithEventHandler(f.events),
		larkws.WithDomain(f.opts.BaseURL),
		larkws.WithLogger(&sdkLogger{log: f.log}),
	)
	// Start blocks for good once connected and ignores ctx.
	return f.serve(ctx, ws.Start)
}

// serve is Run with connect opening the connection that delivers events
// to f.events: connect returns an error when it cannot, else runs until
// the process ends (the SDK's) or ctx is done.
func (f *Feishu) serve(ctx context.Context, connect func(context.Context) error) error {
	f.pool = chatkit.NewPool(f.opts.Workers, f.opts.Queue)
	id, name, err := f.botInfo(ctx)
	if err != nil {
		f.pool.Drain(time.Second)
		f.stop()
		return &ConnectError{Err: err}
	}
	f.botID = id
	f.log.Info("feishu: connecting over the long connection", "bot", name)
	started := make(chan error, 1)
	go func() { started <- connect(ctx) }()
	select {
	case err := <-started:
		if ctx.Err() == nil {
			f.pool.Drain(time.Second)
			f.stop()
			return &ConnectError{Err: err}
		}
	case <-ctx.Done():
	}
	f.log.Info("feishu: shutting down, finishing answers in flight", "timeout", f.opts.ShutdownTimeout)
	if !f.pool.Drain(f.opts.ShutdownTimeout) {
		f.log.Warn("feishu: shutdown timeout, answers in flight abandoned")
	}
	f.stop()
	return nil
}

// stop refuses events from now on and waits for the notices being sent.
func (f *Feishu) stop() {
	f.mu.Lock()
	f.stopped = true
	f.mu.Unlock()
	f.notices.Wait()
}

// botInfo is the bot's open_id and name (GET /open-apis/bot/v3/info); it
// proves the credentials before the connection is opened.
func (f *Feishu) botInfo(ctx context.Context) (openID, name string, err error) {
	resp, err := f.api.Get(ctx, "/open-apis/bot/v3/info", nil, larkcore.AccessTokenTypeTenant)
	if err != nil {
		return "", "", fmt.Errorf("bot info: %w", err)
	}
	var info struct {
		Code int    `json:"code"`
		Msg  string `json:"msg"`
		Bot  struct {
			OpenID  string `json:"open_id"`
			AppName string `json:"app_name"`
		} `json:"bot"`
	}
	if err := json.Unmarshal(resp.RawBody, &info); err != nil {
		return "", "", fmt.Errorf("bot info: HTTP %d, unreadable answer: %w", resp.StatusCode, err)
	}
	if info.Code != 0 {
		return "", "", fmt.Errorf("bot info: code %d: %s", info.Code, info.Msg)
	}
	if info.Bot.OpenID == "" {
		return "", "", fmt.Errorf("bot info: the app has no bot (enable the bot ability)")
	}
	return info.Bot.OpenID, info.Bot.AppName, nil
}

// question is a message to answer.
type question struct {
	msgID     string
	eventID   string
	chat      string // chat_id
	direct    bool   // a one-to-one (p2p) chat with the bot
	user      string // user_id when the app may read it, else open_id
	openID    string
	text      string
	hadSecret bool
	received  time.Time
}

// Chat types in message events.
const chatP2P = "p2p"

// onMessage handles one message event on the SDK's goroutine: it decides
// quickly (in memory) whether there is work and queues it; returning nil
// acknowledges the event.
func (f *Feishu) onMessage(_ context.Context, ev *larkim.P2MessageReceiveV1) (err error) {
	defer func() {
		if r := recover(); r != nil {
			f.log.Error("feishu: panic while reading a message", keyPanic, fmt.Sprint(r))
		}
	}()
	if ev == nil || ev.Event == nil || ev.Event.Message == nil || ev.Event.Sender == nil {
		return nil
	}
	m, s := ev.Event.Message, ev.Event.Sender
	q := question{msgID: str(m.MessageId), chat: str(m.ChatId), direct: str(m.ChatType) == chatP2P, received: f.opts.Now()}
	if s.SenderId != nil {
		q.openID = str(s.SenderId.OpenId)
		q.user = firstNonEmpty(str(s.SenderId.UserId), q.openID)
	}
	if ev.EventV2Base != nil && ev.EventV2Base.Header != nil {
		q.eventID = ev.EventV2Base.Header.EventID
	}
	log := f.log.With(keyChat, q.chat, keyUser, q.user, keyMsg, q.msgID)
	f.mu.Lock()
	stopped := f.stopped
	f.mu.Unlock()
	if stopped {
		// Answered with an error, not taken: the next process may get it.
		return fmt.Errorf("feishu adapter stopped")
	}
	if f.dedupe.SeenOrAdd(prefixed("msg:", q.msgID), prefixed("event:", q.eventID)) {
		log.Debug("feishu: duplicate message ignored")
		return nil
	}
	if t := str(s.SenderType); t != "" && t != "user" {
		return nil // another bot or app
	}
	if q.msgID == "" || q.user == "" {
		log.Warn("feishu: message without an id or a sender ignored")
		return nil
	}
	if !q.direct && !f.mentioned(m.Mentions) {
		log.Debug("feishu: group message not addressed to the bot")
		return nil
	}
	if !f.access.ChatAllowed(q.chat, q.direct) {
		log.Info("feishu: chat not in allowed_chats, not answering")
		return nil
	}
	if !f.access.UserAllowed(q.user) && !f.access.UserAllowed(q.openID) {
		log.Info("feishu: user not in allowed_users, declining")
		f.notice(q, chatkit.MsgUserClosed)
		return nil
	}
	text, ok := messageText(str(m.MessageType), str(m.Content), m.Mentions, f.botID)
	if !ok {
		log.Info("feishu: a message that is not text", "msgtype", str(m.MessageType))
		f.notice(q, msgTextOnly)
		return nil
	}
	q.text, q.hadSecret = bot.HideSecrets(strings.TrimSpace(text))
	// Votes count against the rate limit too: each one is written to disk.
	if ok, warn := f.limiter.Allow(q.user); !ok {
		log.Info("feishu: user over the rate limit")
		if warn {
			f.notice(q, chatkit.MsgRateLimited)
		}
		return nil
	}
	if vote, comment, ok := chatkit.ParseVote(q.text); ok {
		f.submit(q, log, func(ctx context.Context) { f.vote(ctx, q, vote, comment) })
		return nil
	}
	f.submit(q, log, func(ctx context.Context) { f.answer(ctx, q) })
	return nil
}

// mentioned reports whether the bot is among the mentions (any mention,
// when the bot's id is unknown).
func (f *Feishu) mentioned(ms []*larkim.MentionEvent) bool {
	for _, m := range ms {
		if m == nil {
			continue
		}
		if f.botID == "" || (m.Id != nil && str(m.Id.OpenId) == f.botID) {
			return true
		}
	}
	return false
}

// submit queues work, telling the person when it cannot be.
func (f *Feishu) submit(q question, log *slog.Logger, job func(ctx context.Context)) {
	err := f.pool.Submit(func(ctx context.Context) {
		defer func() {
			if r := recover(); r != nil {
				f.log.Error("feishu: panic while handling a message", keyPanic, fmt.Sprint(r))
			}
		}()
		job(ctx)
	})
	if err != nil {
		log.Warn("feishu: request not queued", keyErr, err)
		f.notice(q, chatkit.Refusal(err))
	}
}

// notice sends a short reply outside the pool (which may be full).
func (f *Feishu) notice(q question, text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.stopped {
		return
	}
	f.notices.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		if err := f.reply(ctx, q, noticeMessage(text), "notice"); err != nil {
			f.log.Warn("feishu: notice not delivered", keyChat, q.chat, keyErr, err)
		}
	})
}

func convKey(q question) string { return q.chat + "/" + q.user }

// answer answers a question in its chat.
func (f *Feishu) answer(ctx context.Context, q question) {
	log := f.log.With(keyChat, q.chat, keyUser, q.user, keyMsg, q.msgID, keyTrigger, trigger(q))
	c := f.convs.Open(convKey(q))
	defer c.Close()
	start := time.Now()
	live := f.openCard(ctx, q, log)
	req := bot.Request{Text: q.text, HadSecret: q.hadSecret, Access: f.access.Readable(q.chat, q.direct, q.user, q.openID)}
	if live != nil {
		req.OnDelta = live.delta
	}
	actx, cancel := context.WithTimeout(ctx, f.opts.AnswerDeadline)
	ans, err := f.bot.Handle(actx, c.Turns, req)
	cancel()
	uctx, done := chatkit.LiveContext(ctx)
	defer done()
	if err != nil {
		log.Error("feishu: answer failed", keyErr, err, keyElapsed, time.Since(start))
		notice := noticeMessage(chatkit.Failure(ctx, actx, err))
		if live != nil {
			perr := live.finish(uctx, notice)
			if perr == nil {
				return
			}
			log.Warn("feishu: placeholder not updated, replying instead", keyErr, perr)
		}
		if rerr := f.reply(uctx, q, notice, "failure"); rerr != nil {
			log.Error("feishu: cannot tell the person", keyErr, rerr)
		}
		return
	}
	f.audit(q, ans)
	rec := &answerRecord{id: chatkit.NewID(), answer: ans, chat: q.chat, direct: q.direct}
	if ans.Intent != bot.IntentHelp {
		c.Last = rec
		f.answers.Put(rec.id, rec)
	}
	c.Answered()
	msgs := renderAnswer(ans, q, rec.id, f.opts.MessageRunes)
	shown, streamed := "reply", 0
	if live != nil {
		err := live.finish(uctx, msgs[0])
		streamed = live.streamed()
		if err == nil {
			shown = "card-update"
			msgs[0].Text = "" // shown
		} else {
			log.Warn("feishu: placeholder not updated into the answer, replying instead", keyErr, err)
		}
	}
	for i, m := range msgs {
		if m.Text == "" {
			continue
		}
		if err := f.reply(uctx, q, m, fmt.Sprintf("answer-%d", i)); err != nil {
			log.Error("feishu: cannot send the answer", keyErr, err, "part", i+1, keyParts, len(msgs))
			return
		}
	}
	log.Info("feishu: answered", keyIntent, ans.Intent, keyMode, ans.Mode, keySources, len(ans.Sources),
		keyAnswer, rec.id, keyParts, len(msgs), "shown", shown, "patches", streamed,
		keyElapsed, time.Since(start), "waited", start.Sub(q.received))
}

func trigger(q question) string {
	if q.direct {
		return "dm"
	}
	return "mention"
}

// vote stores a 👍 / 👎 reply about the last answer in the conversation.
func (f *Feishu) vote(ctx context.Context, q question, vote, comment string) {
	log := f.log.With(keyChat, q.chat, keyUser, q.user, keyVote, vote)
	rec := f.convs.LastAnswer(convKey(q))
	if rec == nil {
		log.Info("feishu: feedback with no answer to vote on")
		f.replyLogged(ctx, q, noticeMessage(msgNothingToRate))
		return
	}
	r := chatkit.FeedbackOf(rec.answer, vote, q.user, q.chat, rec.id, q.msgID, f.opts.Now())
	r.Platform, r.Comment = Platform, comment
	if err := f.feedback.Append(r); err != nil {
		log.Error("feishu: feedback not stored", keyErr, err)
		f.replyLogged(ctx, q, noticeMessage(chatkit.MsgFeedbackLost))
		return
	}
	log.Info("feishu: feedback stored", keyAnswer, rec.id)
	f.replyLogged(ctx, q, noticeMessage(chatkit.ThanksFor(vote, comment)))
}

func (f *Feishu) replyLogged(ctx context.Context, q question, m message) {
	if err := f.reply(ctx, q, m, "notice"); err != nil {
		f.log.Warn("feishu: reply not delivered", keyChat, q.chat, keyErr, err)
	}
}

func (f *Feishu) audit(q question, a bot.Answer) {
	if f.opts.Audit == nil {
		return
	}
	e := chatkit.AuditEntry(f.opts.Now(), Platform+":"+q.user, Platform+":"+q.chat, q.text, a)
	if err := f.opts.Audit.Record(e); err != nil {
		f.log.Error("feishu: question not recorded in the audit log", keyChat, q.chat, keyErr, err)
	}
}

// prefixed is prefix+id, or "" (no key) for no id.
func prefixed(prefix, id string) string {
	if id == "" {
		return ""
	}
	return prefix + id
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
