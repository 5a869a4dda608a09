package dingtalkbot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/open-dingtalk/dingtalk-stream-sdk-go/chatbot"
	"github.com/open-dingtalk/dingtalk-stream-sdk-go/client"

	"github.com/healthbot/healthbot/access"
	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/chatkit"
)

// Log keys of the DingTalk adapter.
const (
	keyConversation = "conversation"
	keyUser         = "user"
	keyMsg          = "msg_id"
	keyTrigger      = "trigger"
	keyIntent       = "intent"
	keyMode         = "mode"
	keyElapsed      = "elapsed"
	keyErr          = "err"
	keyAnswer       = "answer_id"
	keyVote         = "vote"
	keySources      = "sources"
	keyParts        = "parts"
	keyPanic        = "panic"
)

// Options tune the DingTalk adapter; zero values take the defaults.
type Options struct {
	AllowedConversations []string       // group conversations (openConversationId, cid…) answered in; empty: all
	AllowedUsers         []string       // staff ids (userid) answered; empty: all
	Folders              *access.Policy // who may read which corpus folders; nil: no folder restricted
	DirectMessages       bool           // answer direct chats when AllowedConversations is set and AllowedUsers is not
	chatkit.Limits                      // workers, queue, rate per user, deadlines, data folder
	Conversations        int            // conversations remembered for follow-ups (default 1000)
	ConversationIdle     time.Duration  // a conversation idle this long starts afresh (default 2h)
	DedupeTTL            time.Duration  // how long message ids are remembered (default 15m)
	MessageRunes         int            // the most runes in one reply (default 4000)
	HTTPClient           *http.Client   // posts replies to session webhooks (default: 15s timeout)
	Audit                *bot.AuditLog  // when set, every answered question is recorded in it
	Now                  func() time.Time
}

