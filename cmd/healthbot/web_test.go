package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// webAddr waits for the web chat's "web: serving" log line and returns its
// address.
func webAddr(t *testing.T, logs *lockedWriter, done <-chan int) string {
	t.Helper()
	for deadline := time.Now().Add(patience(t)); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		for _, line := range strings.Split(logs.String(), "\n") {
			var rec struct{ Msg, Addr string }
			if json.Unmarshal([]byte(line), &rec) == nil && rec.Msg == "web: serving" {
				return rec.Addr
			}
		}
		select {
		case code := <-done:
			t.Fatalf("exit %d before serving:\n%s", code, logs)
		default:
		}
	}
	t.Fatalf("the web chat never said where it serves:\n%s", logs)
	return ""
}

// TestWebCommandAnswersAndCountsFeedback runs healthbot web with a token:
// the page is served, a question without the token is refused, with it
// answered (50.2% and its source), a 👍 is stored and healthbot feedback
// counts it; the token is never logged.
func TestWebCommandAnswersAndCountsFeedback(t *testing.T) {
	const token = "web-test-token-Zx81Qp"
	dataDir, idx := t.TempDir(), sampleIndex(t)
	env := map[string]string{
		"HEALTHBOT_SLACK_DATA_DIR": dataDir, "HEALTHBOT_CORPUS_DIR": samples, "HEALTHBOT_INDEX_DIR": idx,
		"HEALTHBOT_NOW": "2024-03-01", "HEALTHBOT_WEB_TOKEN_ENV": "WEB_CHAT_TOKEN", "WEB_CHAT_TOKEN": token,
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut bytes.Buffer
	logs := &lockedWriter{w: &errOut}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"web", "--addr", "127.0.0.1:0", "--log-format", "json"}, func(k string) string { return env[k] }, environOf(env), strings.NewReader(""), &out, logs)
	}()
	base := "http://" + webAddr(t, logs, done)

	resp, err := http.Get(base + "/?q=2023")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(page), "卫健资料助手") || resp.Header.Get("Content-Security-Policy") == "" {
		t.Fatalf("page: %d %s", resp.StatusCode, page)
	}
	post := func(path, body string, auth bool) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, base+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if auth {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, _ := post("/api/ask", `{"question":"2023年家庭医生签约率是多少"}`, false); code != http.StatusUnauthorized {
		t.Errorf("without the token: %d", code)
	}
	code, stream := post("/api/ask", `{"question":"2023年家庭医生签约率是多少"}`, true)
	if code != http.StatusOK || !strings.Contains(stream, "50.2%") || !strings.Contains(stream, "家庭医生总签约率为50.2%") {
		t.Fatalf("ask: %d %s", code, stream)
	}
	id := regexp.MustCompile(`"id":"([0-9a-f]+)"`).FindStringSubmatch(stream)
	if id == nil {
		t.Fatalf("no answer id in %s", stream)
	}
	if code, body := post("/api/feedback", `{"answer_id":"`+id[1]+`","vote":"up"}`, true); code != http.StatusOK {
		t.Fatalf("feedback: %d %s", code, body)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Fatalf("web exit %d:\n%s", code, logs)
		}
	case <-time.After(patience(t)):
		t.Fatal("web did not stop")
	}
	if strings.Contains(logs.String(), token) {
		t.Error("the token was logged")
	}
	code, text, stderr := runCLI(t, env, "feedback", "--json")
	var sum struct {
		Clicks, Up int
		Sources    []struct{ Up int }
	}
	if code != 0 || json.Unmarshal([]byte(text), &sum) != nil || sum.Clicks != 1 || sum.Up != 1 || len(sum.Sources) == 0 {
		t.Errorf("feedback --json: exit %d %s%s", code, text, stderr)
	}
	audit, err := os.ReadFile(filepath.Join(dataDir, "audit.jsonl"))
	if err != nil || !strings.Contains(string(audit), `"web:`) {
		t.Errorf("audit log: %v\n%s", err, audit)
	}
}

func TestWebCommandErrors(t *testing.T) {
	code, _, errOut := runCLI(t, map[string]string{"HEALTHBOT_WEB_TOKEN_ENV": "WEB_CHAT_TOKEN"}, "web", "--addr", "127.0.0.1:0")
	if code != exitError || !strings.Contains(errOut, "WEB_CHAT_TOKEN") || !strings.Contains(errOut, "web.token_env") {
		t.Errorf("token missing: exit %d: %s", code, errOut)
	}
	code, _, errOut = runCLI(t, nil, "web", "--addr", "8080")
	if code == exitOK || !strings.Contains(errOut, "HOST:PORT") {
		t.Errorf("bad address: exit %d: %s", code, errOut)
	}
}

// TestServeRunsWebChat: with web.addr set and no chat credentials,
// healthbot serve runs the web chat.
func TestServeRunsWebChat(t *testing.T) {
	env := map[string]string{
		"HEALTHBOT_SLACK_DATA_DIR": t.TempDir(), "HEALTHBOT_CORPUS_DIR": samples, "HEALTHBOT_INDEX_DIR": sampleIndex(t),
		"HEALTHBOT_WEB_ADDR": "127.0.0.1:0",
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut bytes.Buffer
	logs := &lockedWriter{w: &errOut}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "--log-format", "json"}, func(k string) string { return env[k] }, environOf(env), strings.NewReader(""), &out, logs)
	}()
	addr := webAddr(t, logs, done)
	resp, err := http.Get("http://" + addr + "/api/session")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `"login":"none"`) {
		t.Errorf("session: %d %s", resp.StatusCode, body)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Fatalf("serve exit %d:\n%s", code, logs)
		}
	case <-time.After(patience(t)):
		t.Fatal("serve did not stop")
	}
}
