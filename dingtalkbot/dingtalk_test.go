package dingtalkbot_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/open-dingtalk/dingtalk-stream-sdk-go/client"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/dingtalkbot"
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
	office         = "cidOfficeGroup0001=="
	staff          = "staff0001"
)

var fixedNow = func() time.Time { return time.Date(2024, 3, 1, 9, 0, 0, 0, time.Local) }

// running is the adapter connected to a fake DingTalk through the real SDK client.
type running struct {
	f       *fakeDingTalk
	bot     *bot.Bot
	dataDir string
	stop    func() error
}

func start(t *testing.T, opts dingtalkbot.Options) *running {
	t.Helper()
	f := newFakeDingTalk(t)
	b := bot.New(samplesIndex.Open(t), nil, nil, bot.Options{Now: fixedNow})
	if opts.DataDir == "" {
		opts.DataDir = t.TempDir()
	}
	cli := client.NewStreamClient(
		client.WithAppCredential(client.NewAppCredentialConfig(clientID, clientSecret)),
		client.WithOpenApiHost(f.srv.URL),
	)
	d := dingtalkbot.New(b, cli, opts, nil)
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

// (1) An @-mention in a group is acknowledged and answered through its
// session webhook: the figure, its source with the quoted sentence, how to
// give feedback.
func TestDingTalkMentionAnswered(t *testing.T) {
	r := start(t, dingtalkbot.Options{})
	ack := r.f.deliver(t, "frame-1", msg{id: "msg-1", conversation: office, user: staff, session: "s1", text: figureQuestion})
	if ack.Code != 200 || ack.Headers["messageId"] != "frame-1" {
		t.Errorf("ack %+v", ack)
	}
	rep := r.f.reply(t)
	text := rep.Markdown.Text
	for _, want := range []string{"50.2%", expectedTitle(t, r.bot), "[1]", "来源", "“", "2023年", "👍", "👎"} {
		if !strings.Contains(text, want) {
			t.Errorf("answer lacks %q:\n%s", want, text)
		}
	}
	if rep.Session != "s1" || rep.MsgType != "markdown" || rep.Markdown.Title == "" {
		t.Errorf("reply to session %q as %q titled %q", rep.Session, rep.MsgType, rep.Markdown.Title)
	}
	if strings.Contains(text, "理解为") {
		t.Errorf("a first question shown as reinterpreted:\n%s", text)
	}
	r.f.mu.Lock()
	open := r.f.open
	r.f.mu.Unlock()
	subscribed := false
	for _, s := range open.Subscriptions {
		subscribed = subscribed || (s.Type == "CALLBACK" && s.Topic == botTopic)
	}
	if open.ClientID != clientID || open.ClientSecret != clientSecret || !subscribed {
		t.Errorf("connection opened with %+v", open)
	}
}

// (2) The same message delivered twice (DingTalk's redelivery, a new frame
// with the same msgId) is acknowledged twice and answered once.
func TestDingTalkDuplicateAnsweredOnce(t *testing.T) {
	r := start(t, dingtalkbot.Options{})
	m := msg{id: "msg-dup", conversation: office, user: staff, session: "s1", text: figureQuestion}
	for _, frame := range []string{"frame-a", "frame-b"} {
		if ack := r.f.deliver(t, frame, m); ack.Code != 200 {
			t.Errorf("frame %s: ack %+v", frame, ack)
		}
	}
	// A later question in another chat: once answered, the first is too.
	r.f.deliver(t, "frame-c", msg{id: "msg-other", conversation: "cidOther==", user: "staff0002", session: "s2", text: figureQuestion})
	if err := r.stop(); err != nil { // all work done: a duplicate would have been sent
		t.Fatal(err)
	}
	all := r.f.drained()
	n := 0
	for _, rep := range all {
		if rep.Session == "s1" && !strings.HasPrefix(rep.Markdown.Text, "（续）") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("%d answers to the message, want 1:\n%s", n, bodies(all))
	}
}

// (3) A follow-up by the same person in the same chat uses the earlier turn.
func TestDingTalkFollowUp(t *testing.T) {
	r := start(t, dingtalkbot.Options{})
	r.f.deliver(t, "frame-1", msg{id: "msg-1", conversation: office, user: staff, session: "s1", text: figureQuestion})
	if first := r.f.reply(t); !strings.Contains(first.Markdown.Text, "50.2%") {
		t.Fatalf("first answer:\n%s", first.Markdown.Text)
	}
	r.f.deliver(t, "frame-2", msg{id: "msg-2", conversation: office, user: staff, session: "s2", text: "那2016年呢？"})
	follow := r.f.reply(t).Markdown.Text
	if !strings.Contains(follow, "理解为") || !strings.Contains(follow, "2016") || !strings.Contains(follow, "家庭医生") {
		t.Errorf("the follow-up did not use the earlier turn:\n%s", follow)
	}
	if strings.Contains(follow, "50.2") && !strings.Contains(follow, "其他年份") {
		t.Errorf("2023's figure given for 2016:\n%s", follow)
	}
	// Someone else's question in the same group is not their follow-up.
	r.f.deliver(t, "frame-3", msg{id: "msg-3", conversation: office, user: "staff0002", session: "s3", text: "那2016年呢？"})
	if other := r.f.reply(t).Markdown.Text; strings.Contains(other, "家庭医生") {
		t.Errorf("another person's question read as a follow-up:\n%s", other)
	}
}

// (4) A 👎 reply (with a reason) after an answer is stored in the feedback
// log with the answer's question and sources, and thanked.
func TestDingTalkFeedbackRecorded(t *testing.T) {
	r := start(t, dingtalkbot.Options{})
	r.f.deliver(t, "frame-1", msg{id: "msg-1", conversation: office, user: staff, session: "s1", text: figureQuestion, direct: true})
	if ans := r.f.reply(t).Markdown.Text; !strings.Contains(ans, "dtmd://dingtalkclient/sendMessage?content=") {
		t.Errorf("a direct answer without one-click feedback links:\n%s", ans)
	}
	r.f.deliver(t, "frame-2", msg{id: "msg-2", conversation: office, user: staff, session: "s2", text: "👎 数字是去年的", direct: true})
	if thanks := r.f.reply(t).Markdown.Text; !strings.Contains(thanks, "感谢") {
		t.Errorf("no thanks: %s", thanks)
	}
	recs, bad, err := chatkit.ReadFeedback(filepath.Join(r.dataDir, chatkit.FeedbackFile))
	if err != nil || bad != 0 || len(recs) != 1 {
		t.Fatalf("%d records, %d bad: %v", len(recs), bad, err)
	}
	f := recs[0]
	if f.Vote != chatkit.VoteDown || f.Platform != "dingtalk" || f.User != staff || f.Channel != office || f.Comment != "数字是去年的" ||
		!strings.Contains(f.Answer, "50.2%") || f.Question == "" || len(f.Sources) == 0 || f.Sources[0].Ref == "" || f.AnswerID == "" {
		t.Errorf("feedback record %+v", f)
	}
}

// (5) The allow-lists: a group not allowed is ignored, a person not allowed
// is told, a direct chat follows the user list only.
func TestDingTalkAccess(t *testing.T) {
	r := start(t, dingtalkbot.Options{AllowedConversations: []string{office}, AllowedUsers: []string{staff}})
	r.f.deliver(t, "frame-1", msg{id: "msg-1", conversation: "cidElsewhere==", user: staff, session: "s1", text: figureQuestion})
	r.f.deliver(t, "frame-2", msg{id: "msg-2", conversation: office, user: "stranger", session: "s2", text: figureQuestion})
	r.f.deliver(t, "frame-3", msg{id: "msg-3", conversation: "cidDirect==", user: staff, session: "s3", text: figureQuestion, direct: true})
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, rep := range r.f.drained() {
		got[rep.Session] += rep.Markdown.Text
	}
	if _, ok := got["s1"]; ok {
		t.Errorf("answered in a group not allowed: %s", got["s1"])
	}
	if !strings.Contains(got["s2"], "权限") || strings.Contains(got["s2"], "50.2") {
		t.Errorf("a person not allowed was told %q", got["s2"])
	}
	if !strings.Contains(got["s3"], "50.2%") {
		t.Errorf("a direct chat by an allowed person not answered: %q", got["s3"])
	}
}

// (6) Each person's rate limit: past it, one note, then silence.
func TestDingTalkUserRateLimit(t *testing.T) {
	r := start(t, dingtalkbot.Options{Now: fixedNow, Limits: chatkit.Limits{UserRatePerMinute: 1}})
	for i, s := range []string{"s1", "s2", "s3"} {
		r.f.deliver(t, "frame-"+s, msg{id: "msg-" + s, conversation: office, user: staff, session: s, text: figureQuestion + strings.Repeat(" ", i)})
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, rep := range r.f.drained() {
		got[rep.Session] += rep.Markdown.Text
	}
	if !strings.Contains(got["s1"], "50.2%") || !strings.Contains(got["s2"], "请求太多") || got["s3"] != "" {
		t.Errorf("replies %q", got)
	}
}

// A refused Client Secret stops Run with a ConnectError.
func TestDingTalkRefusedCredentials(t *testing.T) {
	f := newFakeDingTalk(t)
	cli := client.NewStreamClient(
		client.WithAppCredential(client.NewAppCredentialConfig(clientID, "wrong")),
		client.WithOpenApiHost(f.srv.URL), client.WithAutoReconnect(false),
	)
	d := dingtalkbot.New(nil, cli, dingtalkbot.Options{Limits: chatkit.Limits{DataDir: t.TempDir()}}, nil)
	err := d.Run(context.Background())
	var ce *dingtalkbot.ConnectError
	if !errorsAs(err, &ce) || !strings.Contains(err.Error(), "appSecret is invalid") {
		t.Errorf("Run: %v", err)
	}
}

func errorsAs(err error, target any) bool { return errors.As(err, target) }
