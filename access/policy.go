package access

import (
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/healthbot/healthbot/corpus"
)

// Where is the kind of chat a question is asked in. The zero value is the
// most restrictive.
type Where int

// Kinds of chat.
const (
	// Public is a chat anyone in the organisation can read: a Slack public
	// channel, or a DingTalk or Feishu group listed in access.public_chats.
	// It reads only folders marked public (and folders not listed).
	Public Where = iota
	// Private is a chat of chosen members: a Slack private channel or
	// group DM, a DingTalk or Feishu group. It reads the folders that list
	// the chat itself among their channels.
	Private
	// Direct is a one-to-one chat with the bot. It reads the folders that
	// list the user, or a group the user is in.
	Direct
	// Deployer is the command line run by whoever deployed the bot: it
	// reads everything.
	Deployer
)

// Folder is who may read one folder of the corpus.
type Folder struct {
	// Path is relative to the corpus folder with forward slashes; "." is
	// the whole corpus. A file's sidecar or front matter `access: PATH`
	// puts the file under that folder's rule instead.
	Path     string
	Public   bool     // everyone, in every chat
	Users    []string // user ids
	Groups   []string // names of user groups
	Channels []string // chat ids (Slack channels, DingTalk conversations, Feishu chats)
}

// Policy is the folder rules. A nil Policy restricts nothing.
type Policy struct {
	folders map[string]rule
	order   []string // folder paths, longest first
	public  map[string]bool
}

type rule struct {
	public          bool
	users, channels map[string]bool
}

// New builds the rules. groups maps a group name to its user ids;
// publicChats are DingTalk and Feishu groups to treat as public.
func New(folders []Folder, groups map[string][]string, publicChats []string) *Policy {
	p := &Policy{folders: map[string]rule{}, public: set(publicChats)}
	for _, f := range folders {
		key := Clean(f.Path)
		r := rule{public: f.Public, users: set(f.Users), channels: set(f.Channels)}
		for _, g := range f.Groups {
			for _, u := range groups[strings.TrimSpace(g)] {
				if u = strings.TrimSpace(u); u != "" {
					r.users[u] = true
				}
			}
		}
		p.folders[key] = r
		p.order = append(p.order, key)
	}
	sort.Slice(p.order, func(i, j int) bool {
		if len(p.order[i]) != len(p.order[j]) {
			return len(p.order[i]) > len(p.order[j])
		}
		return p.order[i] < p.order[j]
	})
	return p
}

// Clean normalises a folder path: forward slashes, no leading or trailing
// slash, "." for the whole corpus.
func Clean(p string) string {
	p = strings.Trim(path.Clean("/"+strings.ReplaceAll(strings.TrimSpace(p), `\`, "/")), "/")
	if p == "" {
		return "."
	}
	return p
}

// Folders lists the folder paths with rules, sorted.
func (p *Policy) Folders() []string {
	if p == nil {
		return nil
	}
	out := slices.Clone(p.order)
	sort.Strings(out)
	return out
}

// FolderOf returns the access folder of a file (a path relative to the
// corpus folder): declared (the file's `access:` key) when set, else the
// deepest listed folder holding the file, else "" (not restricted). A
// declared folder that is not listed is returned as it is: no chat reads
// it.
func (p *Policy) FolderOf(file, declared string) string {
	if strings.TrimSpace(declared) != "" {
		return Clean(declared)
	}
	if p == nil {
		return ""
	}
	for _, key := range p.order {
		if key == "." || file == key || strings.HasPrefix(file, key+"/") {
			return key
		}
	}
	return ""
}

// PublicChat reports whether a DingTalk or Feishu group is to be treated
// as a public chat.
func (p *Policy) PublicChat(chat string) bool { return p != nil && p.public[chat] }

// Readable returns the folders a question asked in chat, a chat of kind
// where, by the user known by any of ids, may read. Files in no listed
// folder are always readable.
func (p *Policy) Readable(chat string, where Where, ids ...string) corpus.Readable {
	if where == Deployer {
		return corpus.Readable{All: true}
	}
	var r corpus.Readable
	if p == nil {
		return r
	}
	for _, key := range p.order {
		f := p.folders[key]
		ok := f.public
		switch where {
		case Direct:
			ok = ok || slices.ContainsFunc(ids, func(id string) bool { return id != "" && f.users[id] })
		case Private:
			ok = ok || (chat != "" && f.channels[chat])
		}
		if ok {
			r.Folders = append(r.Folders, key)
		}
	}
	sort.Strings(r.Folders)
	return r
}

func set(ids []string) map[string]bool {
	m := map[string]bool{}
	for _, id := range ids {
		if id = strings.TrimSpace(id); id != "" {
			m[id] = true
		}
	}
	return m
}
