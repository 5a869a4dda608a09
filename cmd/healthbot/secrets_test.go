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
	"testing"
	"time"
)

// Secrets: keys and tokens must never reach the terminal, the log (even
// at debug level with -v), errors, or the files healthbot writes, however
// the configuration or the services around it misbehave.

// Distinctive secrets, each findable by grep.
const (
	secretLLMKey   = "sk-llmSECRET-4f1d2a9c7b6e"
	secretEmbedKey = "sk-embSECRET-8e3b6c1d0a5f"
	secretBotToken = "xoxb-1111-2222-botSECRETc3d4e5"
	secretAppToken = "xapp-1-A0HEALTH-3333-appSECRETe5f6a7"
	secretPass     = "passSECRET-horse-battery-staple-77"
	secretWrong    = "wrongSECRET-passphrase-0099"
)

var allSecrets = []string{secretLLMKey, secretEmbedKey, secretBotToken, secretAppToken, secretPass, secretWrong}

// checkNoSecrets fails if any secret, or a long piece of one, is in text.
func checkNoSecrets(t *testing.T, where, text string) {
	t.Helper()
	for _, s := range allSecrets {
		if strings.Contains(text, s) || strings.Contains(text, s[len(s)-16:]) {
			t.Errorf("%s holds the secret %q:\n%s", where, s, text)
		}
	}
}

// echoServer is a misbehaving OpenAI-compatible API: it answers every call
// with status and an error body quoting the Authorization header and the
// request URL back, as some gateways do.
func echoServer(t *testing.T, status int) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.Header().Set("Content-Type", "application/json")
		if status == http.StatusTooManyRequests {
			w.Header().Set("Retry-After", "0")
		}
		w.WriteHeader(status)
		msg := fmt.Sprintf("Incorrect API key provided: %s (request %s)", r.Header.Get("Authorization"), r.URL)
		json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"message": msg, "type": "invalid_request_error", "code": "invalid_api_key"}})
	}))
	t.Cleanup(srv.Close)
	return srv
}

// leakyStream is a chat API that answers with the key inside the reply.
func leakyStream(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		w.Header().Set("Content-Type", "text/event-stream")
		for _, piece := range []string{"您的密钥是 ", key, " [1]。"} {
			b, _ := json.Marshal(map[string]any{"id": "x", "object": "chat.completion.chunk", "model": "m",
				"choices": []map[string]any{{"index": 0, "delta": map[string]string{"content": piece}}}})
			fmt.Fprintf(w, "data: %s\n\n", b)
		}
		fmt.Fprint(w, "data: [DONE]\n\n")
	}))
	t.Cleanup(srv.Close)
	return srv
}

// secretEnv is an environment holding every secret in its usual variable.
func secretEnv(idx string, extra map[string]string) map[string]string {
	env := map[string]string{
		"LLM_API_KEY": secretLLMKey, "EMBEDDING_API_KEY": secretEmbedKey,
		"SLACK_BOT_TOKEN": secretBotToken, "SLACK_APP_TOKEN": secretAppToken,
		"INDEX_PASSPHRASE": secretPass, "HEALTHBOT_INDEX_ENCRYPTION_KEY_ENV": "INDEX_PASSPHRASE",
		"HEALTHBOT_CORPUS_DIR": samples, "HEALTHBOT_INDEX_DIR": idx, "HEALTHBOT_NOW": "2024-03-01",
		"HEALTHBOT_LLM_MAX_RETRIES": "1", "HEALTHBOT_EMBEDDING_MAX_RETRIES": "1",
	}
	for k, v := range extra {
		env[k] = v
	}
	return env
}

