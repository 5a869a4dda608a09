package feishubot_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/feishubot"
	"github.com/healthbot/healthbot/internal/chatkit"
	"github.com/healthbot/healthbot/internal/sampleindex"
)

// samplesIndex is the samples' index, built once for the package's tests.
var samplesIndex = &sampleindex.Index{SamplesDir: "../corpus/samples"}

func TestMain(m *testing.M) {
	code := m.Run()
	samplesIndex.Remove()
	os.Exit(code)
}

const (
	figureQuestion = "2023年家庭医生签约率是多少？"
	office         = "oc_office0000000000000000000001"
	staff          = "staff0001"
)

var fixedNow = func() time.Time { return time.Date(2024, 3, 1, 9, 0, 0, 0, time.Local) }

// running is the adapter connected to a fake Feishu through the real SDK clients.
type running struct {
	f       *fakeFeishu
	bot     *bot.Bot
	dataDir string
	stop    func() error
}

func start(t *testing.T, opts feishubot.Options) *running {
	t.Helper()
	f := newFakeFeishu(t)
	b := bot.New(samplesIndex.Open(t), nil, nil, bot.Options{Now: fixedNow})
	if opts.DataDir == "" {
		opts.DataDir = t.TempDir()
	}
	opts.BaseURL = f.srv.URL
	d := feishubot.New(b, appID, appSecret, opts, nil)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- d.Run(ctx) }()
	r := &running{f: f, bot: b, dataDir: opts.DataDir}
	stopped := false
	r.stop = func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		return <-done
	}
	t.Cleanup(func() { r.stop() })
	select {
	case <-f.connected:
	case err := <-done:
		stopped = true
		t.Fatalf("Run returned before connecting: %v", err)
	case <-time.After(patience(t)):
		t.Fatal("the client never opened the websocket")
	}
	return r
}

// expectedTitle is the title of the report the figure comes from.
func expectedTitle(t *testing.T, b *bot.Bot) string {
	t.Helper()
	a, err := b.Handle(context.Background(), nil, bot.Request{Text: figureQuestion})
	if err != nil || len(a.Sources) == 0 {
		t.Fatalf("the sample index does not answer the figure question: %v", err)
	}
	return a.Sources[0].Title
}

