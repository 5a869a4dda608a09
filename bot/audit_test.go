package bot_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// clock is a settable time source, safe for concurrent use.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

const day = 24 * time.Hour

// auditLines reads the log's raw lines, each of which must be a JSON object.
func auditLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %q is not JSON: %v", l, err)
		}
		lines = append(lines, l)
	}
	return lines
}

func TestAuditConcurrentAppends(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "data", "audit.jsonl")
	c := &clock{t: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)}
	a, err := bot.NewAuditLog(path, 180*day, c.now)
	if err != nil {
		t.Fatal(err)
	}
	const writers, each = 8, 50
	long := strings.Repeat("家庭医生签约率", 200) // lines longer than a pipe buffer
	var wg sync.WaitGroup
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				err := a.Record(bot.AuditEntry{User: fmt.Sprintf("U%02d", w), Channel: "COFFICE01", Question: fmt.Sprintf("%d-%d %s", w, i, long),
					Intent: bot.IntentQuestion, Mode: bot.ModeExtractive, Sources: []string{"004.txt#1"}})
				if err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	lines := auditLines(t, path)
	if len(lines) != writers*each {
		t.Fatalf("%d lines, want %d", len(lines), writers*each)
	}
	entries, err := bot.ReadAudit(path)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, e := range entries {
		id, _, _ := strings.Cut(e.Question, " ")
		seen[e.User+"/"+id] = true
		if !e.Time.Equal(c.now()) || e.Channel != "COFFICE01" || len(e.Sources) != 1 {
			t.Fatalf("entry %+v", e)
		}
	}
	if len(seen) != writers*each {
		t.Errorf("%d distinct entries, want %d", len(seen), writers*each)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("audit log mode %v (%v), want 0600: it names who asked what", st.Mode(), err)
	}
}

func TestAuditRetention(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "audit.jsonl")
	c := &clock{t: time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)}
	entry := func(age time.Duration, q string) string {
		b, _ := json.Marshal(bot.AuditEntry{Time: c.now().Add(-age), User: "U1", Channel: "C1", Question: q, Sources: []string{}})
		return string(b) + "\n"
	}
	// An old entry, a recent one, and a line torn by a crash.
	old := entry(200*day, "二百天前的问题")
	// A long question (over bufio's default 4 KiB line) is an entry too.
	recent := entry(10*day, "十天前的问题"+strings.Repeat("很长的问题", 400))
	if err := os.WriteFile(path, []byte(old+recent+`{"time":"2024-02-28T00:00:00Z","user":"U1","quest`), 0o600); err != nil {
		t.Fatal(err)
	}
	a, err := bot.NewAuditLog(path, 180*day, c.now)
	if err != nil {
		t.Fatal(err)
	}
	if got := auditLines(t, path); len(got) != 1 || !strings.Contains(got[0], "十天前") {
		t.Fatalf("after opening: %q", got)
	}
	if err := a.Record(bot.AuditEntry{User: "U2", Channel: "C1", Question: "今天的问题"}); err != nil {
		t.Fatal(err)
	}
	// 171 days on, the ten-day-old entry is past the retention: the next
	// record (the first in a new day) drops it.
	c.advance(171 * day)
	if err := a.Record(bot.AuditEntry{User: "U3", Channel: "C1", Question: "以后的问题"}); err != nil {
		t.Fatal(err)
	}
	got := auditLines(t, path)
	if len(got) != 2 || !strings.Contains(got[0], "今天的问题") || !strings.Contains(got[1], "以后的问题") {
		t.Fatalf("after a daily prune: %q", got)
	}
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*tmp*"))
	if len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
	// No retention keeps everything (but still drops torn lines).
	if _, err := bot.NewAuditLog(path, 0, func() time.Time { return c.now().Add(10000 * day) }); err != nil {
		t.Fatal(err)
	}
	if got := auditLines(t, path); len(got) != 2 {
		t.Errorf("retention 0 dropped entries: %q", got)
	}
}

func TestAuditNeverRecordsTokens(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	a, err := bot.NewAuditLog(path, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	secrets := []string{"xoxb-1234567890-0987654321-AbCdEfGhIjKl", "xapp-1-A0HEALTH-123-abcdef0123", "sk-proj-Zx8Yw7Vu6Ts5Rq4Po3Nm", "Bearer eyJhbGciOiJIUzI1NiJ9.payload"}
	q := "我把令牌贴在这里：" + strings.Join(secrets, " ") + "，2023年家庭医生签约率是多少？"
	if err := a.Record(bot.AuditEntry{User: "U1", Channel: "C1", Question: q + "\xff"}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	for _, s := range secrets {
		if strings.Contains(string(data), s) || strings.Contains(string(data), s[8:]) {
			t.Errorf("audit log holds %q: %s", s, data)
		}
	}
	entries, _ := bot.ReadAudit(path)
	if len(entries) != 1 || !strings.Contains(entries[0].Question, "[已隐去]") || !strings.Contains(entries[0].Question, "家庭医生签约率") {
		t.Errorf("entries %+v", entries)
	}
}