func (o *Options) defaults() {
	o.Limits.Defaults()
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
	if o.HTTPClient == nil {
		o.HTTPClient = &http.Client{Timeout: 15 * time.Second}
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}

// DingTalk is the assistant in DingTalk over Stream mode. Each robot
// message is acknowledged at once (the SDK sends the ack when the handler
// returns); the work happens in a bounded pool.
type DingTalk struct {
	bot  *bot.Bot
	cli  *client.StreamClient
	opts Options
	log  *slog.Logger

	dedupe   *chatkit.Dedupe
	limiter  *chatkit.UserLimiter
	access   *chatkit.Access
	convs    *chatkit.Conversations[*answerRecord] // Last: the answer a typed 👍/👎 rates
	feedback *chatkit.FeedbackLog
	pool     *chatkit.Pool
	notices  sync.WaitGroup
}

// answerRecord is the last answer in a conversation, for a 👍/👎 reply.
type answerRecord struct {
	id     string
	answer bot.Answer
}

// New returns the DingTalk adapter and registers it with cli, the SDK's
// Stream client (made with the app's Client ID and Client Secret), as the
// handler of robot messages.
func New(b *bot.Bot, cli *client.StreamClient, opts Options, log *slog.Logger) *DingTalk {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opts.defaults()
	d := &DingTalk{
		bot: b, cli: cli, opts: opts, log: log,
		dedupe:   chatkit.NewDedupe(opts.DedupeTTL, opts.Now),
		limiter:  chatkit.NewUserLimiter(opts.UserRatePerMinute, opts.Now),
		access:   chatkit.NewAccess(opts.AllowedConversations, opts.AllowedUsers, opts.Folders, opts.DirectMessages),
		convs:    chatkit.NewConversations[*answerRecord](opts.Conversations, opts.ConversationIdle, opts.Now),
		feedback: chatkit.NewFeedbackLog(filepath.Join(opts.DataDir, chatkit.FeedbackFile)),
	}
	installSDKLogger(log)
	cli.RegisterChatBotCallbackRouter(d.onMessage)
	return d
}

// ConnectError says DingTalk refused to open the Stream connection: most
// often a wrong Client ID or Client Secret, or an app without Stream mode.
type ConnectError struct{ Err error }

func (e *ConnectError) Error() string { return "dingtalk stream connection refused: " + e.Err.Error() }

func (e *ConnectError) Unwrap() error { return e.Err }

// Run connects over Stream mode and answers until ctx is cancelled. Then it
// stops taking work (telling anyone who asks), lets the answers in flight
// finish within ShutdownTimeout, closes the connection and returns nil.
// A connection refused at start is a *ConnectError. Run is called once.
func (d *DingTalk) Run(ctx context.Context) error {
	d.pool = chatkit.NewPool(d.opts.Workers, d.opts.Queue)
	if err := d.cli.Start(ctx); err != nil {
		d.pool.Drain(time.Second)
		return &ConnectError{Err: err}
	}
	d.log.Info("dingtalk: connected over stream mode")
	<-ctx.Done()
	d.log.Info("dingtalk: shutting down, finishing answers in flight", "timeout", d.opts.ShutdownTimeout)
	if !d.pool.Drain(d.opts.ShutdownTimeout) {
		d.log.Warn("dingtalk: shutdown timeout, answers in flight abandoned")
	}
	// The SDK reconnects whenever its connection ends; not this time.
	d.cli.AutoReconnect = false
	d.cli.Close()
	d.notices.Wait()
	return nil
}

// question is a message to answer.
type question struct {
	msgID        string
	conversation string // conversationId
	direct       bool   // a one-to-one chat with the bot
	user         string // staff id (userid), else the sender's id
	nick         string
	text         string
	hadSecret    bool
	webhook      string    // the session webhook to reply through
	webhookUntil time.Time // when it expires (zero: unknown)
	received     time.Time
}

// Conversation types in robot messages.
const (
	convDirect = "1"
	convGroup  = "2"
)

// onMessage handles one robot message on the SDK's goroutine: it decides
// quickly (in memory) whether there is work and queues it; returning
// acknowledges the message.
func (d *DingTalk) onMessage(_ context.Context, m *chatbot.BotCallbackDataModel) ([]byte, error) {
	// Acks are written after this returns: one at a time (see ackGate).
	defer acks.wait(acks.ticket(), ackWait)
	defer func() {
		if r := recover(); r != nil {
			d.log.Error("dingtalk: panic while reading a message", keyPanic, fmt.Sprint(r))
		}
	}()
	q := question{
		msgID: m.MsgId, conversation: m.ConversationId, direct: m.ConversationType == convDirect,
		user: firstNonEmpty(m.SenderStaffId, m.SenderId), nick: m.SenderNick,
		webhook: m.SessionWebhook, received: d.opts.Now(),
	}
	if m.SessionWebhookExpiredTime > 0 {
		q.webhookUntil = time.UnixMilli(m.SessionWebhookExpiredTime)
	}
	log := d.log.With(keyConversation, q.conversation, keyUser, q.user, keyMsg, q.msgID)
	if m.MsgId != "" && d.dedupe.SeenOrAdd("msg:"+m.MsgId) {
		log.Debug("dingtalk: duplicate message ignored")
		return nil, nil
	}
	if q.user == "" || q.webhook == "" {
		log.Warn("dingtalk: message without a sender or session webhook ignored")
		return nil, nil
	}
	if !d.access.ChatAllowed(q.conversation, q.direct) {
		log.Info("dingtalk: conversation not in allowed_conversations, not answering")
		return nil, nil
	}
	if !d.access.UserAllowed(q.user) {
		log.Info("dingtalk: user not in allowed_users, declining")
		d.notice(q, chatkit.MsgUserClosed)
		return nil, nil
	}
	if m.Msgtype != "" && m.Msgtype != "text" {
		log.Info("dingtalk: a message that is not text", "msgtype", m.Msgtype)
		d.notice(q, msgTextOnly)
		return nil, nil
	}
	q.text, q.hadSecret = bot.HideSecrets(strings.TrimSpace(m.Text.Content))
	// Votes count against the rate limit too: each one is written to disk.
	if ok, warn := d.limiter.Allow(q.user); !ok {
		log.Info("dingtalk: user over the rate limit")
		if warn {
			d.notice(q, chatkit.MsgRateLimited)
		}
		return nil, nil
	}
	if vote, comment, ok := chatkit.ParseVote(q.text); ok {
		d.submit(q, log, func(ctx context.Context) { d.vote(ctx, q, vote, comment) })
		return nil, nil
	}
	d.submit(q, log, func(ctx context.Context) { d.answer(ctx, q) })
	return nil, nil
}

// submit queues work, telling the person when it cannot be.
func (d *DingTalk) submit(q question, log *slog.Logger, job func(ctx context.Context)) {
	err := d.pool.Submit(func(ctx context.Context) {
		defer func() {
			if r := recover(); r != nil {
				d.log.Error("dingtalk: panic while handling a message", keyPanic, fmt.Sprint(r))
			}
		}()
		job(ctx)
	})
	if err != nil {
		log.Warn("dingtalk: request not queued", keyErr, err)
		d.notice(q, chatkit.Refusal(err))
	}
}

// notice sends a short reply outside the pool (which may be full).
func (d *DingTalk) notice(q question, text string) {
	d.notices.Go(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		if err := d.reply(ctx, q, noticeMessage(text)); err != nil {
			d.log.Warn("dingtalk: notice not delivered", keyConversation, q.conversation, keyErr, err)
		}
	})
}

