package config

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/healthbot/healthbot/access"
)

// Access says who may read which folders of the corpus, in every chat
// (package access applies it). Folders not listed are read by everyone
// the bot answers.
type Access struct {
	// Folders maps a folder of the corpus (relative to corpus.dir, "."
	// for all of it) to who may read it; the deepest listed folder holding
	// a file decides, and a file's sidecar `access: FOLDER` names another.
	Folders map[string]FolderAccess `yaml:"folders"`
	// Groups maps a group name to comma-separated user ids.
	Groups map[string]string `yaml:"groups"`
	// PublicChats are DingTalk and Feishu group chats (comma-separated
	// ids) treated like Slack public channels: only public folders.
	PublicChats string `yaml:"public_chats"`
	// DirectMessages lets a chat section that restricts its chats and
	// names no users answer direct messages from everyone.
	DirectMessages bool `yaml:"direct_messages"`
}

// FolderAccess is who may read one folder. Lists are comma-separated ids
// of any chat platform (Slack, DingTalk, Feishu).
type FolderAccess struct {
	Public   bool   `yaml:"public"`   // everyone, in every chat, public channels included
	Users    string `yaml:"users"`    // users who may read it in a direct chat with the bot
	Groups   string `yaml:"groups"`   // names of access.groups whose users may
	Channels string `yaml:"channels"` // private channels and group chats where it may be read
}

// UnmarshalYAML decodes a folder's rule, refusing unknown keys.
func (f *FolderAccess) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: a folder's rule holds keys public, users, groups, channels", n.Line)
	}
	known := map[string]bool{"public": true, "users": true, "groups": true, "channels": true}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if !known[n.Content[i].Value] {
			return fmt.Errorf("line %d: unknown key %q in a folder's rule (known: public, users, groups, channels)", n.Content[i].Line, n.Content[i].Value)
		}
	}
	type plain FolderAccess
	return n.Decode((*plain)(f))
}

// FolderNames lists the folders with rules, sorted.
func (a Access) FolderNames() []string {
	names := make([]string, 0, len(a.Folders))
	for name := range a.Folders {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// validate checks that every listed folder is a folder of the corpus and
// every group named is defined.
func (a Access) validate(check checker, corpusDir string) {
	for _, name := range a.FolderNames() {
		f := a.Folders[name]
		clean := filepath.ToSlash(filepath.Clean(filepath.FromSlash(strings.TrimSpace(name))))
		inside := clean != "" && !filepath.IsAbs(filepath.FromSlash(clean)) && clean != ".." && !strings.HasPrefix(clean, "../")
		check(inside, "access.folders", "folder %q must be a path inside corpus.dir (such as personnel or 人事/2023, or . for all of it)", name)
		if inside {
			st, err := os.Stat(filepath.Join(corpusDir, filepath.FromSlash(clean)))
			check(err == nil && st.IsDir(), "access.folders", "unknown folder %q: there is no such folder in corpus.dir (%s)", name, corpusDir)
		}
		for _, g := range splitIDs(f.Groups) {
			_, ok := a.Groups[g]
			check(ok, "access.folders", "folder %q names unknown group %q (define it under access.groups)", name, g)
		}
		check(f.Public || f.Users != "" || f.Groups != "" || f.Channels != "", "access.folders", "folder %q names no readers: give users, groups or channels, or public: true", name)
		for _, k := range []struct{ key, list string }{{"users", f.Users}, {"channels", f.Channels}} {
			checkIDs(check, "access.folders."+name+"."+k.key, k.list, anyChatID, "a chat id (Slack, DingTalk or Feishu)")
		}
	}
	for name, users := range a.Groups {
		checkIDs(check, "access.groups."+name, users, anyChatID, "a user id (Slack, DingTalk or Feishu)")
	}
	checkIDs(check, "access.public_chats", a.PublicChats, anyChatID, "a DingTalk or Feishu chat id")
}

// splitIDs reads a comma-separated list, dropping blanks.
func splitIDs(s string) []string {
	var out []string
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			out = append(out, id)
		}
	}
	return out
}

// Policy returns the folder rules; nil when no folder is listed.
func (a Access) Policy() *access.Policy {
	if len(a.Folders) == 0 {
		return nil
	}
	groups := map[string][]string{}
	for name, users := range a.Groups {
		groups[name] = splitIDs(users)
	}
	var folders []access.Folder
	for _, name := range a.FolderNames() {
		f := a.Folders[name]
		folders = append(folders, access.Folder{Path: name, Public: f.Public, Users: splitIDs(f.Users), Groups: splitIDs(f.Groups), Channels: splitIDs(f.Channels)})
	}
	return access.New(folders, groups, splitIDs(a.PublicChats))
}
