package chatkit

import (
	"path/filepath"
	"time"
)

// Limits bound the work of one chat adapter, the same for every channel:
// how many answers are prepared at once and how many wait, how often one
// person may ask, how long an answer and a shutdown may take, and where
// feedback is written.
type Limits struct {
	Workers           int           // answers prepared at once (default 4)
	Queue             int           // requests waiting for a worker (default 64)
	UserRatePerMinute int           // requests per user per minute; 0: no limit
	AnswerDeadline    time.Duration // one answer end to end (default 120s)
	ShutdownTimeout   time.Duration // answers in flight finish within it on shutdown (default 30s)
	DataDir           string        // where feedback.jsonl is written (default .healthbot/data)
}

// Defaults fills in the limits left zero.
func (l *Limits) Defaults() {
	if l.Workers <= 0 {
		l.Workers = 4
	}
	if l.Queue <= 0 {
		l.Queue = 64
	}
	if l.AnswerDeadline <= 0 {
		l.AnswerDeadline = 120 * time.Second
	}
	if l.ShutdownTimeout <= 0 {
		l.ShutdownTimeout = 30 * time.Second
	}
	if l.DataDir == "" {
		l.DataDir = filepath.Join(".healthbot", "data")
	}
}
