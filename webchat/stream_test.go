package webchat

import (
	"bufio"
	"encoding/json"
	"fmt"
	"github.com/healthbot/healthbot/internal/chatkit"
	"net/http"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/chattest"
	"github.com/healthbot/healthbot/internal/memnet"
)

const (
	llmHost      = "llm.test"
	webHost      = "web.test"
	workQuestion = "南陵县2023年在家庭医生签约方面做了哪些工作？"
)

// workReply is an LLM answer citing the source that holds the samples'
// figure, long enough to stream for several seconds.
func workReply(msgs []map[string]string) string {
	n := chattest.SourceWith(chattest.UserPrompt(msgs), "50.2%")
	return fmt.Sprintf("南陵县2023年做实基本公共卫生服务，家庭医生总签约率为50.2%% [%d]。", n) +
		strings.Repeat(fmt.Sprintf("各分项指标均超过省市要求 [%d]。", n), 4)
}

// With an LLM writing the answer (the real client against a fake streaming
// real SSE, on synctest's fake clock over an in-memory network), the page
// gets the text as it is written: delta events, arriving while the LLM
// writes, that add up to (a beginning of) its text; then the checked answer with its source.
func TestAnswerStreamsWhileTheLLMWrites(t *testing.T) {
	samplesIndex.Open(t) // built outside the bubble
	synctest.Test(t, func(t *testing.T) {
		n := memnet.New()
		var mu sync.Mutex
		var written string
		model := chattest.New(func(msgs []map[string]string) string {
			reply := workReply(msgs)
			mu.Lock()
			written = reply
			mu.Unlock()
			return reply
		})
		model.Every = 500 * time.Millisecond
		n.Serve(t, llmHost, model)
		b := bot.New(samplesIndex.Open(t), chattest.Client(t, llmHost, n.HTTPClient(t)), nil, bot.Options{Now: fixedNow, LLMTimeout: 90 * time.Second})
		s := New(b, Options{Limits: chatkit.Limits{DataDir: t.TempDir()}}, nil)
		n.Serve(t, webHost, s.Handler())

		body, _ := json.Marshal(askRequest{Question: workQuestion})
		req, _ := http.NewRequest(http.MethodPost, "http://"+webHost+"/api/ask", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/json")
		asked := time.Now()
		resp, err := n.HTTPClient(t).Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if ct := resp.Header.Get("Content-Type"); resp.StatusCode != http.StatusOK || !strings.HasPrefix(ct, "text/event-stream") {
			t.Fatalf("status %d, content type %q", resp.StatusCode, ct)
		}
		// Each event with the (fake) time it arrived.
		var streamed strings.Builder
		var deltas []time.Duration
		var final answerView
		var answered time.Duration
		sc := bufio.NewScanner(resp.Body)
		name := ""
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: ") && name == "delta":
				var d deltaEvent
				if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &d); err != nil {
					t.Fatal(err)
				}
				deltas = append(deltas, time.Since(asked))
				streamed.WriteString(d.Text)
			case strings.HasPrefix(line, "data: ") && name == "answer":
				if err := json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &final); err != nil {
					t.Fatal(err)
				}
				answered = time.Since(asked)
			}
		}
		if !s.Drain(time.Minute) {
			t.Error("answers still running")
		}
		mu.Lock()
		want := written
		mu.Unlock()
		t.Logf("%d delta events from %s to %s; the answer at %s", len(deltas), deltas[0], deltas[len(deltas)-1], answered)
		if len(deltas) < 3 || deltas[0] >= answered || deltas[len(deltas)-2] <= deltas[0] {
			t.Errorf("delta events at %v, the answer at %s: want the text as it is written", deltas, answered)
		}
		// The bot holds back the last few runes while it checks for a
		// prompt leak, so the deltas add up to a beginning of the text.
		if got := streamed.String(); !strings.HasPrefix(want, got) || 2*len(got) < len(want) {
			t.Errorf("the deltas add up to\n%q\nwant most of the LLM's text\n%q", got, want)
		}
		if final.Mode != bot.ModeLLM || !strings.Contains(final.Text, "50.2%") || len(final.Sources) == 0 {
			t.Errorf("final answer %+v", final)
		}
	})
}