func TestSecretsNeverPrinted(t *testing.T) {
	t.Parallel()
	idx := t.TempDir() // an encrypted index, built once
	if code, _, errOut := runCLI(t, secretEnv(idx, nil), "ingest", "-v"); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	unauthorized, failing, limited := echoServer(t, http.StatusUnauthorized), echoServer(t, http.StatusInternalServerError), echoServer(t, http.StatusTooManyRequests)
	const question = "2023年家庭医生签约服务开展得怎么样？"
	llm := func(url string) map[string]string {
		return map[string]string{"HEALTHBOT_LLM_BASE_URL": url, "HEALTHBOT_LLM_MODEL": "m", "HEALTHBOT_LLM_TIMEOUT": "5s", "HEALTHBOT_LLM_DEADLINE": "10s"}
	}
	embedding := func(url string) map[string]string {
		return map[string]string{"HEALTHBOT_EMBEDDING_PROVIDER": "openai", "HEALTHBOT_EMBEDDING_BASE_URL": url, "HEALTHBOT_EMBEDDING_MODEL": "e",
			"HEALTHBOT_EMBEDDING_TIMEOUT": "5s", "HEALTHBOT_INDEX_DIR": t.TempDir()}
	}
	join := func(ms ...map[string]string) map[string]string {
		out := map[string]string{}
		for _, m := range ms {
			for k, v := range m {
				out[k] = v
			}
		}
		return out
	}
	tests := []struct {
		name string
		env  map[string]string
		args []string
	}{
		{"LLM answers 401 quoting the key", llm(unauthorized.URL + "/v1"), []string{"ask", "-v", question}},
		{"LLM answers 500 quoting the key", llm(failing.URL + "/v1"), []string{"ask", "-v", "--json", question}},
		{"LLM answers 429 quoting the key", llm(limited.URL + "/v1"), []string{"draft", "-v", "帮我起草2025年家庭医生签约服务工作计划提纲"}},
		{"LLM writes the key into its answer", llm(leakyStream(t).URL + "/v1"), []string{"ask", "-v", question}},
		{"LLM URL with the key as password", llm("http://healthbot:" + secretLLMKey + "@127.0.0.1:1/v1"), []string{"ask", "-v", question}},
		{"LLM URL with the key in the query", llm("http://127.0.0.1:1/v1?api_key=" + secretLLMKey), []string{"ask", "-v", question}},
		{"LLM URL not http, with the key", llm("htps://healthbot:" + secretLLMKey + "@llm.example/v1"), []string{"ask", "-v", question}},
		{"embedding answers 401 quoting the key", embedding(unauthorized.URL + "/v1"), []string{"ingest", "-v"}},
		{"embedding answers 500 quoting the key", embedding(failing.URL + "/v1"), []string{"ingest", "-v", "--json"}},
		{"embedding URL with the key as password", embedding("http://healthbot:" + secretEmbedKey + "@127.0.0.1:1/v1"), []string{"ingest", "-v"}},
		{"embedding URL not http, with the key", embedding("ftp://healthbot:" + secretEmbedKey + "@e.example/v1"), []string{"search", "-v", question}},
		{"wrong passphrase", map[string]string{"INDEX_PASSPHRASE": secretWrong}, []string{"search", "-v", question}},
		{"key instead of its variable's name (LLM)", join(llm(unauthorized.URL+"/v1"), map[string]string{"HEALTHBOT_LLM_API_KEY_ENV": secretLLMKey}), []string{"ask", "-v", question}},
		{"key instead of its variable's name (embedding)", join(embedding(unauthorized.URL+"/v1"), map[string]string{"HEALTHBOT_EMBEDDING_API_KEY_ENV": secretEmbedKey}), []string{"ingest", "-v"}},
		{"passphrase instead of its variable's name", map[string]string{"HEALTHBOT_INDEX_ENCRYPTION_KEY_ENV": secretPass}, []string{"search", "-v", question}},
		{"token instead of its variable's name (bot)", map[string]string{"HEALTHBOT_SLACK_BOT_TOKEN_ENV": secretBotToken}, []string{"serve", "-v"}},
		{"token instead of its variable's name (app)", map[string]string{"HEALTHBOT_SLACK_APP_TOKEN_ENV": secretAppToken}, []string{"serve", "-v"}},
		{"tokens swapped", map[string]string{"SLACK_BOT_TOKEN": secretAppToken, "SLACK_APP_TOKEN": secretBotToken}, []string{"serve", "-v"}},
		{"Slack answers invalid_auth quoting the token", map[string]string{"HEALTHBOT_SLACK_API_URL": slackEcho(t).URL + "/api/"}, []string{"serve", "-v"}},
		{"Slack API URL with the token as password", map[string]string{"HEALTHBOT_SLACK_API_URL": "http://bot:" + secretBotToken + "@127.0.0.1:1/api/"}, []string{"serve", "-v"}},
		{"bad value next to secrets", map[string]string{"HEALTHBOT_LLM_TEMPERATURE": "hot"}, []string{"ask", "-v", question}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			env := secretEnv(idx, tt.env)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			var out, errOut bytes.Buffer
			code := run(ctx, tt.args, func(k string) string { return env[k] }, environOf(env), strings.NewReader(""), &out, &errOut)
			t.Logf("exit %d\n%s", code, lastLines(errOut.String(), 4))
			checkNoSecrets(t, "stdout", out.String())
			checkNoSecrets(t, "stderr", errOut.String())
			if code == exitOK && tt.args[0] == "serve" {
				t.Errorf("serve started with a bad configuration")
			}
		})
	}
}