func convKey(q question) string { return q.conversation + "/" + q.user }

// answer answers a question in its chat.
func (d *DingTalk) answer(ctx context.Context, q question) {
	log := d.log.With(keyConversation, q.conversation, keyUser, q.user, keyMsg, q.msgID, keyTrigger, trigger(q))
	c := d.convs.Open(convKey(q))
	defer c.Close()
	actx, cancel := context.WithTimeout(ctx, d.opts.AnswerDeadline)
	start := time.Now()
	ans, err := d.bot.Handle(actx, c.Turns, bot.Request{Text: q.text, HadSecret: q.hadSecret, Access: d.access.Readable(q.conversation, q.direct, q.user)})
	cancel()
	uctx, done := chatkit.LiveContext(ctx)
	defer done()
	if err != nil {
		log.Error("dingtalk: answer failed", keyErr, err, keyElapsed, time.Since(start))
		if rerr := d.reply(uctx, q, noticeMessage(chatkit.Failure(ctx, actx, err))); rerr != nil {
			log.Error("dingtalk: cannot tell the person", keyErr, rerr)
		}
		return
	}
	d.audit(q, ans)
	rec := &answerRecord{id: chatkit.NewID(), answer: ans}
	if ans.Intent != bot.IntentHelp {
		c.Last = rec
	}
	c.Answered()
	msgs := renderAnswer(ans, q, d.opts.MessageRunes)
	for i, m := range msgs {
		if err := d.reply(uctx, q, m); err != nil {
			log.Error("dingtalk: cannot send the answer", keyErr, err, "part", i+1, keyParts, len(msgs))
			return
		}
	}
	log.Info("dingtalk: answered", keyIntent, ans.Intent, keyMode, ans.Mode, keySources, len(ans.Sources),
		keyAnswer, rec.id, keyParts, len(msgs), keyElapsed, time.Since(start), "waited", start.Sub(q.received))
}

func trigger(q question) string {
	if q.direct {
		return "dm"
	}
	return "mention"
}

// vote stores a 👍 / 👎 reply about the last answer in the conversation.
func (d *DingTalk) vote(ctx context.Context, q question, vote, comment string) {
	log := d.log.With(keyConversation, q.conversation, keyUser, q.user, keyVote, vote)
	rec := d.convs.LastAnswer(convKey(q))
	if rec == nil {
		log.Info("dingtalk: feedback with no answer to vote on")
		d.replyLogged(ctx, q, noticeMessage(msgNothingToRate))
		return
	}
	r := chatkit.FeedbackOf(rec.answer, vote, q.user, q.conversation, rec.id, q.msgID, d.opts.Now())
	r.Platform, r.Comment = Platform, comment
	if err := d.feedback.Append(r); err != nil {
		log.Error("dingtalk: feedback not stored", keyErr, err)
		d.replyLogged(ctx, q, noticeMessage(chatkit.MsgFeedbackLost))
		return
	}
	log.Info("dingtalk: feedback stored", keyAnswer, rec.id)
	d.replyLogged(ctx, q, noticeMessage(chatkit.ThanksFor(vote, comment)))
}

// Platform names DingTalk in the feedback and audit logs.
const Platform = "dingtalk"

func (d *DingTalk) replyLogged(ctx context.Context, q question, m message) {
	if err := d.reply(ctx, q, m); err != nil {
		d.log.Warn("dingtalk: reply not delivered", keyConversation, q.conversation, keyErr, err)
	}
}

func (d *DingTalk) audit(q question, a bot.Answer) {
	if d.opts.Audit == nil {
		return
	}
	e := chatkit.AuditEntry(d.opts.Now(), Platform+":"+q.user, Platform+":"+q.conversation, q.text, a)
	if err := d.opts.Audit.Record(e); err != nil {
		d.log.Error("dingtalk: question not recorded in the audit log", keyConversation, q.conversation, keyErr, err)
	}
}

var errWebhookExpired = errors.New("the session webhook has expired")

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
