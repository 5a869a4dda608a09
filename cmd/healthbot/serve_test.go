package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack/slacktest"
)

const (
	testBotToken = "xoxb-test-not-a-real-token"
	testAppToken = "xapp-test-not-a-real-token"
)

func TestServeTokenErrors(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		want []string
	}{
		{"no bot token", map[string]string{"SLACK_APP_TOKEN": testAppToken}, []string{"SLACK_BOT_TOKEN", "missing", "slack.bot_token_env"}},
		{"no app token", map[string]string{"SLACK_BOT_TOKEN": testBotToken}, []string{"SLACK_APP_TOKEN", "missing"}},
		{"tokens swapped", map[string]string{"SLACK_BOT_TOKEN": testAppToken, "SLACK_APP_TOKEN": testBotToken}, []string{"SLACK_BOT_TOKEN", "xoxb-", "app-level token"}},
		{"app token not xapp", map[string]string{"SLACK_BOT_TOKEN": testBotToken, "SLACK_APP_TOKEN": "xoxp-user-token"}, []string{"SLACK_APP_TOKEN", "xapp-", "user token"}},
		{"no chat at all", map[string]string{}, []string{"SLACK_BOT_TOKEN", "DINGTALK_CLIENT_ID", "DINGTALK_CLIENT_SECRET", "FEISHU_APP_ID", "FEISHU_APP_SECRET", "missing", "web.addr"}},
		{"feishu without secret", map[string]string{"FEISHU_APP_ID": "cli_testappid"}, []string{"FEISHU_APP_SECRET", "missing", "feishu.app_secret_env"}},
		{"feishu without id", map[string]string{"FEISHU_APP_SECRET": "xsecret-not-real"}, []string{"FEISHU_APP_ID", "missing", "feishu.app_id_env"}},
		{"dingtalk without secret", map[string]string{"DINGTALK_CLIENT_ID": "dingtestclientid"}, []string{"DINGTALK_CLIENT_SECRET", "missing", "dingtalk.client_secret_env"}},
		{"dingtalk without id", map[string]string{"DINGTALK_CLIENT_SECRET": "xsecret-not-real"}, []string{"DINGTALK_CLIENT_ID", "missing"}},
		{"renamed variable", map[string]string{"HEALTHBOT_SLACK_BOT_TOKEN_ENV": "BUREAU_SLACK_BOT", "SLACK_APP_TOKEN": testAppToken}, []string{"BUREAU_SLACK_BOT", "missing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, tt.env, "serve")
			if code != exitError {
				t.Errorf("exit %d", code)
			}
			for _, w := range tt.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("error lacks %q: %s", w, errOut)
				}
			}
			for _, v := range tt.env {
				if strings.HasPrefix(v, "x") && strings.Contains(errOut, v) {
					t.Errorf("a token was printed: %s", errOut)
				}
			}
		})
	}
}

