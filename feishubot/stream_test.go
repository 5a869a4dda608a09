package feishubot_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"
	"unicode/utf8"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/feishubot"
	"github.com/healthbot/healthbot/internal/chatkit"
	"github.com/healthbot/healthbot/internal/chattest"
	"github.com/healthbot/healthbot/internal/memnet"
)

const (
	llmHost         = "llm.test"
	nanlingQuestion = "南陵县2023年在家庭医生签约方面做了哪些工作？"
)

// figureReply is an LLM answer giving the samples' figure, citing the
// source that holds it, long enough to stream for several seconds.
func figureReply(msgs []map[string]string) string {
	n := chattest.SourceWith(chattest.UserPrompt(msgs), "50.2%")
	return fmt.Sprintf("根据资料，南陵县2023年家庭医生总签约率为50.2%% [%d]，各分项指标均超过省市要求 [%d]。", n, n) +
		strings.Repeat(fmt.Sprintf("国家基本公共卫生原12项基本公共卫生服务均已达到市级序时各项目标 [%d]。", n), 6)
}

// pacedLLM is the fake chat API writing figureReply seven runes at a time:
// the first half quickly (a chunk every 100 ms: the interval between card
// updates holds them back), the second slowly (every 600 ms: less than 20
// runes a second, too little for an update each second).
type pacedLLM struct {
	mu         sync.Mutex
	reply      string
	start, end time.Time
}

func (l *pacedLLM) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	msgs, ok := chattest.ReadRequest(w, r)
	if !ok {
		return
	}
	reply := figureReply(msgs)
	l.mu.Lock()
	l.reply, l.start = reply, time.Now()
	l.mu.Unlock()
	w.Header().Set("Content-Type", "text/event-stream")
	fl := w.(http.Flusher)
	runes := []rune(reply)
	for i := 0; i < len(runes); i += 7 {
		if i > 0 {
			pace := 100 * time.Millisecond
			if i > len(runes)/2 {
				pace = 600 * time.Millisecond
			}
			time.Sleep(pace)
		}
		chattest.WriteDelta(w, string(runes[i:min(i+7, len(runes))]))
		fl.Flush()
	}
	l.mu.Lock()
	l.end = time.Now()
	l.mu.Unlock()
	chattest.WriteEnd(w)
	fl.Flush()
}

// streamedText is a streaming update's text without the note that the
// answer is being written.
func streamedText(r reply) string {
	text, _, _ := strings.Cut(r.Text, "（"+writing)
	return strings.TrimSpace(text)
}

// (7) With an LLM writing the answer (a fake streaming real SSE, quickly
// then slowly), the placeholder is updated as the text arrives: several
// updates, at least a second apart and each with at least 20 new runes,
// each a beginning of the LLM's text; then the final update is the whole card with its source
// and 👍/👎, and nothing else is sent. On synctest's fake clock, over an
// in-memory network: the SDK's API client and the LLM client speak real
// HTTP to the fakes; the long connection is replaced by handing the
// message event's JSON to the SDK's dispatcher.
func TestFeishuStreamsAnswerIntoThePlaceholder(t *testing.T) {
	samplesIndex.Open(t) // built outside the bubble
	synctest.Test(t, func(t *testing.T) {
		n := memnet.New()
		f := newMemFeishu(t, n)
		llm := &pacedLLM{}
		n.Serve(t, llmHost, llm)
		b := bot.New(samplesIndex.Open(t), chattest.Client(t, llmHost, n.HTTPClient(t)), nil, bot.Options{Now: fixedNow, LLMTimeout: 90 * time.Second})
		d := feishubot.New(b, appID, appSecret, feishubot.Options{BaseURL: "http://" + memHost, HTTPClient: n.HTTPClient(t), Limits: chatkit.Limits{DataDir: t.TempDir()}}, nil)

		ctx, cancel := context.WithCancel(context.Background())
		payloads, handled := make(chan []byte), make(chan error)
		done := make(chan error, 1)
		go func() {
			done <- d.RunDelivering(ctx, func(ctx context.Context, handle func([]byte) (any, error)) {
				for {
					select {
					case p := <-payloads:
						_, err := handle(p)
						handled <- err
					case <-ctx.Done():
						return
					}
				}
			})
		}()
		payloads <- eventPayload(msg{id: "om_s1", chat: office, user: staff, text: nanlingQuestion})
		if err := <-handled; err != nil {
			t.Fatalf("the message event: %v", err)
		}
		asked := time.Now()
		final, streaming := f.answer(t)
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}

		llm.mu.Lock()
		want, writingTime := llm.reply, llm.end.Sub(llm.start)
		llm.mu.Unlock()
		t.Logf("%d streaming updates in %s of writing; the answer %s after the question", len(streaming), writingTime, final.At.Sub(asked))
		if len(streaming) < 3 || time.Duration(len(streaming)-1)*time.Second > writingTime {
			t.Errorf("%d streaming updates in %s of writing, want several, at most one a second", len(streaming), writingTime)
		}
		prev, prevAt := "", asked
		for i, p := range streaming {
			text := streamedText(p)
			if !strings.HasPrefix(want, text) || p.To != "om_s1" {
				t.Errorf("update %d (of a reply to %s) is not a beginning of the answer:\n%s", i+1, p.To, text)
			}
			if i > 0 && p.At.Sub(prevAt) < time.Second {
				t.Errorf("updates %d and %d %s apart, want a second at least", i, i+1, p.At.Sub(prevAt))
			}
			if grew := utf8.RuneCountInString(text) - utf8.RuneCountInString(prev); grew < 20 {
				t.Errorf("update %d adds %d runes, want 20 at least", i+1, grew)
			}
			prev, prevAt = text, p.At
		}
		for _, w := range []string{"50.2%", "来源", "“", "👎 原因"} {
			if !strings.Contains(final.Text, w) {
				t.Errorf("the final card lacks %q:\n%s", w, final.Text)
			}
		}
		if len(final.Buttons) != 2 || final.Buttons[0].Value["answer_id"] == "" {
			t.Errorf("the final card's buttons: %+v", final.Buttons)
		}
		if more := f.drained(); len(more) != 0 {
			t.Errorf("%d more replies or updates:\n%s", len(more), bodies(more))
		}
	})
}

