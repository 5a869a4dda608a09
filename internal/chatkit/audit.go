package chatkit

import (
	"time"

	"github.com/healthbot/healthbot/bot"
)

// AuditEntry is the audit log's record of an answered question: who asked
// where, and which reports the answer showed (each once).
func AuditEntry(now time.Time, user, channel, question string, a bot.Answer) bot.AuditEntry {
	refs := make([]string, 0, len(a.Sources))
	seen := map[string]bool{}
	for _, src := range a.Sources {
		if !seen[src.Ref] {
			seen[src.Ref] = true
			refs = append(refs, src.Ref)
		}
	}
	return bot.AuditEntry{Time: now, User: user, Channel: channel, Question: question, Intent: a.Intent, Mode: a.Mode, Sources: refs, Warnings: a.Warnings}
}
