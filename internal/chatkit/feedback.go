package chatkit

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/redact"
)

// FeedbackFile is the name of the feedback log inside the data folder: one
// JSON object (a FeedbackRecord) per line, appended as staff click 👍 or 👎.
const FeedbackFile = "feedback.jsonl"

// The votes.
const (
	VoteUp   = "up"
	VoteDown = "down"
)

// FeedbackRecord is one 👍 or 👎 given to an answer, in any chat.
type FeedbackRecord struct {
	Time      time.Time        `json:"time"`
	Vote      string           `json:"vote"`               // VoteUp or VoteDown
	Platform  string           `json:"platform,omitempty"` // "" (Slack, older records), dingtalk, feishu
	User      string           `json:"user"`
	Channel   string           `json:"channel"`
	AnswerID  string           `json:"answer_id,omitempty"`
	MessageTS string           `json:"message_ts,omitempty"`
	Question  string           `json:"question"`
	Answer    string           `json:"answer"`
	Comment   string           `json:"comment,omitempty"` // what was typed after a 👍 or 👎 (chats without buttons)
	Intent    bot.Intent       `json:"intent,omitempty"`
	Mode      string           `json:"mode,omitempty"`
	Sources   []FeedbackSource `json:"sources"`
}

// FeedbackSource is a source of the answer voted on.
type FeedbackSource struct {
	N       int    `json:"n"`
	Title   string `json:"title"`
	Ref     string `json:"ref"`
	Year    int    `json:"year,omitempty"`
	Section string `json:"section,omitempty"`
}

// FeedbackLog appends records to a feedback log; safe for concurrent use,
// also by several adapters writing the same file.
type FeedbackLog struct {
	path string
}

// NewFeedbackLog appends to the file at path (created on first use).
func NewFeedbackLog(path string) *FeedbackLog { return &FeedbackLog{path: path} }

// Path is the log's file.
func (f *FeedbackLog) Path() string { return f.path }

// fileLocks serialises appends to one file across FeedbackLog values.
var fileLocks sync.Map // clean path → *sync.Mutex

// Append stores one record (question and answer redacted once more).
func (f *FeedbackLog) Append(r FeedbackRecord) error {
	// The question was cleaned when it arrived; this is the last guard.
	r.Question = redact.Replace(r.Question, redact.MarkZH)
	r.Answer = redact.Replace(r.Answer, redact.MarkZH)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("encode feedback: %w", err)
	}
	mu, _ := fileLocks.LoadOrStore(filepath.Clean(f.path), &sync.Mutex{})
	mu.(*sync.Mutex).Lock()
	defer mu.(*sync.Mutex).Unlock()
	if err := os.MkdirAll(filepath.Dir(f.path), 0o700); err != nil {
		return fmt.Errorf("feedback folder: %w", err)
	}
	file, err := os.OpenFile(f.path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("open feedback log: %w", err)
	}
	if _, err := file.Write(buf.Bytes()); err != nil {
		file.Close()
		return fmt.Errorf("write feedback log: %w", err)
	}
	if err := file.Sync(); err != nil {
		file.Close()
		return fmt.Errorf("sync feedback log: %w", err)
	}
	return file.Close()
}

// ReadFeedback reads a feedback log. A missing file is no feedback yet;
// lines that are not records (a torn last line after a crash) are counted
// in bad and skipped.
func ReadFeedback(path string) (recs []FeedbackRecord, bad int, err error) {
	file, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, fmt.Errorf("open feedback log: %w", err)
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	for sc.Scan() {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var r FeedbackRecord
		if json.Unmarshal(line, &r) != nil || (r.Vote != VoteUp && r.Vote != VoteDown) {
			bad++
			continue
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		return recs, bad, fmt.Errorf("read feedback log: %w", err)
	}
	return recs, bad, nil
}

// FeedbackSummary counts votes overall and per source.
type FeedbackSummary struct {
	Up         int              `json:"up"`
	Down       int              `json:"down"`
	Sources    []SourceVotes    `json:"sources"`     // most 👎 first
	RecentDown []FeedbackRecord `json:"recent_down"` // newest first
}

// SourceVotes is how the answers citing one report were voted.
type SourceVotes struct {
	Ref   string `json:"ref"`
	Title string `json:"title"`
	Year  int    `json:"year,omitempty"`
	Up    int    `json:"up"`
	Down  int    `json:"down"`
}

// SummarizeFeedback counts votes, a person's last vote on an answer
// replacing their earlier ones. Each report an answer cites counts the vote
// once. recent is how many of the latest 👎 to keep.
func SummarizeFeedback(recs []FeedbackRecord, recent int) FeedbackSummary {
	type key struct{ answer, user string }
	last := map[key]int{}
	for i, r := range recs {
		if r.AnswerID != "" {
			last[key{r.AnswerID, r.User}] = i
		}
	}
	var sum FeedbackSummary
	bySource := map[string]*SourceVotes{}
	for i, r := range recs {
		if r.AnswerID != "" && last[key{r.AnswerID, r.User}] != i {
			continue
		}
		up := r.Vote == VoteUp
		if up {
			sum.Up++
		} else {
			sum.Down++
			sum.RecentDown = append(sum.RecentDown, r)
		}
		seen := map[string]bool{}
		for _, s := range r.Sources {
			ref := s.Ref
			if ref == "" {
				ref = s.Title
			}
			if ref == "" || seen[ref] {
				continue
			}
			seen[ref] = true
			sv := bySource[ref]
			if sv == nil {
				sv = &SourceVotes{Ref: ref, Title: s.Title, Year: s.Year}
				bySource[ref] = sv
			}
			if up {
				sv.Up++
			} else {
				sv.Down++
			}
		}
	}
	for _, sv := range bySource {
		sum.Sources = append(sum.Sources, *sv)
	}
	sort.Slice(sum.Sources, func(i, j int) bool {
		a, b := sum.Sources[i], sum.Sources[j]
		if a.Down != b.Down {
			return a.Down > b.Down
		}
		if a.Up != b.Up {
			return a.Up > b.Up
		}
		return a.Ref < b.Ref
	})
	sort.SliceStable(sum.RecentDown, func(i, j int) bool { return sum.RecentDown[i].Time.After(sum.RecentDown[j].Time) })
	if len(sum.RecentDown) > recent {
		sum.RecentDown = sum.RecentDown[:recent]
	}
	return sum
}

// FeedbackOf is the record of a vote on an answer: what was asked (as
// understood), what was answered and which sources were shown.
func FeedbackOf(a bot.Answer, vote, user, channel, answerID, messageID string, now time.Time) FeedbackRecord {
	r := FeedbackRecord{
		Time: now.UTC(), Vote: vote, User: user, Channel: channel, AnswerID: answerID, MessageTS: messageID,
		Question: a.Question, Answer: a.Text, Intent: a.Intent, Mode: a.Mode,
		Sources: []FeedbackSource{},
	}
	for _, s := range a.Sources {
		r.Sources = append(r.Sources, FeedbackSource{N: s.N, Title: s.Title, Ref: s.Ref, Year: s.Year, Section: s.Section})
	}
	return r
}
