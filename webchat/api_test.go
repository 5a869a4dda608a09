package webchat

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/internal/chatkit"
)

// A figure question is answered with the figure, its source and the
// sentence quoted from it, in one answer event (offline: no deltas).
func TestAskAnswersFigureWithSource(t *testing.T) {
	s := newTestServer(t, samplesIndex, Options{})
	conv, v, raw := askOK(t, s.Handler(), figureQuestion, "", nil)
	if !validID(conv) {
		t.Errorf("conversation id %q", conv)
	}
	if strings.Contains(raw, "event: delta") {
		t.Error("an offline answer was streamed in pieces")
	}
	if !strings.Contains(v.Text, "50.2%") {
		t.Errorf("answer text %q lacks 50.2%%", v.Text)
	}
	if len(v.Sources) == 0 || !strings.Contains(v.Sources[0].Quote, "50.2%") || v.Sources[0].Title == "" || v.Sources[0].Year != "2023年" {
		t.Errorf("sources %+v: want the 2023 report quoting 50.2%%", v.Sources)
	}
	if len(v.Figures) == 0 || v.Figures[0].Value != "50.2%" || v.Figures[0].Source != v.Sources[0].N {
		t.Errorf("figures %+v", v.Figures)
	}
	if v.ID == "" || !v.Offline || v.Draft {
		t.Errorf("id %q offline %v draft %v", v.ID, v.Offline, v.Draft)
	}
}

// A follow-up in the same conversation is read with the earlier turn; the
// same words in a new conversation are not.
func TestFollowUpUsesEarlierTurn(t *testing.T) {
	s := newTestServer(t, samplesIndex, Options{})
	h := s.Handler()
	conv, _, _ := askOK(t, h, figureQuestion, "", nil)
	conv2, v, _ := askOK(t, h, "那2016年呢？", conv, nil)
	if conv2 != conv {
		t.Errorf("the follow-up moved to conversation %s from %s", conv2, conv)
	}
	if !strings.Contains(v.Understood, "2016") || !strings.Contains(v.Understood, "签约率") {
		t.Errorf("follow-up understood as %q, want the 2016 签约率", v.Understood)
	}
	_, fresh, _ := askOK(t, h, "那2016年呢？", "", nil)
	if strings.Contains(fresh.Understood, "签约率") {
		t.Errorf("a new conversation used another's turn: %q", fresh.Understood)
	}
}

// 👍 is written to the shared feedback log with the question, the answer
// and its sources; another person cannot vote on it; a key in a 👎's
// comment is hidden.
func TestFeedbackRecorded(t *testing.T) {
	dir := t.TempDir()
	s := newTestServer(t, samplesIndex, Options{UserHeader: "X-Remote-User", Limits: chatkit.Limits{DataDir: dir}})
	h := s.Handler()
	alice := http.Header{"X-Remote-User": {"alice"}}
	_, v, _ := askOK(t, h, figureQuestion, "", alice)
	rec := postJSON(t, h, "/api/feedback", `{"answer_id":"`+v.ID+`","vote":"up"}`, alice)
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), chatkit.MsgThanksUp) {
		t.Fatalf("vote: %d %s", rec.Code, rec.Body)
	}
	if rec := postJSON(t, h, "/api/feedback", `{"answer_id":"`+v.ID+`","vote":"down"}`, http.Header{"X-Remote-User": {"mallory"}}); rec.Code != http.StatusNotFound {
		t.Errorf("another person's vote: %d %s", rec.Code, rec.Body)
	}
	const key = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"
	if rec := postJSON(t, h, "/api/feedback", `{"answer_id":"`+v.ID+`","vote":"down","comment":"数字不对 `+key+`"}`, alice); rec.Code != http.StatusOK {
		t.Errorf("a vote with a comment: %d %s", rec.Code, rec.Body)
	}
	if rec := postJSON(t, h, "/api/feedback", `{"answer_id":"`+v.ID+`","vote":"maybe"}`, alice); rec.Code != http.StatusBadRequest {
		t.Errorf("a bad vote: %d", rec.Code)
	}
	recs, bad, err := chatkit.ReadFeedback(filepath.Join(dir, chatkit.FeedbackFile))
	if err != nil || bad != 0 || len(recs) != 2 {
		t.Fatalf("feedback log: %d records, %d bad, %v", len(recs), bad, err)
	}
	if c := recs[1].Comment; recs[1].Vote != chatkit.VoteDown || !strings.Contains(c, "数字不对") || strings.Contains(c, "AbCdEfGh") {
		t.Errorf("the 👎 comment is stored as %q", c)
	}
	r := recs[0]
	if r.Vote != chatkit.VoteUp || r.Platform != Platform || r.User != "alice" || r.AnswerID != v.ID ||
		!strings.Contains(r.Answer, "50.2%") || !strings.Contains(r.Question, "签约率") || len(r.Sources) == 0 {
		t.Errorf("record %+v", r)
	}
}