// (1) An @-mention in a group is acknowledged and answered at once with a
// card replying to it, "正在查找资料…", then that card is updated into the
// answer: the figure, its source with the quoted sentence, the 👍/👎
// buttons carrying the answer's id.
func TestFeishuMentionAnswered(t *testing.T) {
	r := start(t, feishubot.Options{})
	a := r.f.deliver(t, "frame-1", msg{id: "om_msg1", chat: office, user: staff, text: figureQuestion})
	if a.Code != 200 {
		t.Errorf("ack %+v", a)
	}
	rep, streaming := r.f.answer(t)
	for _, want := range []string{"50.2%", expectedTitle(t, r.bot), "[1]", "来源", "“", "2023年", "👍", "👎"} {
		if !strings.Contains(rep.Text, want) {
			t.Errorf("answer lacks %q:\n%s", want, rep.Text)
		}
	}
	if rep.To != "om_msg1" || rep.Title == "" || rep.Auth != "Bearer "+tenantToken || len(streaming) != 0 {
		t.Errorf("update of a reply to %q titled %q (auth %q), after %d streaming updates with no LLM", rep.To, rep.Title, rep.Auth, len(streaming))
	}
	if len(rep.Buttons) != 2 || rep.Buttons[0].Value["vote"] != "up" || rep.Buttons[1].Value["vote"] != "down" ||
		rep.Buttons[0].Value["answer_id"] == "" || rep.Buttons[0].Value["answer_id"] != rep.Buttons[1].Value["answer_id"] {
		t.Errorf("feedback buttons %+v", rep.Buttons)
	}
	if strings.Contains(rep.Text, "理解为") || strings.Contains(rep.Text, "@_user") {
		t.Errorf("a first question shown as reinterpreted, or the mention kept:\n%s", rep.Text)
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	if more := r.f.drained(); len(more) != 0 {
		t.Errorf("%d more replies:\n%s", len(more), bodies(more))
	}
	r.f.mu.Lock()
	defer r.f.mu.Unlock()
	if r.f.endpoint["AppID"] != appID || r.f.endpoint["AppSecret"] != appSecret {
		t.Errorf("connection opened with %v", r.f.endpoint)
	}
}

// (2) The same message delivered twice (Feishu's redelivery: a new frame,
// the same event and message ids) is acknowledged twice and answered once.
func TestFeishuDuplicateAnsweredOnce(t *testing.T) {
	r := start(t, feishubot.Options{})
	m := msg{id: "om_dup", chat: office, user: staff, text: figureQuestion}
	for _, frame := range []string{"frame-a", "frame-b"} {
		if a := r.f.deliver(t, frame, m); a.Code != 200 {
			t.Errorf("frame %s: ack %+v", frame, a)
		}
	}
	// Later questions in another chat (events without an id are no
	// duplicates of each other): once answered, the first is too.
	r.f.deliver(t, "frame-c", msg{id: "om_other", chat: "oc_other", user: "staff0002", text: figureQuestion, noEventID: true})
	r.f.deliver(t, "frame-d", msg{id: "om_other2", chat: "oc_other", user: "staff0003", text: figureQuestion, noEventID: true})
	if err := r.stop(); err != nil { // all work done: a duplicate would have been sent
		t.Fatal(err)
	}
	all := r.f.drained()
	n := map[string]int{}
	for _, rep := range all {
		if !rep.Patched && !strings.HasPrefix(rep.Text, "（续）") {
			n[rep.To]++
		}
	}
	if n["om_dup"] != 1 || n["om_other"] != 1 || n["om_other2"] != 1 {
		t.Errorf("answers per message %v, want 1 each:\n%s", n, bodies(all))
	}
}

// (3) A follow-up by the same person in the same chat uses the earlier turn;
// someone else's is not theirs.
func TestFeishuFollowUp(t *testing.T) {
	r := start(t, feishubot.Options{})
	r.f.deliver(t, "frame-1", msg{id: "om_1", chat: office, user: staff, text: figureQuestion})
	if first, _ := r.f.answer(t); !strings.Contains(first.Text, "50.2%") {
		t.Fatalf("first answer:\n%s", first.Text)
	}
	r.f.deliver(t, "frame-2", msg{id: "om_2", chat: office, user: staff, text: "那2016年呢？"})
	followUp, _ := r.f.answer(t)
	follow := followUp.Text
	if !strings.Contains(follow, "理解为") || !strings.Contains(follow, "2016") || !strings.Contains(follow, "家庭医生") {
		t.Errorf("the follow-up did not use the earlier turn:\n%s", follow)
	}
	if strings.Contains(follow, "50.2") && !strings.Contains(follow, "其他年份") {
		t.Errorf("2023's figure given for 2016:\n%s", follow)
	}
	r.f.deliver(t, "frame-3", msg{id: "om_3", chat: office, user: "staff0002", text: "那2016年呢？"})
	if other, _ := r.f.answer(t); strings.Contains(other.Text, "家庭医生") {
		t.Errorf("another person's question read as a follow-up:\n%s", other.Text)
	}
}

// (4) A 👎 reply (with a reason) after an answer in a direct chat is stored
// in the feedback log with the answer's question and sources, and thanked.
func TestFeishuFeedbackRecorded(t *testing.T) {
	auditPath := filepath.Join(t.TempDir(), "audit.jsonl")
	audit, err := bot.NewAuditLog(auditPath, 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := start(t, feishubot.Options{Audit: audit})
	dm := "oc_direct0001"
	r.f.deliver(t, "frame-1", msg{id: "om_1", chat: dm, user: staff, text: figureQuestion, direct: true})
	if ans, _ := r.f.answer(t); !strings.Contains(ans.Text, "50.2%") || !strings.Contains(ans.Text, "👎 原因") {
		t.Errorf("a direct answer without the figure or how to rate it:\n%s", ans.Text)
	}
	r.f.deliver(t, "frame-2", msg{id: "om_2", chat: dm, user: staff, text: "👎 数字是去年的", direct: true})
	if thanks := r.f.next(t); !strings.Contains(thanks.Text, "感谢") || thanks.MsgType != "text" || thanks.To != "om_2" {
		t.Errorf("no thanks: %+v", thanks)
	}
	recs, bad, err := chatkit.ReadFeedback(filepath.Join(r.dataDir, chatkit.FeedbackFile))
	if err != nil || bad != 0 || len(recs) != 1 {
		t.Fatalf("%d records, %d bad: %v", len(recs), bad, err)
	}
	f := recs[0]
	if f.Vote != chatkit.VoteDown || f.Platform != "feishu" || f.User != staff || f.Channel != dm || f.Comment != "数字是去年的" ||
		!strings.Contains(f.Answer, "50.2%") || f.Question == "" || len(f.Sources) == 0 || f.Sources[0].Ref == "" || f.AnswerID == "" {
		t.Errorf("feedback record %+v", f)
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(auditPath)
	if err != nil || !strings.Contains(string(data), `"feishu:`+staff+`"`) {
		t.Errorf("audit log %q: %v", data, err)
	}
}

// (5) The allow-lists and mentions: a group not allowed is ignored, a
// person not allowed is told, a direct chat follows the user list only, a
// group message that @-mentions someone else is not for the bot.
func TestFeishuAccess(t *testing.T) {
	r := start(t, feishubot.Options{AllowedChats: []string{office}, AllowedUsers: []string{staff}})
	r.f.deliver(t, "frame-1", msg{id: "om_1", chat: "oc_elsewhere", user: staff, text: figureQuestion})
	r.f.deliver(t, "frame-2", msg{id: "om_2", chat: office, user: "stranger", text: figureQuestion})
	r.f.deliver(t, "frame-3", msg{id: "om_3", chat: "oc_direct", user: staff, text: figureQuestion, direct: true})
	r.f.deliver(t, "frame-4", msg{id: "om_4", chat: office, user: staff, text: figureQuestion, mentions: []string{"ou_colleague"}})
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, rep := range r.f.drained() {
		got[rep.To] += rep.Text
	}
	if s, ok := got["om_1"]; ok {
		t.Errorf("answered in a group not allowed: %s", s)
	}
	if !strings.Contains(got["om_2"], "权限") || strings.Contains(got["om_2"], "50.2") {
		t.Errorf("a person not allowed was told %q", got["om_2"])
	}
	if !strings.Contains(got["om_3"], "50.2%") {
		t.Errorf("a direct chat by an allowed person not answered: %q", got["om_3"])
	}
	if s, ok := got["om_4"]; ok {
		t.Errorf("answered a message addressed to someone else: %s", s)
	}
}

// (6) Each person's rate limit: past it, one note, then silence.
func TestFeishuUserRateLimit(t *testing.T) {
	r := start(t, feishubot.Options{Now: fixedNow, Limits: chatkit.Limits{UserRatePerMinute: 1}})
	for i, id := range []string{"om_1", "om_2", "om_3"} {
		r.f.deliver(t, "frame-"+id, msg{id: id, chat: office, user: staff, text: figureQuestion + strings.Repeat(" ", i)})
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, rep := range r.f.drained() {
		got[rep.To] += rep.Text
	}
	if !strings.Contains(got["om_1"], "50.2%") || !strings.Contains(got["om_2"], "请求太多") || got["om_3"] != "" {
		t.Errorf("replies %q", got)
	}
}

// A refused App Secret stops Run with a ConnectError.
func TestFeishuRefusedCredentials(t *testing.T) {
	f := newFakeFeishu(t)
	// Another app id: the SDK caches tenant tokens per app, process-wide.
	d := feishubot.New(nil, "cli_refused0000test", "wrong", feishubot.Options{BaseURL: f.srv.URL, Limits: chatkit.Limits{DataDir: t.TempDir()}}, nil)
	err := d.Run(context.Background())
	var ce *feishubot.ConnectError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "app secret invalid") {
		t.Errorf("Run: %v", err)
	}
}
