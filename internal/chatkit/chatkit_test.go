package chatkit

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/healthbot/healthbot/bot"
)

var citationRE = regexp.MustCompile(`\[\d+\]`)

// longAnswer is a Chinese answer of about n runes with a citation in
// every sentence and no line breaks, so only hard or sentence cuts apply.
func longAnswer(n int) string {
	var b strings.Builder
	for i := 1; utf8.RuneCountInString(b.String()) < n; i++ {
		fmt.Fprintf(&b, "第%d项：加快推进慢性病综合防控示范区创建，家庭医生总签约率达到50.2%%[%d]，", i, i%40+1)
		if i%3 == 0 {
			b.WriteString("并完成年度目标。")
		}
	}
	return b.String()
}

const sectionRunes = 3000

func TestSplitRunesKeepsEverything(t *testing.T) {
	for _, text := range []string{
		longAnswer(10000),
		strings.Repeat("中", 7001),                // no break anywhere
		strings.Repeat("家庭医生签约[12]", 1000),       // citations at every possible cut
		strings.Repeat("a &amp; b &lt; c ", 900), // escapes near cuts
		strings.Repeat("第一段内容。\n", 700) + "最后一段", // line breaks
	} {
		pieces := SplitRunes(text, sectionRunes)
		for i, p := range pieces {
			if n := utf8.RuneCountInString(p); n > sectionRunes || n == 0 {
				t.Errorf("piece %d has %d runes", i, n)
			}
			if !utf8.ValidString(p) {
				t.Errorf("piece %d is not valid UTF-8", i)
			}
			if insideToken([]rune(p)) {
				t.Errorf("piece %d ends inside a citation or escape: %q", i, string([]rune(p)[utf8.RuneCountInString(p)-8:]))
			}
		}
		joined := strings.Join(pieces, "")
		if want := strings.ReplaceAll(text, "\n", ""); strings.ReplaceAll(joined, "\n", "") != want {
			t.Errorf("text lost in splitting (%d runes in, %d out)", utf8.RuneCountInString(want), utf8.RuneCountInString(joined))
		}
		if got, want := len(citationRE.FindAllString(joined, -1)), len(citationRE.FindAllString(text, -1)); got != want {
			t.Errorf("%d citations after splitting, %d before", got, want)
		}
	}
}

func TestDedupeExpires(t *testing.T) {
	now := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	d := NewDedupe(15*time.Minute, func() time.Time { return now })
	if d.SeenOrAdd("event:Ev1") {
		t.Fatal("new key reported as seen")
	}
	now = now.Add(10 * time.Minute)
	if !d.SeenOrAdd("event:Ev1") {
		t.Fatal("a retry after 10 minutes was not recognised")
	}
	if !d.SeenOrAdd("msg:C1/1.0", "event:Ev1") || !d.SeenOrAdd("msg:C1/1.0") {
		t.Fatal("a second key of a seen event was not remembered")
	}
	if d.SeenOrAdd("", "") {
		t.Fatal("empty keys are not keys")
	}
	now = now.Add(6 * time.Minute) // Ev1 seen 16 minutes ago
	if d.SeenOrAdd("event:Ev1") {
		t.Fatal("a key did not expire")
	}
	now = now.Add(20 * time.Minute)
	d.SeenOrAdd("event:Ev2") // sweeps
	if n := d.Len(); n != 1 {
		t.Errorf("%d keys after the sweep, want 1", n)
	}
}

func TestUserLimiter(t *testing.T) {
	now := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	l := NewUserLimiter(2, func() time.Time { return now })
	for i, want := range []struct{ ok, warn bool }{{true, false}, {true, false}, {false, true}, {false, false}} {
		if ok, warn := l.Allow("U1"); ok != want.ok || warn != want.warn {
			t.Errorf("request %d: ok %v warn %v", i+1, ok, warn)
		}
	}
	if ok, _ := l.Allow("U2"); !ok {
		t.Error("another user was limited")
	}
	now = now.Add(time.Minute)
	if ok, _ := l.Allow("U1"); !ok {
		t.Error("still limited after a minute")
	}
	if ok, _ := NewUserLimiter(0, time.Now).Allow("U1"); !ok {
		t.Error("0 should mean no limit")
	}
}

func TestConversations(t *testing.T) {
	now := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	cs := NewConversations[string](2, 2*time.Hour, func() time.Time { return now })
	if got := cs.LastAnswer("a"); got != "" {
		t.Errorf("an unknown conversation's last answer: %q", got)
	}
	c := cs.Open("a")
	c.Turns.Turns = append(c.Turns.Turns, bot.Turn{Question: "2023年家庭医生签约率是多少"})
	c.Last = "answer-1"
	c.Answered()
	c.Close()
	now = now.Add(time.Hour)
	c = cs.Open("a")
	if len(c.Turns.Turns) != 1 || c.Last != "answer-1" {
		t.Errorf("after an hour: %d turns, last %q", len(c.Turns.Turns), c.Last)
	}
	c.Answered()
	c.Close()
	if got := cs.LastAnswer("a"); got != "answer-1" {
		t.Errorf("last answer %q", got)
	}
	now = now.Add(2*time.Hour + time.Second)
	c = cs.Open("a")
	if len(c.Turns.Turns) != 0 || c.Last != "" {
		t.Errorf("idle for over two hours, yet %d turns, last %q", len(c.Turns.Turns), c.Last)
	}
	c.Close()
}

func TestLimitsDefaults(t *testing.T) {
	var l Limits
	l.Defaults()
	if l.Workers != 4 || l.Queue != 64 || l.AnswerDeadline != 120*time.Second || l.ShutdownTimeout != 30*time.Second || l.DataDir == "" || l.UserRatePerMinute != 0 {
		t.Errorf("defaults: %+v", l)
	}
	set := Limits{Workers: 2, Queue: 8, UserRatePerMinute: 3, AnswerDeadline: time.Second, ShutdownTimeout: time.Second, DataDir: "d"}
	got := set
	got.Defaults()
	if got != set {
		t.Errorf("set limits changed: %+v, want %+v", got, set)
	}
}