// With a token configured nothing is answered without it; the token
// works as a bearer token, and login sets a cookie that never holds it.
func TestLoginRefusedWithoutToken(t *testing.T) {
	const token = "correct-horse-battery-staple"
	s := newTestServer(t, samplesIndex, Options{Token: token})
	h := s.Handler()
	if rec := askRaw(t, h, figureQuestion, "", nil); rec.Code != http.StatusUnauthorized || strings.Contains(rec.Body.String(), "50.2") {
		t.Fatalf("no token: %d %s", rec.Code, rec.Body)
	}
	if rec := askRaw(t, h, figureQuestion, "", http.Header{"Authorization": {"Bearer wrong"}}); rec.Code != http.StatusUnauthorized {
		t.Errorf("wrong bearer token: %d", rec.Code)
	}
	if rec := postJSON(t, h, "/api/feedback", `{"answer_id":"ab","vote":"up"}`, nil); rec.Code != http.StatusUnauthorized {
		t.Errorf("feedback without token: %d", rec.Code)
	}
	askOK(t, h, figureQuestion, "", http.Header{"Authorization": {"Bearer " + token}})

	req := httptest.NewRequest(http.MethodGet, "/api/session", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var info sessionInfo
	if err := json.Unmarshal(rec.Body.Bytes(), &info); err != nil || info.SignedIn || info.Login != loginToken {
		t.Errorf("session before login: %s (%v)", rec.Body, err)
	}
	if rec := postJSON(t, h, "/api/login", `{"token":"nope"}`, nil); rec.Code != http.StatusUnauthorized || len(rec.Result().Cookies()) != 0 {
		t.Errorf("wrong login: %d, cookies %v", rec.Code, rec.Result().Cookies())
	}
	rec = postJSON(t, h, "/api/login", `{"token":"`+token+`"}`, nil)
	cookies := rec.Result().Cookies()
	if rec.Code != http.StatusOK || len(cookies) != 1 {
		t.Fatalf("login: %d, cookies %v", rec.Code, cookies)
	}
	c := cookies[0]
	if strings.Contains(c.Value, token) || !c.HttpOnly || c.SameSite != http.SameSiteStrictMode {
		t.Errorf("cookie %+v", c)
	}
	askOK(t, h, figureQuestion, "", http.Header{"Cookie": {c.Name + "=" + c.Value}})
	if rec := askRaw(t, h, figureQuestion, "", http.Header{"Cookie": {c.Name + "=" + c.Value + "x"}}); rec.Code != http.StatusUnauthorized {
		t.Errorf("forged cookie: %d", rec.Code)
	}
}

// The proxy's header names the user, and allowed_users applies to it.
func TestProxyHeaderAndAllowList(t *testing.T) {
	s := newTestServer(t, samplesIndex, Options{UserHeader: "X-Remote-User", AllowedUsers: []string{"zhangsan"}})
	h := s.Handler()
	if rec := askRaw(t, h, figureQuestion, "", nil); rec.Code != http.StatusUnauthorized {
		t.Errorf("no header: %d", rec.Code)
	}
	rec := askRaw(t, h, figureQuestion, "", http.Header{"X-Remote-User": {"lisi"}})
	if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), chatkit.MsgUserClosed) {
		t.Errorf("user not allowed: %d %s", rec.Code, rec.Body)
	}
	zhang := http.Header{"X-Remote-User": {"zhangsan"}}
	conv, _, _ := askOK(t, h, figureQuestion, "", zhang)
	// Another user with the same conversation id starts their own.
	s2 := newTestServer(t, samplesIndex, Options{UserHeader: "X-Remote-User"})
	conv, _, _ = askOK(t, s2.Handler(), figureQuestion, conv, zhang)
	_, v, _ := askOK(t, s2.Handler(), "那2016年呢？", conv, http.Header{"X-Remote-User": {"wangwu"}})
	if strings.Contains(v.Understood, "签约率") {
		t.Errorf("another user's conversation was continued: %q", v.Understood)
	}
}

