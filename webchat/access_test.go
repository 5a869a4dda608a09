package webchat

import (
	"github.com/healthbot/healthbot/internal/chatkit"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/access"
	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/accessindex"
)

// The web chat is a one-to-one chat: a user the proxy names reads the
// folders listed for them, another user and an unnamed visitor only what
// every chat may; no part of the hidden figure reaches them.
func TestWebAccessByFolder(t *testing.T) {
	p := access.New([]access.Folder{
		{Path: "public", Public: true},
		{Path: "personnel", Users: []string{"alice"}},
	}, nil, nil)
	ix := accessindex.Open(t, "..", p)
	s := New(bot.New(ix, nil, nil, bot.Options{Now: fixedNow}), Options{UserHeader: "X-Remote-User", Folders: p, Limits: chatkit.Limits{DataDir: t.TempDir()}}, nil)
	t.Cleanup(func() { s.Drain(5 * time.Second) })
	const question = "2023年卫生技术人员流失率是多少？"
	_, v, _ := askOK(t, s.Handler(), question, "", http.Header{"X-Remote-User": {"alice"}})
	if !strings.Contains(v.Text, "7.3%") {
		t.Errorf("alice may read personnel/: %s", v.Text)
	}
	_, _, raw := askOK(t, s.Handler(), question, "", http.Header{"X-Remote-User": {"bob"}})
	if strings.Contains(raw, "7.3") || strings.Contains(raw, "流失率为") {
		t.Errorf("bob got the hidden figure: %s", raw)
	}
}
