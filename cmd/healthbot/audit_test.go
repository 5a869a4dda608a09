package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/healthbot/healthbot/config"
)

func TestAuditLogLocation(t *testing.T) {
	dataDir, other := t.TempDir(), t.TempDir()
	cfg := config.Default()
	cfg.Slack.DataDir = dataDir
	e := &env{cfg: cfg}
	if a, err := e.auditLog(); err != nil || a == nil {
		t.Fatalf("default audit log: %v %v", a, err)
	}
	if _, err := os.Stat(filepath.Join(dataDir, "audit.jsonl")); err != nil {
		t.Errorf("the default audit log did not follow slack.data_dir: %v", err)
	}
	e.cfg.Audit.File = filepath.Join(other, "logs", "who-asked.jsonl")
	if a, err := e.auditLog(); err != nil || a == nil {
		t.Fatalf("audit log in its own place: %v %v", a, err)
	}
	if _, err := os.Stat(e.cfg.Audit.File); err != nil {
		t.Errorf("audit.file not used: %v", err)
	}
	e.cfg.Audit.File = "off"
	if a, err := e.auditLog(); err != nil || a != nil {
		t.Errorf("audit off: %v %v", a, err)
	}
	e.cfg.Audit.File = filepath.Join(dataDir, "audit.jsonl", "x") // a file where a folder should be
	if _, err := e.auditLog(); err == nil {
		t.Error("an audit log that cannot be created must stop serve from starting")
	}
}
