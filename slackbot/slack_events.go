package slackbot

import (
	"context"
	"regexp"
	"strings"
	"time"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"github.com/healthbot/healthbot/bot"
)

// What a job asks the pool to do.
type jobKind int

const (
	jobThread  jobKind = iota + 1 // answer in a thread (mention, DM, follow-up)
	jobPrivate                    // answer a slash command privately
	jobShare                      // post a private answer to its channel
	jobVote                       // store a 👍 / 👎
)

type job struct {
	kind jobKind
	q    question
	c    click
}

// question is a request to answer.
type question struct {
	channel     string
	threadTS    string // the thread answered in (the message's own ts for a new thread)
	ts          string // the message asked in
	user        string
	text        string
	intent      bot.Intent
	trigger     string // mention, dm, thread, command
	responseURL string // slash commands
	team        string // the asker's team, for streaming to them in a channel
	assistant   bool   // asked in an assistant thread (Slack's AI app container)
	extShared   bool   // the event said the channel is shared with another organisation
	hadSecret   bool   // a key or token was hidden in text (bot.HideSecrets)
	received    time.Time
	lease       *lease // this replica's hold on the question (shared store), nil without one
}

// click is a press of one of an answer's buttons.
type click struct {
	action      string
	value       string // the answer id
	vote        string // VoteUp or VoteDown (feedback clicks)
	user        string
	channel     string
	messageTS   string
	threadTS    string
	responseURL string
	ephemeral   bool
	messageText string // the clicked message's fallback text
}

// onEvent handles an Events API envelope (already acknowledged).
func (s *Slack) onEvent(evt socketmode.Event) {
	ev, ok := evt.Data.(slackevents.EventsAPIEvent)
	if !ok || ev.Type != slackevents.CallbackEvent {
		return
	}
	cb, _ := ev.Data.(*slackevents.EventsAPICallbackEvent)
	var eventID string
	ext := ev.IsExtSharedChannel
	if cb != nil {
		eventID = cb.EventID
		ext = ext || cb.IsExtSharedChannel
	}
	retry := 0
	if evt.Request != nil {
		retry = evt.Request.RetryAttempt
	}
	if eventID != "" && s.seen("event:"+eventID) {
		s.log.Debug("slack: duplicate event ignored", keyEvent, eventID, keyRetry, retry)
		return
	}
	now := s.opts.Now()
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AssistantThreadStartedEvent:
		s.onAssistantThread(e.AssistantThread, true)
	case *slackevents.AssistantThreadContextChangedEvent:
		s.onAssistantThread(e.AssistantThread, false)
	case *slackevents.AppMentionEvent:
		if e.User == "" || e.BotID != "" || e.User == s.botUserID || e.Edited != nil {
			return
		}
		s.admit(question{
			channel: e.Channel, threadTS: firstNonEmpty(e.ThreadTimeStamp, e.TimeStamp), ts: e.TimeStamp,
			user: e.User, text: s.plainText(e.Text), trigger: "mention", team: firstNonEmpty(e.UserTeam, ev.TeamID),
			extShared: ext, received: now,
		}, eventID, "")
	case *slackevents.MessageEvent:
		// New messages only: not edits, deletions, joins or bots (this one included).
		switch e.SubType {
		case "", "thread_broadcast", "file_share":
		default:
			return
		}
		if e.User == "" || e.BotID != "" || e.User == s.botUserID {
			return
		}
		q := question{channel: e.Channel, ts: e.TimeStamp, user: e.User, text: s.plainText(e.Text),
			team: firstNonEmpty(e.UserTeam, ev.TeamID), extShared: ext, received: now}
		inThread := e.ThreadTimeStamp != "" && e.ThreadTimeStamp != e.TimeStamp
		switch {
		case e.ChannelType == slackevents.ChannelTypeIM || (e.ChannelType == "" && isDM(e.Channel)):
			q.trigger, q.threadTS = "dm", firstNonEmpty(e.ThreadTimeStamp, e.TimeStamp)
			if inThread && (e.AssistantThread != nil || s.assistantThread(e.Channel, e.ThreadTimeStamp)) {
				q.trigger, q.assistant = "assistant", true
			}
		case inThread && s.knownThread(e.Channel, e.ThreadTimeStamp) && !s.addressesSomeoneElse(e.Text):
			q.trigger, q.threadTS = "thread", e.ThreadTimeStamp
		default:
			return // a channel message not for the bot; @mentions come as app_mention
		}
		s.admit(q, eventID, e.ClientMsgID)
	}
}

