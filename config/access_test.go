package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAccessFolders checks the access section: folders must exist in the
// corpus, groups must be defined, rules must name readers, and unknown
// keys are errors naming the key.
func TestAccessFolders(t *testing.T) {
	corpusDir := t.TempDir()
	for _, d := range []string{"public", "personnel"} {
		if err := os.Mkdir(filepath.Join(corpusDir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name, yaml string
		wantErr    []string
	}{
		{"valid", `
access:
  folders:
    public: {public: true}
    personnel: {users: "U1", groups: hr, channels: "G3"}
  groups:
    hr: "U9,ou_abc"
`, nil},
		{"unknown folder", `
access:
  folders:
    personel: {users: U1}
`, []string{"access.folders", `unknown folder "personel"`, "no such folder in corpus.dir"}},
		{"outside the corpus", `
access:
  folders:
    ../etc: {users: U1}
`, []string{`folder "../etc" must be a path inside corpus.dir`}},
		{"unknown group", `
access:
  folders:
    personnel: {groups: hr}
`, []string{`folder "personnel" names unknown group "hr"`}},
		{"no readers", `
access:
  folders:
    personnel: {}
`, []string{`folder "personnel" names no readers`}},
		{"unknown key in a rule", `
access:
  folders:
    personnel: {user: U1}
`, []string{"access.folders", `unknown key "user"`}},
		{"bad id", `
access:
  folders:
    personnel: {users: "U1;drop"}
`, []string{"access.folders.personnel.users", `"U1;drop"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "config.yaml")
			text := "corpus:\n  dir: " + corpusDir + "\n" + tc.yaml
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			cfg, err := Load(path, envOf(nil))
			if len(tc.wantErr) == 0 {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				if got := strings.Join(cfg.Access.FolderNames(), ","); got != "personnel,public" {
					t.Errorf("folders = %s", got)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tc.wantErr)
			}
			for _, w := range tc.wantErr {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}
