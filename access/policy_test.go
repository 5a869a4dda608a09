package access

import (
	"slices"
	"testing"
)

// TestReadable is the access matrix: users × folders × kinds of chat.
func TestReadable(t *testing.T) {
	p := New([]Folder{
		{Path: "public", Public: true},
		{Path: "personnel/", Users: []string{"U1"}, Groups: []string{"hr"}, Channels: []string{"G3"}},
	}, map[string][]string{"hr": {"U4"}}, nil)
	for _, c := range []struct {
		user, chat string
		where      Where
		want       []string
	}{
		{"U1", "D1", Direct, []string{"personnel", "public"}},
		{"U4", "D4", Direct, []string{"personnel", "public"}}, // through group hr
		{"U2", "D2", Direct, []string{"public"}},
		{"U1", "C1", Public, []string{"public"}},
		{"U3", "G3", Private, []string{"personnel", "public"}},
		{"U1", "G9", Private, []string{"public"}}, // the asker's rights do not open a private chat
	} {
		if got := p.Readable(c.chat, c.where, c.user).Folders; !slices.Equal(got, c.want) {
			t.Errorf("%s in %s (%d): %v, want %v", c.user, c.chat, c.where, got, c.want)
		}
	}
	if !p.Readable("", Deployer).All {
		t.Error("the deployer does not read everything")
	}
	for file, want := range map[string]string{"personnel/a.txt": "personnel", "personnelx/a.txt": "", "a.txt": "", "public/x/y.md": "public"} {
		if got := p.FolderOf(file, ""); got != want {
			t.Errorf("FolderOf(%s) = %q, want %q", file, got, want)
		}
	}
	if got := p.FolderOf("a.txt", "personnel"); got != "personnel" {
		t.Errorf("a declared folder is not kept: %q", got)
	}
}
