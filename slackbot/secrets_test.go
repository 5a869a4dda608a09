package slackbot_test

import (
	"github.com/healthbot/healthbot/internal/chatkit"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/slackbot"
)

// A key pasted into a question in Slack is never echoed in the thread nor
// stored in feedback.jsonl or the audit log; the reply warns about it.
func TestSlackQuestionWithSecret(t *testing.T) {
	const secret = "0123456789abcdef0123456789abcdef.AbCdEfGhIjKlMnOp" // a Zhipu key
	inBubble(t, func(t *testing.T) {
		dir := t.TempDir()
		audit, err := bot.NewAuditLog(filepath.Join(dir, "audit.jsonl"), 0, nil)
		if err != nil {
			t.Fatal(err)
		}
		r := startSlack(t, slackbot.SlackOptions{Audit: audit, Limits: chatkit.Limits{DataDir: dir}}, nil)
		ts, ans := r.askInChannel(t, 1, office, "密钥 "+secret+" "+figureQuestion)
		if !strings.Contains(ans.Blocks+ans.Text, bot.SecretWarning) {
			t.Errorf("the reply does not warn: %s %s", ans.Text, ans.Blocks)
		}
		value := feedbackValue(ans.Blocks, "positive_button")
		r.send(feedbackClickEnvelope("env-vote", office, ans.TS, ts, value, r.respURL+"/vote"))
		r.waitFor("the thanks", func(calls []apiCall, _ []ackRecord) bool {
			for _, c := range calls {
				if c.Path == "/vote" && strings.Contains(c.Text, "感谢") {
					return true
				}
			}
			return false
		})
		calls, _ := r.snapshot()
		for _, c := range calls {
			if strings.Contains(c.Text+c.Blocks, secret[20:]) {
				t.Errorf("%s echoed the secret: %s %s", c.Path, c.Text, c.Blocks)
			}
		}
		for _, name := range []string{slackbot.FeedbackFile, "audit.jsonl"} {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil || len(data) == 0 {
				t.Fatalf("%s: %v (empty: %v)", name, err, len(data) == 0)
			}
			if strings.Contains(string(data), secret[20:]) {
				t.Errorf("%s holds the secret: %s", name, data)
			}
		}
	})
}