// lastLines is the end of a log, for the test log.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

// slackEcho is a Slack Web API refusing every token and quoting it back.
func slackEcho(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		tok := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ") + r.FormValue("token")
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"ok": false, "error": "invalid_auth " + tok})
	}))
	t.Cleanup(srv.Close)
	return srv
}

// healthbot serve with every secret set, an LLM that refuses the key and
// quotes it, a staff question, a 👍, and a question with a token pasted
// into it: the log (at debug level), the feedback file and the audit log
// hold none of them.
func TestServeKeepsSecrets(t *testing.T) {
	t.Parallel()
	m := newMiniSlack(t)
	dataDir, idx := t.TempDir(), t.TempDir()
	env := secretEnv(idx, map[string]string{
		"HEALTHBOT_SLACK_API_URL": m.srv.GetAPIURL(), "HEALTHBOT_SLACK_DATA_DIR": dataDir,
		"HEALTHBOT_AUDIT_FILE":   filepath.Join(dataDir, "audit.jsonl"),
		"HEALTHBOT_LLM_BASE_URL": echoServer(t, http.StatusUnauthorized).URL + "/v1", "HEALTHBOT_LLM_MODEL": "m",
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out bytes.Buffer
	errOut := &lockedWriter{w: &bytes.Buffer{}}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, []string{"serve", "-v"}, func(k string) string { return env[k] }, environOf(env), strings.NewReader(""), &out, errOut)
	}()
	mention := func(n int, text string) {
		b, _ := json.Marshal(map[string]any{"envelope_id": fmt.Sprintf("env-%d", n), "type": "events_api", "payload": map[string]any{
			"type": "event_callback", "team_id": "T0BUREAU", "event_id": fmt.Sprintf("Ev%d", n),
			"event": map[string]any{"type": "app_mention", "user": "USTAFF01", "channel": "COFFICE01", "ts": fmt.Sprintf("1700000000.%06d", n),
				"text": "<@UBOTHEALTH> " + text}}})
		m.out <- string(b)
	}
	mention(1, "去年在慢性病防控方面做了哪些工作？")
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
	var value string
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
	for _, b := range blocks {
		for _, e := range b.Elements {
			if e.ActionID == "healthbot_feedback" {
				value = e.Negative.Value
			}
		}
	}
	click, _ := json.Marshal(map[string]any{"envelope_id": "env-click", "type": "interactive", "payload": map[string]any{
		"type": "block_actions", "user": map[string]any{"id": "USTAFF01"}, "channel": map[string]any{"id": "COFFICE01"},
		"container":    map[string]any{"type": "message", "message_ts": answer.ts, "channel_id": "COFFICE01"},
		"response_url": m.resp.URL + "/vote",
		"actions":      []map[string]any{{"action_id": "healthbot_feedback", "block_id": "healthbot_feedback", "type": "feedback_buttons", "value": value}}}})
	m.out <- string(click)
	m.waitFor(t, "the thanks", func() bool { return m.thanks > 0 })
	mention(2, "我的令牌 "+secretBotToken+" 能用吗？2023年家庭医生签约率是多少？")
	m.waitFor(t, "the second answer", func() bool {
		n := 0
		for _, u := range m.updates {
			if strings.Contains(u.blocks, "feedback_buttons") {
				n++
			}
		}
		return n >= 2
	})
	cancel()
	close(m.out)
	select {
	case <-done:
	case <-time.After(patience(t)):
		t.Fatal("serve did not stop")
	}
	errOut.mu.Lock()
	log := errOut.w.(*bytes.Buffer).String()
	errOut.mu.Unlock()
	checkNoSecrets(t, "serve's stdout", out.String())
	checkNoSecrets(t, "serve's log", log)
	if !strings.Contains(log, "level=DEBUG") {
		t.Errorf("the log is not at debug level:\n%s", log)
	}
	files, _ := filepath.Glob(filepath.Join(dataDir, "*"))
	if len(files) == 0 {
		t.Fatal("serve wrote no data files")
	}
	// feedback.jsonl, and audit.jsonl once serve passes the audit log to
	// the Slack adapter (the audit log blanks the pasted token).
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes", filepath.Base(f), len(data))
		checkNoSecrets(t, f, string(data))
	}
}