// (8) Where Feishu refuses to update the card (here: the app lacks the
// permission), the whole answer comes as a reply, as it did before
// streaming: figure, source, buttons.
func TestFeishuRefusedUpdateFallsBackToReply(t *testing.T) {
	r := start(t, feishubot.Options{})
	r.f.refusePatch.Store(true)
	r.f.deliver(t, "frame-1", msg{id: "om_r1", chat: office, user: staff, text: figureQuestion})
	if first := r.f.next(t); first.Text != placeholder || first.To != "om_r1" {
		t.Fatalf("first reply %+v, want the placeholder", first)
	}
	ans := r.f.next(t)
	for _, want := range []string{"50.2%", expectedTitle(t, r.bot), "来源", "“"} {
		if !strings.Contains(ans.Text, want) {
			t.Errorf("the reply lacks %q:\n%s", want, ans.Text)
		}
	}
	if ans.To != "om_r1" || ans.MsgType != "interactive" || len(ans.Buttons) != 2 {
		t.Errorf("reply to %s as %s with %d buttons", ans.To, ans.MsgType, len(ans.Buttons))
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	if more := r.f.drained(); len(more) != 0 {
		t.Errorf("%d more replies or updates:\n%s", len(more), bodies(more))
	}
	r.f.mu.Lock()
	defer r.f.mu.Unlock()
	if r.f.refused == 0 {
		t.Error("no update was tried")
	}
}

// (9) A click on 👎 under an answer arrives as a card callback over the
// long connection; it is stored in the feedback log with the answer's
// question and sources, and answered with a toast. The same callback
// delivered again is not stored twice; a click on an answer no longer
// remembered is told so.
func TestFeishuFeedbackButton(t *testing.T) {
	r := start(t, feishubot.Options{})
	r.f.deliver(t, "frame-1", msg{id: "om_b1", chat: office, user: staff, text: figureQuestion})
	ans, _ := r.f.answer(t)
	if len(ans.Buttons) != 2 {
		t.Fatalf("buttons %+v", ans.Buttons)
	}
	down := ans.Buttons[1]
	toastOf := func(a ack) (kind, text string) {
		t.Helper()
		var resp struct {
			Toast struct{ Type, Content string } `json:"toast"`
		}
		if a.Code != 200 || json.Unmarshal(a.Data, &resp) != nil {
			t.Fatalf("callback answered %d %q", a.Code, a.Data)
		}
		return resp.Toast.Type, resp.Toast.Content
	}
	for _, frame := range []string{"frame-2", "frame-3"} { // Feishu's redelivery: a new frame, the same event
		if kind, text := toastOf(r.f.send(t, frame, click("ev-click-1", staff, office, ans.ID, down))); kind != "success" || text != "已记录您的反馈" {
			t.Errorf("%s: toast %s %q", frame, kind, text)
		}
	}
	gone := button{Label: down.Label, Value: map[string]any{"action": "vote", "vote": "up", "answer_id": "no-such-answer"}}
	if kind, text := toastOf(r.f.send(t, "frame-4", click("ev-click-2", staff, office, ans.ID, gone))); kind != "info" || !strings.Contains(text, "无法评价") {
		t.Errorf("a click on an unknown answer: toast %s %q", kind, text)
	}
	recs, bad, err := chatkit.ReadFeedback(filepath.Join(r.dataDir, chatkit.FeedbackFile))
	if err != nil || bad != 0 || len(recs) != 1 {
		t.Fatalf("%d records, %d bad: %v", len(recs), bad, err)
	}
	f := recs[0]
	if f.Vote != chatkit.VoteDown || f.Platform != "feishu" || f.User != staff || f.Channel != office || f.AnswerID != down.Value["answer_id"] ||
		f.MessageTS != ans.ID || !strings.Contains(f.Answer, "50.2%") || f.Question == "" || len(f.Sources) == 0 {
		t.Errorf("feedback record %+v", f)
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	if more := r.f.drained(); len(more) != 0 {
		t.Errorf("a click answered with a message:\n%s", bodies(more))
	}
}