// Text from a document that looks like markup reaches the page only as
// JSON-escaped text.
func TestHostileSourceEscaped(t *testing.T) {
	s := newTestServer(t, hostileIndex, Options{})
	_, v, raw := askOK(t, s.Handler(), "2023年麻疹疫苗接种率是多少", "", nil)
	for _, bad := range []string{"<script", "<img", "onerror=window.pwned=2>"} {
		if strings.Contains(raw, bad) {
			t.Errorf("the stream carries %q unescaped", bad)
		}
	}
	found := false
	for _, src := range v.Sources {
		if strings.Contains(src.Quote, "<script>") {
			found = true
		}
	}
	if !found {
		t.Fatalf("the hostile sentence is not among the sources: %+v", v.Sources)
	}
	if !strings.Contains(raw, `\u003cscript\u003e`) {
		t.Error("the markup is not escaped as \\u003c…\\u003e")
	}
}

// The API takes POSTed JSON of a bounded size only, and every answer
// carries the security headers.
func TestRequestLimitsAndHeaders(t *testing.T) {
	s := newTestServer(t, samplesIndex, Options{Limits: chatkit.Limits{UserRatePerMinute: 2}})
	h := s.Handler()

	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/ask?question=x", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET /api/ask: %d", rec.Code)
	}
	if rec := postJSON(t, h, "/api/ask", `{"question":"`+strings.Repeat("问", 20000)+`"}`, nil); rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("a huge body: %d", rec.Code)
	}
	if rec := postJSON(t, h, "/api/ask", `{"question":"  "}`, nil); rec.Code != http.StatusBadRequest {
		t.Errorf("a blank question: %d", rec.Code)
	}
	req := httptest.NewRequest(http.MethodPost, "/api/ask", strings.NewReader("question=x"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusUnsupportedMediaType {
		t.Errorf("a form post: %d", rec.Code)
	}
	if rec := postJSON(t, h, "/api/ask", `{"question":"x"}`, http.Header{"Sec-Fetch-Site": {"cross-site"}}); rec.Code != http.StatusForbidden {
		t.Errorf("a cross-site post: %d", rec.Code)
	}
	askOK(t, h, figureQuestion, "", nil)
	askOK(t, h, figureQuestion, "", nil)
	if rec := askRaw(t, h, figureQuestion, "", nil); rec.Code != http.StatusTooManyRequests || !strings.Contains(rec.Body.String(), chatkit.MsgRateLimited) {
		t.Errorf("over the rate: %d %s", rec.Code, rec.Body)
	}

	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/?q=%E7%AD%BE%E7%BA%A6%E7%8E%87", nil))
	csp := rec.Header().Get("Content-Security-Policy")
	if rec.Code != http.StatusOK || !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("page: %d, CSP %q", rec.Code, csp)
	}
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(rec.Body.String(), `<html lang="zh-CN">`) {
		t.Error("page headers or body")
	}
	for _, name := range []string{"static/index.html", "static/app.js", "static/app.css"} {
		data, err := files.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.ReplaceAll(string(data), "http://www.w3.org/2000/svg", "")
		if strings.Contains(text, "http://") || strings.Contains(text, "https://") || strings.Contains(text, "//cdn") {
			t.Errorf("%s loads something from elsewhere", name)
		}
		if strings.Contains(text, "innerHTML") || strings.Contains(text, "insertAdjacentHTML") || strings.Contains(text, "document.write") {
			t.Errorf("%s writes markup", name)
		}
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/static/", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("folder listing: %d", rec.Code)
	}
}

// A key typed into a question is never echoed back nor stored.
func TestSecretNotEchoed(t *testing.T) {
	s := newTestServer(t, samplesIndex, Options{})
	const key = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789"
	_, v, raw := askOK(t, s.Handler(), "我的密钥是"+key+"，2023年家庭医生签约率是多少", "", nil)
	if strings.Contains(raw, key) || strings.Contains(raw, "AbCdEfGhIjKl") {
		t.Error("the key was echoed")
	}
	if len(v.Warnings) == 0 {
		t.Error("no warning about the key")
	}
}
