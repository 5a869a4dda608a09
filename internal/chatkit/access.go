package chatkit

import (
	"strings"

	"github.com/healthbot/healthbot/access"
	"github.com/healthbot/healthbot/corpus"
)

// Access is who may ask where, and what they may read there: allowed
// chats (channels, group conversations), allowed users, and the folder
// rules (package access). Empty lists allow everyone and everywhere, but
// direct chats are refused when the chats are restricted and no user is
// named, unless direct messages are allowed (config access.direct_messages):
// restricting the chats must not leave the bot open to anyone's DM.
type Access struct {
	chats   map[string]bool
	users   map[string]bool
	direct  bool
	folders *access.Policy
}

// NewAccess builds the allow-lists; blank ids are ignored. folders may be
// nil (no folder restricted); directMessages is access.direct_messages.
func NewAccess(chats, users []string, folders *access.Policy, directMessages bool) *Access {
	return &Access{chats: IDSet(chats), users: IDSet(users), folders: folders, direct: directMessages}
}

// Readable returns what a question asked in chat by the user known by any
// of ids may read. A direct chat reads as the user; a group chat as a
// private one unless it is listed in access.public_chats.
func (a *Access) Readable(chat string, direct bool, ids ...string) corpus.Readable {
	where := access.Private
	switch {
	case direct:
		where = access.Direct
	case a.folders.PublicChat(chat):
		where = access.Public
	}
	return a.folders.Readable(chat, where, ids...)
}

// Folders returns the folder rules (nil: none).
func (a *Access) Folders() *access.Policy { return a.folders }

// UserAllowed reports whether the bot answers this user.
func (a *Access) UserAllowed(user string) bool { return len(a.users) == 0 || a.users[user] }

// ChatAllowed reports whether the bot answers in this chat; direct is a
// one-to-one chat with the bot.
func (a *Access) ChatAllowed(chat string, direct bool) bool {
	if direct {
		return a.DirectAllowed()
	}
	return len(a.chats) == 0 || a.chats[chat]
}

// DirectAllowed reports whether direct chats are answered at all (each
// asker must still be an allowed user).
func (a *Access) DirectAllowed() bool {
	return len(a.chats) == 0 || len(a.users) > 0 || a.direct
}

// IDSet is the set of the non-blank ids.
func IDSet(ids []string) map[string]bool {
	m := map[string]bool{}
	for _, id := range ids {
		if id = strings.TrimSpace(id); id != "" {
			m[id] = true
		}
	}
	return m
}

// SplitList reads a comma-separated list of ids.
func SplitList(s string) []string {
	var out []string
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			out = append(out, id)
		}
	}
	return out
}