func TestServeRefusedBotToken(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `{"ok":false,"error":"invalid_auth"}`)
	}))
	defer srv.Close()
	code, _, errOut := runCLI(t, map[string]string{
		"SLACK_BOT_TOKEN": testBotToken, "SLACK_APP_TOKEN": testAppToken, "HEALTHBOT_SLACK_API_URL": srv.URL + "/api",
	}, "serve")
	if code != exitError || !strings.Contains(errOut, "SLACK_BOT_TOKEN") || !strings.Contains(errOut, "invalid_auth") || strings.Contains(errOut, testBotToken) {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

// miniSlack is just enough of Slack for healthbot serve: auth.test, Socket
// Mode, chat.postMessage and chat.update, and a response_url.
type miniSlack struct {
	srv  *slacktest.Server
	resp *httptest.Server
	out  chan string

	mu       sync.Mutex
	updates  []edit
	thanks   int
	appToken string
	nextTS   int
}

type edit struct{ ts, blocks string }

func newMiniSlack(t *testing.T) *miniSlack {
	m := &miniSlack{out: make(chan string, 8)}
	m.srv = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/auth.test", func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, `{"ok":true,"team":"Bureau","team_id":"T0BUREAU","user":"healthbot","user_id":"UBOTHEALTH","bot_id":"BHEALTH01"}`)
		})
		c.Handle("/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
			m.mu.Lock()
			m.appToken = r.Header.Get("Authorization")
			m.mu.Unlock()
			fmt.Fprintf(w, `{"ok":true,"url":%q}`, m.srv.GetWSURL())
		})
		c.Handle("/ws", slacktest.Websocket(func(c *websocket.Conn) {
			c.WriteJSON(map[string]any{"type": "hello"})
			go func() {
				for {
					if _, _, err := c.ReadMessage(); err != nil {
						return
					}
				}
			}()
			for env := range m.out {
				if c.WriteMessage(websocket.TextMessage, []byte(env)) != nil {
					return
				}
			}
		}))
		c.Handle("/chat.postMessage", m.chat)
		c.Handle("/chat.update", m.chat)
	})
	m.srv.Start()
	m.resp = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if bytes.Contains(body, []byte("感谢")) {
			m.mu.Lock()
			m.thanks++
			m.mu.Unlock()
		}
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"ok":true}`)
	}))
	t.Cleanup(func() { m.resp.Close(); m.srv.Stop() })
	return m
}

func (m *miniSlack) chat(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	m.mu.Lock()
	defer m.mu.Unlock()
	ts := r.FormValue("ts")
	if strings.HasSuffix(r.URL.Path, "chat.update") {
		m.updates = append(m.updates, edit{ts, r.FormValue("blocks")})
	} else {
		m.nextTS++
		ts = fmt.Sprintf("1700000500.%06d", m.nextTS)
	}
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": r.FormValue("channel"), "ts": ts})
}

// patience is how long a test waits for what must happen (serve builds the
// index first, which takes long under -race on a busy machine): until
// shortly before go test's -timeout, so slowness is never a failure and a
// hang still fails with a message.
func patience(t *testing.T) time.Duration {
	d, ok := t.Deadline()
	if !ok {
		return time.Hour
	}
	return max(time.Until(d)-10*time.Second, time.Second)
}

func (m *miniSlack) waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(patience(t)); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		m.mu.Lock()
		ok := cond()
		m.mu.Unlock()
		if ok {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}

// TestServeAnswersAndCountsFeedback runs healthbot serve against a fake
// Slack: a mention is answered with the figure, a 👍 is stored, and
// healthbot feedback counts it.
func TestServeAnswersAndCountsFeedback(t *testing.T) {
	m := newMiniSlack(t)
	dataDir, idx := t.TempDir(), sampleIndex(t)
	env := map[string]string{
		"SLACK_BOT_TOKEN": testBotToken, "SLACK_APP_TOKEN": testAppToken,
		"HEALTHBOT_SLACK_API_URL": m.srv.GetAPIURL(), "HEALTHBOT_SLACK_DATA_DIR": dataDir,
		"HEALTHBOT_CORPUS_DIR": samples, "HEALTHBOT_INDEX_DIR": idx, "HEALTHBOT_NOW": "2024-03-01",
		"HEALTHBOT_ADMIN_ADDR": "127.0.0.1:0",
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut bytes.Buffer
	logs := &lockedWriter{w: &errOut}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--log-format", "json"}, func(k string) string { return env[k] }, environOf(env), strings.NewReader(""), &out, logs)
	}()

	mention, _ := json.Marshal(map[string]any{"envelope_id": "env-1", "type": "events_api", "payload": map[string]any{
		"type": "event_callback", "team_id": "T0BUREAU", "event_id": "Ev1",
		"event": map[string]any{"type": "app_mention", "user": "USTAFF01", "channel": "COFFICE01", "ts": "1700000000.000001",
			"text": "<@UBOTHEALTH> 2023年家庭医生签约率是多少？"}}})
	m.out <- string(mention)
	var answer edit
	m.waitFor(t, "the answer", func() bool {
		for _, u := range m.updates {
			if strings.Contains(u.blocks, "feedback_buttons") {
				answer = u
				return true
			}
		}
		return false
	})
	if !strings.Contains(answer.blocks, "50.2%") {
		t.Fatalf("answer: %s", answer.blocks)
	}
	type button struct {
		Value string `json:"value"`
	}
	var blocks []struct {
		Elements []struct {
			ActionID string `json:"action_id"`
			Positive button `json:"positive_button"`
			Negative button `json:"negative_button"`
		} `json:"elements"`
	}
	json.Unmarshal([]byte(answer.blocks), &blocks)
	var value string
	for _, b := range blocks {
		for _, e := range b.Elements {
			if e.ActionID == "healthbot_feedback" {
				value = e.Positive.Value
			}
		}
	}
	click, _ := json.Marshal(map[string]any{"envelope_id": "env-2", "type": "interactive", "payload": map[string]any{
		"type": "block_actions", "user": map[string]any{"id": "USTAFF01"}, "channel": map[string]any{"id": "COFFICE01"},
		"container":    map[string]any{"type": "message", "message_ts": answer.ts, "channel_id": "COFFICE01"},
		"response_url": m.resp.URL + "/vote",
		"actions":      []map[string]any{{"action_id": "healthbot_feedback", "block_id": "healthbot_feedback", "type": "feedback_buttons", "value": value}}}})
	m.out <- string(click)
	m.waitFor(t, "the thanks", func() bool { return m.thanks > 0 })
	checkAdminEndpoints(t, logs)
	cancel()
	close(m.out)
	select {
	case code := <-done:
		if code != exitOK {
			t.Fatalf("serve exit %d", code)
		}
	case <-time.After(patience(t)):
		t.Fatal("serve did not stop")
	}
	m.mu.Lock()
	if m.appToken != "Bearer "+testAppToken {
		t.Errorf("socket mode opened with %q", m.appToken)
	}
	m.mu.Unlock()
	if strings.Contains(errOut.String(), testBotToken) || strings.Contains(errOut.String(), testAppToken) {
		t.Error("a token was logged")
	}

	code, text, stderr := runCLI(t, env, "feedback")
	if code != 0 || !strings.Contains(text, "1 vote (👍 1, 👎 0") || !strings.Contains(text, "卫生健康与计划生育2023年度工作总结") {
		t.Errorf("feedback: exit %d\n%s%s", code, text, stderr)
	}
	code, text, _ = runCLI(t, env, "feedback", "--json")
	var sum struct {
		Clicks, Up, Down int
		Sources          []struct{ Up, Down int }
	}
	if code != 0 || json.Unmarshal([]byte(text), &sum) != nil || sum.Clicks != 1 || sum.Up != 1 || len(sum.Sources) == 0 || sum.Sources[0].Up != 1 {
		t.Errorf("feedback --json: exit %d %s", code, text)
	}
	// The audit log follows the data folder and records who asked what.
	audit, err := os.ReadFile(filepath.Join(dataDir, "audit.jsonl"))
	if err != nil || !strings.Contains(string(audit), "家庭医生") || !strings.Contains(string(audit), "004_797ccc564263b7fa.txt") {
		t.Errorf("audit log: %v\n%s", err, audit)
	}
}

// lockedWriter lets the test read what the server logs while it runs.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

// String is what was written so far (w must be a fmt.Stringer).
func (l *lockedWriter) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.(fmt.Stringer).String()
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
