package bot

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/healthbot/healthbot/internal/atomicfile"
	"github.com/healthbot/healthbot/internal/redact"
)

// AuditEntry is one answered question in the audit log: who asked what,
// where, and which sources the answer showed. It never holds tokens or
// the answer's text.
type AuditEntry struct {
	Time     time.Time `json:"time"`
	User     string    `json:"user"`
	Channel  string    `json:"channel"`
	Question string    `json:"question"`
	Intent   Intent    `json:"intent"`
	Mode     string    `json:"mode"`
	Sources  []string  `json:"sources"` // the refs of the sources shown
	Warnings []string  `json:"warnings,omitempty"`
}

// AuditLog appends AuditEntry records to a JSON-lines file and forgets
// those older than its retention: when opened and then once a day, the
// file is rewritten atomically with the recent lines only. It is safe for
// concurrent use.
type AuditLog struct {
	path      string
	retention time.Duration // 0: keep everything
	now       func() time.Time

	mu        sync.Mutex
	nextPrune time.Time
}

// auditPruneEvery is how often old entries are dropped.
const auditPruneEvery = 24 * time.Hour

// maxAuditLine bounds one line read back when pruning.
const maxAuditLine = 1 << 20

// NewAuditLog opens (creating if need be) the audit log at path, keeping
// entries for retention (0 keeps them all); now is time.Now outside tests.
// Entries already older than the retention are dropped at once.
func NewAuditLog(path string, retention time.Duration, now func() time.Time) (*AuditLog, error) {
	if path == "" {
		return nil, errors.New("audit log: no file given")
	}
	if now == nil {
		now = time.Now
	}
	a := &AuditLog{path: path, retention: max(retention, 0), now: now}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("audit log folder: %w", err)
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, fmt.Errorf("open audit log: %w", err)
	}
	f.Close()
	a.mu.Lock()
	defer a.mu.Unlock()
	if err := a.prune(); err != nil {
		return nil, err
	}
	return a, nil
}

// Record appends an entry; a zero Time is the current time. The question
// is cleaned (valid UTF-8, at most MaxRequestRunes) and anything in it
// that looks like a token or key is replaced by “[已隐去]”.
func (a *AuditLog) Record(e AuditEntry) error {
	if a == nil {
		return nil
	}
	if e.Time.IsZero() {
		e.Time = a.now()
	}
	e.Time = e.Time.UTC()
	e.Question = redactSecrets(CleanRequest(e.Question))
	if e.Sources == nil {
		e.Sources = []string{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(e); err != nil {
		return fmt.Errorf("encode audit entry: %w", err)
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if !a.nextPrune.IsZero() && !a.now().Before(a.nextPrune) {
		if err := a.prune(); err != nil {
			return err
		}
	}
	f, err := os.OpenFile(a.path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("open audit log: %w", err)
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		f.Close()
		return fmt.Errorf("write audit log: %w", err)
	}
	return f.Close()
}

// prune rewrites the file without the entries older than the retention,
// and without lines that are not entries (a line torn by a crash). The
// file is left alone when nothing is to be dropped. a.mu is held.
func (a *AuditLog) prune() error {
	now := a.now()
	a.nextPrune = now.Add(auditPruneEvery)
	var cutoff time.Time // with no retention only torn lines go
	if a.retention > 0 {
		cutoff = now.Add(-a.retention)
	}
	f, err := os.Open(a.path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("open audit log: %w", err)
	}
	defer f.Close()
	drop, err := scanAudit(f, cutoff, nil)
	if err != nil || drop == 0 {
		return err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("read audit log: %w", err)
	}
	return atomicfile.Write(a.path, func(w io.Writer) error {
		_, err := scanAudit(f, cutoff, w)
		return err
	})
}

// scanAudit reads the log, counting the lines to drop (older than cutoff
// or not entries) and copying the others to keep when it is not nil.
func scanAudit(r io.Reader, cutoff time.Time, keep io.Writer) (drop int, err error) {
	br := bufio.NewReaderSize(r, maxAuditLine)
	for {
		line, rerr := br.ReadSlice('\n')
		if errors.Is(rerr, bufio.ErrBufferFull) {
			// A line longer than any entry: drop it whole.
			for errors.Is(rerr, bufio.ErrBufferFull) {
				_, rerr = br.ReadSlice('\n')
			}
			drop++
			line = nil
		}
		if len(line) > 0 {
			var e struct {
				Time time.Time `json:"time"`
			}
			complete := line[len(line)-1] == '\n'
			if !complete || json.Unmarshal(line, &e) != nil || e.Time.Before(cutoff) {
				drop++
			} else if keep != nil {
				if _, err := keep.Write(line); err != nil {
					return drop, err
				}
			}
		}
		if rerr == io.EOF {
			return drop, nil
		}
		if rerr != nil {
			return drop, fmt.Errorf("read audit log: %w", rerr)
		}
	}
}

// ReadAudit reads an audit log; lines that are not entries are skipped.
func ReadAudit(path string) ([]AuditEntry, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read audit log: %w", err)
	}
	var out []AuditEntry
	for _, line := range bytes.Split(data, []byte("\n")) {
		var e AuditEntry
		if len(bytes.TrimSpace(line)) > 0 && json.Unmarshal(line, &e) == nil {
			out = append(out, e)
		}
	}
	return out, nil
}

// redactSecrets replaces anything that looks like a token or key.
func redactSecrets(s string) string { return redact.Replace(s, redact.MarkZH) }
