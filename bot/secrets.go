package bot

import "github.com/healthbot/healthbot/internal/redact"

// SecretWarning is added to the answer to a question that carried a key or
// token; the secret itself was replaced before the question was read.
const SecretWarning = "问题中含有疑似密钥/令牌，已隐去，请勿在对话中发送密钥。"

// hideSecrets returns text with anything that looks like a key or token
// replaced by “[已隐去]”, and whether there was any.
func hideSecrets(text string) (string, bool) {
	if !redact.Contains(text) {
		return text, false
	}
	return redact.Replace(text, redact.MarkZH), true
}

// HideSecrets is hideSecrets for adapters that keep the question
// themselves (the Slack adapter's threads and feedback): they hide secrets
// first and pass Request.HadSecret on.
func HideSecrets(text string) (string, bool) { return hideSecrets(text) }

// secretWarned puts SecretWarning first among the answer's warnings when
// the question carried a secret.
func secretWarned(a Answer, hadSecret bool) Answer {
	if hadSecret {
		a.Warnings = append([]string{SecretWarning}, a.Warnings...)
	}
	return a
}
