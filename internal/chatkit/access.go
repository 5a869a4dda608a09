package chatkit

import "strings"

// Access is who may ask where: allowed chats (channels, group
// conversations) and allowed users. Direct chats with the bot are governed
// by the user list only. Empty lists allow everyone and everywhere.
type Access struct {
	chats map[string]bool
	users map[string]bool
}

// NewAccess builds the allow-lists; blank ids are ignored.
func NewAccess(chats, users []string) *Access {
	return &Access{chats: IDSet(chats), users: IDSet(users)}
}

// UserAllowed reports whether the bot answers this user.
func (a *Access) UserAllowed(user string) bool { return len(a.users) == 0 || a.users[user] }

// ChatAllowed reports whether the bot answers in this chat; direct is a
// one-to-one chat with the bot.
func (a *Access) ChatAllowed(chat string, direct bool) bool {
	return direct || len(a.chats) == 0 || a.chats[chat]
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