// addressesSomeoneElse reports whether a message @mentions people but not
// the bot: a colleague is being asked, not the bot.
func (s *Slack) addressesSomeoneElse(text string) bool {
	others := false
	for _, m := range slackMention.FindAllStringSubmatch(text, -1) {
		if m[1] == s.botUserID {
			return false
		}
		others = true
	}
	return others
}

// admit decides, in memory, whether a question is answered, and queues it.
func (s *Slack) admit(q question, eventID, clientMsgID string) {
	q.text, q.hadSecret = bot.HideSecrets(q.text)
	log := s.log.With(keyChannel, q.channel, keyUser, q.user, keyTrigger, q.trigger, keyEvent, eventID)
	im := isDM(q.channel)
	if !s.access.channelAllowed(q.channel, im) {
		log.Info("slack: channel not in allowed_channels, not answering")
		return
	}
	// One message comes as app_mention and as message, and may reach
	// another replica: answer it once.
	if !s.claim(&q, clientMsgID) {
		log.Debug("slack: message already handled")
		return
	}
	if !s.access.userAllowed(q.user) {
		q.lease.finish()
		if q.trigger == "thread" {
			return // people talking among themselves in a thread the bot answered in
		}
		log.Info("slack: user not in allowed_users, declining")
		s.notice("user not allowed", func(ctx context.Context) error { return s.tellInThread(ctx, q, msgUserClosed) })
		return
	}
	if ok, warn := s.limiter.Allow(q.user); !ok {
		q.lease.finish()
		log.Info("slack: user over the rate limit")
		if warn {
			s.notice("rate limited", func(ctx context.Context) error { return s.tellInThread(ctx, q, msgRateLimited) })
		}
		return
	}
	th := s.threads.GetOrAdd(threadKey(q.channel, q.threadTS), newThread)
	if q.assistant {
		th.markAssistant("", false) // after a restart, Slack's message still says so
	}
	if err := s.enqueue(job{kind: jobThread, q: q}); err != nil {
		if s.leaveToOthers(q, err) {
			return
		}
		q.lease.finish()
		log.Warn("slack: request not queued", keyErr, err)
		s.notice(err.Error(), func(ctx context.Context) error { return s.tellInThread(ctx, q, refusal(err)) })
		return
	}
	log.Debug("slack: question queued")
}

func newThread() *thread { return &thread{conv: &bot.Conversation{}} }

func clientKey(id string) string {
	if id == "" {
		return ""
	}
	return "client:" + id
}

// assistantThread reports whether a thread is a known assistant thread.
func (s *Slack) assistantThread(channel, threadTS string) bool {
	th, ok := s.threads.Get(threadKey(channel, threadTS))
	if !ok {
		return false
	}
	assistant, _ := th.context()
	return assistant
}

// knownThread reports whether the bot answered in this thread.
func (s *Slack) knownThread(channel, threadTS string) bool {
	_, ok := s.threads.Get(threadKey(channel, threadTS))
	return ok || s.sharedThread(threadKey(channel, threadTS))
}

// tellInThread shows a short note to the asker only (in a DM, to the DM).
func (s *Slack) tellInThread(ctx context.Context, q question, text string) error {
	if isDM(q.channel) {
		blocks, fallback := renderNotice(text)
		_, err := s.post(ctx, q.channel, slack.MsgOptionTS(q.threadTS), slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(fallback, true))
		return err
	}
	return s.tell(ctx, q.responseURL, q.channel, q.user, q.threadTS, text)
}

// onSlash handles /healthbot: it acknowledges at once, with a private note
// as the ack's payload, and queues the answer.
func (s *Slack) onSlash(evt socketmode.Event) {
	cmd, ok := evt.Data.(slack.SlashCommand)
	if !ok {
		s.ack(evt.Request, nil)
		return
	}
	log := s.log.With(keyChannel, cmd.ChannelID, keyUser, cmd.UserID, keyTrigger, "command")
	intent, text := parseCommand(cmd.Text)
	reply := func(text string) {
		s.ack(evt.Request, map[string]any{"response_type": slack.ResponseTypeEphemeral, "text": text})
	}
	switch {
	case !s.access.userAllowed(cmd.UserID):
		log.Info("slack: user not in allowed_users, declining")
		reply(msgUserClosed)
		return
	case !s.access.channelAllowed(cmd.ChannelID, isDM(cmd.ChannelID)):
		log.Info("slack: command in a channel not in allowed_channels, declining")
		reply(msgChannelClosed)
		return
	}
	if s.isDraining() {
		reply(msgShuttingDown)
		return
	}
	if ok, _ := s.limiter.Allow(cmd.UserID); !ok {
		log.Info("slack: user over the rate limit")
		reply(msgRateLimited)
		return
	}
	reply(slackPlaceholder)
	text, hadSecret := bot.HideSecrets(text)
	q := question{
		channel: cmd.ChannelID, user: cmd.UserID, text: text, intent: intent, trigger: "command", hadSecret: hadSecret,
		responseURL: cmd.ResponseURL, received: s.opts.Now(),
	}
	if err := s.enqueue(job{kind: jobPrivate, q: q}); err != nil {
		log.Warn("slack: command not queued", keyErr, err)
		s.notice(err.Error(), func(ctx context.Context) error {
			return s.tell(ctx, q.responseURL, q.channel, q.user, "", refusal(err))
		})
	}
}

