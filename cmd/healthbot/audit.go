package main

import (
	"path/filepath"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/config"
)

// auditLog opens the audit log named in config (section audit), or returns
// nil when it is turned off. Left at its default while slack.data_dir was
// moved, the log follows the data folder, beside feedback.jsonl.
func (e *env) auditLog() (*bot.AuditLog, error) {
	a := e.cfg.Audit
	if !a.Enabled() {
		return nil, nil
	}
	file := a.File
	def := config.Default()
	if file == def.Audit.File && e.cfg.Slack.DataDir != def.Slack.DataDir {
		file = filepath.Join(e.cfg.Slack.DataDir, filepath.Base(file))
	}
	return bot.NewAuditLog(file, time.Duration(a.RetentionDays)*24*time.Hour, time.Now)
}
