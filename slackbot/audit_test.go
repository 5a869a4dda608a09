package slackbot_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/slackbot"
)

// The Slack adapter records every answered question, in a thread and
// privately, with the refs of the sources shown.
func TestSlackAudit(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "audit.jsonl")
		audit, err := bot.NewAuditLog(path, 180*day, nil)
		if err != nil {
			t.Fatal(err)
		}
		r := startSlack(t, slackbot.SlackOptions{Audit: audit}, nil)
		r.askInChannel(t, 1, office, figureQuestion)
		r.send(commandEnvelope("env-cmd", office, "ask 去年在慢性病防控方面做了哪些工作？", r.respURL+"/command"))
		r.waitFor("the private answer", func(calls []apiCall, _ []ackRecord) bool {
			for _, c := range calls {
				if c.Path == "/command" && strings.Contains(c.Blocks, actionShare) {
					return true
				}
			}
			return false
		})
		entries, err := bot.ReadAudit(path)
		if err != nil {
			t.Fatal(err)
		}
		if len(entries) != 2 {
			t.Fatalf("%d audit entries, want 2: %+v", len(entries), entries)
		}
		want := ask(t, r.bot, nil, figureQuestion)
		e := entries[0]
		if e.User != staff || e.Channel != office || e.Question != figureQuestion || e.Intent != bot.IntentFigure || e.Mode != want.Mode ||
			len(e.Sources) == 0 || e.Sources[0] != want.Sources[0].Ref || e.Time.IsZero() {
			t.Errorf("thread answer audited as %+v", e)
		}
		refs := map[string]bool{}
		for _, s := range want.Sources {
			refs[s.Ref] = true
		}
		if len(e.Sources) != len(refs) {
			t.Errorf("sources %q, want each of %v once", e.Sources, refs)
		}
		if e := entries[1]; e.User != staff || e.Question != "去年在慢性病防控方面做了哪些工作？" || len(e.Sources) == 0 {
			t.Errorf("private answer audited as %+v", e)
		}
		data, _ := os.ReadFile(path)
		for _, secret := range []string{botToken, appToken} {
			if strings.Contains(string(data), secret) {
				t.Errorf("the audit log holds a token")
			}
		}
	})
}
