package bot_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/bot"
)

// A key pasted into a question is hidden before the question is read: the
// answer warns in Chinese, still answers the rest of the question, and
// neither the answer, the conversation nor the audit log holds the key.
func TestQuestionWithSecret(t *testing.T) {
	b := offlineBot(t)
	for _, secret := range []string{
		"xoxb-1234567890-0987654321-AbCdEfGhIjKl",
		"sk-0123456789abcdef0123456789abcdef",
		"0123456789abcdef0123456789abcdef.AbCdEfGhIjKlMnOp",
		"bce-v3/ALTAK-abcDEF123456/0123456789abcdef0123456789abcdef",
		"Bearer abcDEF123456ghiJKL",
		"Zq3xT9mWk2LpR7vB4nH8yC1dF6gJ0sAe",
	} {
		t.Run(secret[:8], func(t *testing.T) {
			conv := &bot.Conversation{}
			ans := ask(t, b, conv, "我的密钥是"+secret+"，2023年家庭医生签约率是多少？")
			if len(ans.Warnings) == 0 || ans.Warnings[0] != bot.SecretWarning {
				t.Errorf("warnings %q, want %q first", ans.Warnings, bot.SecretWarning)
			}
			if !strings.Contains(ans.Text, "50.2%") {
				t.Errorf("the rest of the question was not answered: %s", ans.Text)
			}
			data, _ := json.Marshal(struct {
				A bot.Answer
				C *bot.Conversation
			}{ans, conv})
			if strings.Contains(string(data), secret) || strings.Contains(string(data), secret[len(secret)-12:]) {
				t.Errorf("the answer or the conversation holds the secret: %s", data)
			}
			path := filepath.Join(t.TempDir(), "audit.jsonl")
			audit, err := bot.NewAuditLog(path, 0, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := audit.Record(bot.AuditEntry{Question: "密钥" + secret, Warnings: ans.Warnings}); err != nil {
				t.Fatal(err)
			}
			if got, _ := os.ReadFile(path); strings.Contains(string(got), secret[len(secret)-12:]) {
				t.Errorf("the audit log holds the secret: %s", got)
			}
		})
	}
	if ans := ask(t, b, nil, "2023年家庭医生签约率是多少？"); len(ans.Warnings) > 0 && ans.Warnings[0] == bot.SecretWarning {
		t.Error("a question without a secret was warned about one")
	}
}