// parseCommand reads "/healthbot ask|figures|draft|help …".
func parseCommand(text string) (bot.Intent, string) {
	text = strings.TrimSpace(text)
	word, rest, _ := strings.Cut(text, " ")
	rest = strings.TrimSpace(rest)
	switch strings.ToLower(word) {
	case "", "help", "帮助":
		return bot.IntentHelp, "帮助"
	case "ask", "问":
		return bot.IntentAuto, rest
	case "figures", "figure", "数字", "指标":
		return bot.IntentTrend, rest
	case "draft", "起草":
		return bot.IntentDraft, rest
	}
	return bot.IntentAuto, text
}

// onInteractive handles button clicks (already acknowledged).
func (s *Slack) onInteractive(evt socketmode.Event) {
	cb, ok := evt.Data.(slack.InteractionCallback)
	if !ok || cb.Type != slack.InteractionTypeBlockActions {
		return
	}
	for _, a := range cb.ActionCallback.BlockActions {
		var kind jobKind
		value, vote := a.Value, ""
		switch a.ActionID {
		case actionShare:
			kind = jobShare
		case actionFeedback:
			var ok bool
			if vote, value, ok = parseFeedback(a.Value); !ok {
				s.log.Warn("slack: feedback click with an unknown value ignored", keyAction, a.ActionID)
				continue
			}
			kind = jobVote
		case actionVoteUp, actionVoteDown: // classic buttons, and answers posted before feedback_buttons
			kind, vote = jobVote, VoteUp
			if a.ActionID == actionVoteDown {
				vote = VoteDown
			}
		default:
			continue
		}
		c := click{
			action: a.ActionID, value: value, vote: vote, user: cb.User.ID,
			channel:     firstNonEmpty(cb.Channel.ID, cb.Container.ChannelID),
			messageTS:   firstNonEmpty(cb.Container.MessageTs, cb.Message.Timestamp),
			threadTS:    firstNonEmpty(cb.Container.ThreadTs, cb.Message.ThreadTimestamp),
			responseURL: cb.ResponseURL, ephemeral: cb.Container.IsEphemeral, messageText: cb.Message.Text,
		}
		log := s.log.With(keyChannel, c.channel, keyUser, c.user, keyAction, c.action)
		if !s.access.userAllowed(c.user) {
			log.Info("slack: click by a user not in allowed_users ignored")
			continue
		}
		if err := s.enqueue(job{kind: kind, c: c}); err != nil {
			log.Warn("slack: click not queued", keyErr, err)
			s.notice(err.Error(), func(ctx context.Context) error {
				return s.tell(ctx, c.responseURL, c.channel, c.user, c.threadTS, refusal(err))
			})
		}
	}
}

var (
	slackMention = regexp.MustCompile(`<@([A-Z0-9]+)(?:\|[^>]*)?>`)
	slackLink    = regexp.MustCompile(`<((?:https?|mailto):[^|>]+)(?:\|([^>]*))?>`)
	slackChannel = regexp.MustCompile(`<#[A-Z0-9]+(?:\|([^>]*))?>`)
	slackSpecial = regexp.MustCompile(`<![^>]*>`)
)

// plainText turns a Slack message into the question typed: the bot's
// mention removed, links and channels as their labels, entities unescaped.
func (s *Slack) plainText(text string) string {
	text = slackMention.ReplaceAllStringFunc(text, func(m string) string {
		if sub := slackMention.FindStringSubmatch(m); sub != nil && sub[1] == s.botUserID {
			return " "
		}
		return ""
	})
	text = slackLink.ReplaceAllStringFunc(text, func(m string) string {
		sub := slackLink.FindStringSubmatch(m)
		if sub[2] != "" {
			return sub[2]
		}
		return sub[1]
	})
	text = slackChannel.ReplaceAllString(text, "#$1")
	text = slackSpecial.ReplaceAllString(text, "")
	text = strings.NewReplacer("&lt;", "<", "&gt;", ">", "&amp;", "&").Replace(text)
	return strings.TrimSpace(text)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
