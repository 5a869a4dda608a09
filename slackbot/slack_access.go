package slackbot

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	acl "github.com/healthbot/healthbot/access"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/chatkit"
)

// What staff are told when the bot will not answer somewhere.
const (
	msgSharedChannel = "抱歉，本频道与其他单位共享（Slack Connect），为保护本单位内部资料，我不在这里回答问题。请在本单位内部频道或私信中向我提问。"
	msgChannelClosed = "抱歉，本频道未开通问答助手。请在已开通的频道或私信中向我提问。"
	msgUserClosed    = chatkit.MsgUserClosed
	msgAccessUnknown = "抱歉，暂时无法确认本频道的访问权限，请稍后再试。"
	msgInviteFirst   = "请先把我邀请到本频道（在频道中输入 /invite @healthbot），再使用。"
)

// access decides where and for whom the bot answers, and what may be read
// there: the allow-lists and folder rules every adapter shares
// (chatkit.Access), Slack Connect channels, and whether a channel is
// public or private.
type access struct {
	base   *chatkit.Access
	shared map[string]bool // Slack Connect channels explicitly allowed

	mu    sync.Mutex
	info  map[string]channelInfo // conversations.info, cached
	ttl   time.Duration
	now   func() time.Time
	fetch func(ctx context.Context, channel string) (*slack.Channel, error)
}

type channelInfo struct {
	external bool // shared with another organisation
	private  bool // a private channel or a group DM
	at       time.Time
}

func newAccess(o SlackOptions, fetch func(ctx context.Context, channel string) (*slack.Channel, error)) *access {
	return &access{
		base:   chatkit.NewAccess(o.AllowedChannels, o.AllowedUsers, o.Folders, o.DirectMessages),
		shared: chatkit.IDSet(o.AllowSharedChannels),
		info:   map[string]channelInfo{},
		ttl:    10 * time.Minute,
		now:    o.Now,
		fetch:  fetch,
	}
}

// userAllowed reports whether the bot answers this user.
func (a *access) userAllowed(user string) bool { return a.base.UserAllowed(user) }

// channelAllowed reports whether the bot answers in this channel. Direct
// messages are governed by the user allow-list, and refused when the
// channels are restricted and no user is named (chatkit.Access).
func (a *access) channelAllowed(channel string, im bool) bool {
	return a.base.ChatAllowed(channel, im) || (!im && a.shared[channel])
}

// readable returns what user may read asking in channel: as the user in a
// direct message; in a private channel or group DM, what the folder rules
// give that channel; in a public channel, only public folders. Whether a
// C… channel is private is asked of conversations.info (cached).
func (a *access) readable(ctx context.Context, channel, user string) (corpus.Readable, error) {
	where := acl.Public
	switch {
	case isDM(channel):
		where = acl.Direct
	case strings.HasPrefix(channel, "G"):
		where = acl.Private
	case a.base.Folders() != nil:
		ci, err := a.channelInfo(ctx, channel)
		if err != nil {
			return corpus.Readable{}, err
		}
		if ci.private {
			where = acl.Private
		}
	}
	return a.base.Folders().Readable(channel, where, user), nil
}

// isDM reports whether a channel id is a direct message with the bot.
func isDM(channel string) bool { return strings.HasPrefix(channel, "D") }

// externalBlocked reports whether the bot must decline in a channel shared
// with another organisation: hint is what the event said (is_ext_shared_channel,
// which Slack sets on events from Slack Connect channels) or else found by
// conversations.info (is_ext_shared, is_pending_ext_shared), cached for a
// few minutes.
func (a *access) externalBlocked(ctx context.Context, channel string, hint bool) (bool, error) {
	if a.shared[channel] {
		return false, nil
	}
	if hint {
		return true, nil
	}
	ci, err := a.channelInfo(ctx, channel)
	return ci.external, err
}

// channelInfo is what conversations.info says of a channel, cached for a
// few minutes.
func (a *access) channelInfo(ctx context.Context, channel string) (channelInfo, error) {
	a.mu.Lock()
	ci, ok := a.info[channel]
	a.mu.Unlock()
	if ok && a.now().Sub(ci.at) < a.ttl {
		return ci, nil
	}
	ch, err := a.fetch(ctx, channel)
	if err != nil {
		return channelInfo{}, fmt.Errorf("conversations.info %s: %w", channel, err)
	}
	ci = channelInfo{external: ch.IsExtShared || ch.IsPendingExtShared, private: ch.IsPrivate || ch.IsMpIM || ch.IsGroup, at: a.now()}
	a.mu.Lock()
	if len(a.info) > 10_000 {
		a.info = map[string]channelInfo{}
	}
	a.info[channel] = ci
	a.mu.Unlock()
	return ci, nil
}
