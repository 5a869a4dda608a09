package feishubot_test

// fakeFeishu speaks Feishu's wire protocol at the SDK's endpoints: the
// tenant access token (POST /open-apis/auth/v3/tenant_access_token/internal),
// the bot's info (GET /open-apis/bot/v3/info), the long connection's
// endpoint (POST /callback/ws/endpoint) and websocket (protobuf frames:
// event and card-callback data frames down, their responses up, pings
// answered with pongs), replies (POST
// /open-apis/im/v1/messages/{message_id}/reply) and card updates (PATCH
// /open-apis/im/v1/messages/{message_id}).

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	larkws "github.com/larksuite/oapi-sdk-go/v3/ws"

	"github.com/healthbot/healthbot/internal/memnet"
)

const (
	appID       = "cli_a1b2c3d4e5f6test"
	appSecret   = "test-app-secret-not-real"
	tenantToken = "t-fake-tenant-token"
	botOpenID   = "ou_bot000000000000000000000000000"
	wsTicket    = "ticket-0001"
	eventType   = "im.message.receive_v1"
	actionType  = "card.action.trigger"
	placeholder = "正在查找资料…"
	writing     = "正在生成回答"
)

type fakeFeishu struct {
	srv       *httptest.Server
	frames    chan []byte   // to the client
	acks      chan ack      // from the client
	replies   chan reply    // the bot's replies
	patches   chan reply    // the bot's card updates (Patched)
	connected chan struct{} // closed when the websocket is open
	quit      chan struct{} // closed at cleanup: the websocket ends

	// bubble says the fake runs in a testing/synctest bubble, where its
	// waits are on the fake clock (and t.Deadline may not be called).
	bubble bool
	// refusePatch, when set, refuses every card update as an app without
	// the permission is refused.
	refusePatch atomic.Bool

	mu       sync.Mutex
	endpoint map[string]string // the endpoint request's body
	pings    int
	sent     map[string]sentCard // the bot's cards by message id
	refused  int                 // card updates refused
	once     sync.Once
}

// sentCard is a card the bot sent: whom it replied to, and whether it is
// shared (config.update_multi), which a card update requires.
type sentCard struct {
	to     string
	shared bool
}

// ack is the client's response to a data frame.
type ack struct {
	MessageID string // the frame's message_id header
	Code      int
	Data      []byte // a card callback's answer (JSON)
}

// reply is one message the bot sent, or one update of a card it sent.
type reply struct {
	ID      string // the message's id
	To      string // the message replied to
	MsgType string
	Title   string // a card's header
	Text    string // a card's Markdown, or a text message
	Buttons []button
	UUID    string
	Auth    string
	Patched bool      // an update of the card ID
	At      time.Time // when the fake received it
}

// button is a card's button that calls back, with the value it sends.
type button struct {
	Label string
	Value map[string]any
}

func newFake() *fakeFeishu {
	return &fakeFeishu{
		frames: make(chan []byte), acks: make(chan ack, 16), replies: make(chan reply, 64), patches: make(chan reply, 256),
		connected: make(chan struct{}), quit: make(chan struct{}), sent: map[string]sentCard{},
	}
}

// newFakeFeishu serves the fake on a TCP port (the SDK's long connection
// dials with its own dialer).
func newFakeFeishu(t *testing.T) *fakeFeishu {
	f := newFake()
	f.srv = httptest.NewServer(f.mux())
	t.Cleanup(func() {
		close(f.quit)
		f.srv.Close()
	})
	return f
}

// memHost is the fake's host on an in-memory network.
const memHost = "open.feishu.test"

// newMemFeishu serves the fake's HTTP API (no long connection) on n, for a
// test in a testing/synctest bubble: its BaseURL is http://open.feishu.test.
func newMemFeishu(t *testing.T, n *memnet.Net) *fakeFeishu {
	f := newFake()
	f.bubble = true
	n.Serve(t, memHost, f.mux())
	t.Cleanup(func() { close(f.quit) })
	return f
}

func (f *fakeFeishu) mux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /open-apis/auth/v3/tenant_access_token/internal", f.token)
	mux.HandleFunc("GET /open-apis/bot/v3/info", f.botInfo)
	mux.HandleFunc("POST /callback/ws/endpoint", f.wsEndpoint)
	mux.HandleFunc("GET /ws", f.socket)
	mux.HandleFunc("POST /open-apis/im/v1/messages/{id}/reply", f.reply)
	mux.HandleFunc("PATCH /open-apis/im/v1/messages/{id}", f.patch)
	return mux
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	json.NewEncoder(w).Encode(v)
}

func (f *fakeFeishu) token(w http.ResponseWriter, r *http.Request) {
	var req struct {
		AppID     string `json:"app_id"`
		AppSecret string `json:"app_secret"`
	}
	if json.NewDecoder(r.Body).Decode(&req) != nil || req.AppSecret != appSecret {
		writeJSON(w, map[string]any{"code": 10014, "msg": "app secret invalid"})
		return
	}
	writeJSON(w, map[string]any{"code": 0, "msg": "ok", "tenant_access_token": tenantToken, "expire": 7200})
}

func authorized(r *http.Request) bool { return r.Header.Get("Authorization") == "Bearer "+tenantToken }

func (f *fakeFeishu) botInfo(w http.ResponseWriter, r *http.Request) {
	if !authorized(r) {
		writeJSON(w, map[string]any{"code": 99991663, "msg": "Invalid access token for authorization."})
		return
	}
	writeJSON(w, map[string]any{"code": 0, "msg": "ok", "bot": map[string]any{"activate_status": 2, "app_name": "健康助手", "open_id": botOpenID}})
}

func (f *fakeFeishu) wsEndpoint(w http.ResponseWriter, r *http.Request) {
	var req map[string]string
	if json.NewDecoder(r.Body).Decode(&req) != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.endpoint = req
	f.mu.Unlock()
	if req["AppID"] == "" || req["AppSecret"] != appSecret {
		writeJSON(w, map[string]any{"code": 1000040344, "msg": "app secret invalid"})
		return
	}
	// ReconnectCount 0: once the fake ends the socket, the client stops.
	writeJSON(w, larkws.EndpointResp{Code: 0, Msg: "ok", Data: &larkws.Endpoint{
		Url:          fmt.Sprintf("ws://%s/ws?device_id=dev-1&service_id=7&access_key=k&ticket=%s", r.Host, wsTicket),
		ClientConfig: &larkws.ClientConfig{PingInterval: 120},
	}})
}

var upgrader = websocket.Upgrader{}

func (f *fakeFeishu) socket(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("ticket") != wsTicket {
		w.Header().Set(larkws.HeaderHandshakeStatus, strconv.Itoa(larkws.Forbidden))
		http.Error(w, "bad ticket", http.StatusForbidden)
		return
	}
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	// At cleanup (quit) the connection is left open, for the process's exit
	// to close: when it ends, the SDK (v3.5.3) clears its connection id in
	// disconnect while its ping loop may read it without a lock, a data race
	// in the SDK that -race would report against whichever test runs then.
	keep := false
	defer func() {
		if !keep {
			c.Close()
		}
	}()
	f.once.Do(func() { close(f.connected) })
	out := make(chan []byte, 4) // pongs, written by the one writer below
	go func() {
		for {
			_, data, err := c.ReadMessage()
			if err != nil {
				return
			}
			var fr larkws.Frame
			if fr.Unmarshal(data) != nil {
				continue
			}
			hs := larkws.Headers(fr.Headers)
			switch larkws.FrameType(fr.Method) {
			case larkws.FrameTypeControl:
				if hs.GetString(larkws.HeaderType) == string(larkws.MessageTypePing) {
					f.mu.Lock()
					f.pings++
					f.mu.Unlock()
					pong := larkws.Frame{Method: int32(larkws.FrameTypeControl), Service: fr.Service}
					pong.Headers = append(pong.Headers, larkws.Header{Key: larkws.HeaderType, Value: string(larkws.MessageTypePong)})
					if b, err := pong.Marshal(); err == nil {
						select {
						case out <- b:
						default:
						}
					}
				}
			case larkws.FrameTypeData:
				var resp larkws.Response
				json.Unmarshal(fr.Payload, &resp)
				f.acks <- ack{MessageID: hs.GetString(larkws.HeaderMessageID), Code: resp.StatusCode, Data: resp.Data}
			}
		}
	}()
	for {
		var b []byte
		select {
		case b = <-f.frames:
		case b = <-out:
		case <-f.quit:
			keep = true
			return
		case <-r.Context().Done():
			return
		}
		if c.WriteMessage(websocket.BinaryMessage, b) != nil {
			return
		}
	}
}

func (f *fakeFeishu) reply(w http.ResponseWriter, r *http.Request) {
	if !authorized(r) {
		writeJSON(w, map[string]any{"code": 99991663, "msg": "Invalid access token for authorization."})
		return
	}
	var body struct {
		Content string `json:"content"`
		MsgType string `json:"msg_type"`
		UUID    string `json:"uuid"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		writeJSON(w, map[string]any{"code": 230001, "msg": "invalid body"})
		return
	}
	rep := reply{ID: "om_reply_" + body.UUID, To: r.PathValue("id"), MsgType: body.MsgType, UUID: body.UUID, Auth: r.Header.Get("Authorization"), At: time.Now()}
	switch body.MsgType {
	case "text":
		var c struct {
			Text string `json:"text"`
		}
		if json.Unmarshal([]byte(body.Content), &c) != nil {
			writeJSON(w, map[string]any{"code": 230001, "msg": "invalid text content"})
			return
		}
		rep.Text = c.Text
	case "interactive":
		c, ok := readCard(body.Content)
		if !ok {
			writeJSON(w, map[string]any{"code": 230099, "msg": "Failed to create card content."})
			return
		}
		rep.Title, rep.Text, rep.Buttons = c.title, c.text, c.buttons
		f.mu.Lock()
		f.sent[rep.ID] = sentCard{to: rep.To, shared: c.shared}
		f.mu.Unlock()
	default:
		writeJSON(w, map[string]any{"code": 230001, "msg": "unsupported msg_type"})
		return
	}
	f.replies <- rep
	writeJSON(w, map[string]any{"code": 0, "msg": "success", "data": map[string]any{"message_id": rep.ID, "msg_type": body.MsgType}})
}

// patch updates a card the bot sent, as Feishu does: the message must be
// the app's card, shared ("update_multi": true) before and after.
func (f *fakeFeishu) patch(w http.ResponseWriter, r *http.Request) {
	if !authorized(r) {
		writeJSON(w, map[string]any{"code": 99991663, "msg": "Invalid access token for authorization."})
		return
	}
	var body struct {
		Content string `json:"content"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil || body.Content == "" {
		writeJSON(w, map[string]any{"code": 230001, "msg": "Your request contains an invalid request parameter."})
		return
	}
	id := r.PathValue("id")
	f.mu.Lock()
	orig, ok := f.sent[id]
	refuse := f.refusePatch.Load()
	if refuse {
		f.refused++
	}
	f.mu.Unlock()
	if refuse {
		writeJSON(w, map[string]any{"code": 230027, "msg": "Lack of necessary permissions."})
		return
	}
	c, valid := readCard(body.Content)
	switch {
	case !ok:
		writeJSON(w, map[string]any{"code": 230001, "msg": "Your request contains an invalid request parameter: message not found."})
		return
	case !valid:
		writeJSON(w, map[string]any{"code": 230099, "msg": "Failed to create card content."})
		return
	case !orig.shared || !c.shared:
		writeJSON(w, map[string]any{"code": 230099, "msg": "Failed to create card content: update_multi must be true."})
		return
	}
	f.patches <- reply{ID: id, To: orig.to, MsgType: "interactive", Title: c.title, Text: c.text, Buttons: c.buttons,
		Auth: r.Header.Get("Authorization"), Patched: true, At: time.Now()}
	writeJSON(w, map[string]any{"code": 0, "msg": "success", "data": map[string]any{}})
}

// cardContent is what the fake reads of a card in JSON 2.0.
type cardContent struct {
	title, text string
	buttons     []button
	shared      bool
}

// cardElement is an element of a card's body, as far as the fake reads it.
type cardElement struct {
	Tag     string `json:"tag"`
	Content string `json:"content"`
	Text    struct {
		Content string `json:"content"`
	} `json:"text"`
	Behaviors []struct {
		Type  string         `json:"type"`
		Value map[string]any `json:"value"`
	} `json:"behaviors"`
	Columns []struct {
		Tag      string        `json:"tag"`
		Elements []cardElement `json:"elements"`
	} `json:"columns"`
}

// readCard reads a card as Feishu checks it: JSON 2.0, a body with
// elements, at most 30 KB.
func readCard(content string) (cardContent, bool) {
	var c struct {
		Schema string `json:"schema"`
		Config struct {
			UpdateMulti bool `json:"update_multi"`
		} `json:"config"`
		Header struct {
			Title struct {
				Content string `json:"content"`
			} `json:"title"`
		} `json:"header"`
		Body struct {
			Elements []cardElement `json:"elements"`
		} `json:"body"`
	}
	if json.Unmarshal([]byte(content), &c) != nil || c.Schema != "2.0" || len(c.Body.Elements) == 0 || len(content) > 30<<10 {
		return cardContent{}, false
	}
	out := cardContent{title: c.Header.Title.Content, shared: c.Config.UpdateMulti}
	var walk func(es []cardElement)
	walk = func(es []cardElement) {
		for _, e := range es {
			switch e.Tag {
			case "markdown":
				out.text += e.Content
			case "button":
				for _, b := range e.Behaviors {
					if b.Type == "callback" {
						out.buttons = append(out.buttons, button{Label: e.Text.Content, Value: b.Value})
					}
				}
			case "column_set":
				for _, col := range e.Columns {
					walk(col.Elements)
				}
			}
		}
	}
	walk(c.Body.Elements)
	return out, true
}

// msg is a message event as Feishu sends it.
type msg struct {
	id, event, chat, user, text string
	direct, noEventID           bool
	mentions                    []string // open ids mentioned; a group message @-mentions the bot when nil
}

// deliver sends a message event in a data frame (frameID is the frame's
// message_id header) and waits for the client's response, which it returns.
func (f *fakeFeishu) deliver(t *testing.T, frameID string, m msg) ack {
	t.Helper()
	return f.send(t, frameID, eventPayload(m))
}

// eventPayload is a message event (im.message.receive_v1) as Feishu sends
// it, the payload of a data frame.
func eventPayload(m msg) []byte {
	chatType := "group"
	if m.direct {
		chatType = "p2p"
	}
	mentioned := m.mentions
	if mentioned == nil && !m.direct {
		mentioned = []string{botOpenID}
	}
	var mentions []map[string]any
	var keys []string
	for i, id := range mentioned {
		key := fmt.Sprintf("@_user_%d", i+1)
		keys = append(keys, key)
		mentions = append(mentions, map[string]any{"key": key, "id": map[string]string{"open_id": id, "union_id": "on_" + id}, "name": "健康助手", "tenant_key": "tenant-1"})
	}
	text := strings.TrimSpace(strings.Join(keys, " ") + " " + m.text)
	content, _ := json.Marshal(map[string]string{"text": text})
	now := strconv.FormatInt(time.Now().UnixMilli(), 10)
	event := firstNonEmpty(m.event, "ev-"+m.id)
	if m.noEventID {
		event = ""
	}
	payload, _ := json.Marshal(map[string]any{
		"schema": "2.0",
		"header": map[string]string{"event_id": event, "event_type": eventType, "create_time": now, "token": "", "app_id": appID, "tenant_key": "tenant-1"},
		"event": map[string]any{
			"sender": map[string]any{"sender_id": map[string]string{"open_id": "ou_" + m.user, "user_id": m.user, "union_id": "on_" + m.user}, "sender_type": "user", "tenant_key": "tenant-1"},
			"message": map[string]any{
				"message_id": m.id, "chat_id": m.chat, "chat_type": chatType, "message_type": "text",
				"content": string(content), "create_time": now, "mentions": mentions,
			},
		},
	})
	return payload
}

// click is the payload of a card callback (card.action.trigger, schema
// 2.0) as Feishu sends it when user clicks b on the card msgID in chat.
func click(eventID, user, chat, msgID string, b button) []byte {
	payload, _ := json.Marshal(map[string]any{
		"schema": "2.0",
		"header": map[string]string{"event_id": eventID, "event_type": actionType, "create_time": strconv.FormatInt(time.Now().UnixMilli(), 10),
			"token": "", "app_id": appID, "tenant_key": "tenant-1"},
		"event": map[string]any{
			"operator": map[string]string{"tenant_key": "tenant-1", "user_id": user, "open_id": "ou_" + user, "union_id": "on_" + user},
			"token":    "c-" + eventID,
			"action":   map[string]any{"value": b.Value, "tag": "button"},
			"host":     "im_message",
			"context":  map[string]string{"open_message_id": msgID, "open_chat_id": chat},
		},
	})
	return payload
}

// send sends payload in a data frame of type event (message events and,
// over the long connection, card callbacks alike; the SDK drops frames of
// type card unanswered) and waits for the client's response.
func (f *fakeFeishu) send(t *testing.T, frameID string, payload []byte) ack {
	t.Helper()
	now := strconv.FormatInt(time.Now().UnixMilli(), 10)
	fr := larkws.Frame{SeqID: 1, LogID: 1, Service: 7, Method: int32(larkws.FrameTypeData), Payload: payload}
	for _, h := range [][2]string{{larkws.HeaderType, string(larkws.MessageTypeEvent)}, {larkws.HeaderMessageID, frameID},
		{larkws.HeaderSum, "1"}, {larkws.HeaderSeq, "0"}, {larkws.HeaderTraceID, "trace-" + frameID}, {larkws.HeaderTimestamp, now}} {
		fr.Headers = append(fr.Headers, larkws.Header{Key: h[0], Value: h[1]})
	}
	data, err := fr.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	timeout := time.NewTimer(f.patience(t))
	defer timeout.Stop()
	select {
	case f.frames <- data:
	case <-timeout.C:
		t.Fatalf("frame %s not taken by the socket", frameID)
	}
	for {
		select {
		case a := <-f.acks:
			if a.MessageID == frameID {
				return a
			}
		case <-timeout.C:
			t.Fatalf("frame %s not acknowledged", frameID)
		}
	}
}

// next waits for the next reply.
func (f *fakeFeishu) next(t *testing.T) reply {
	t.Helper()
	timeout := time.NewTimer(f.patience(t))
	defer timeout.Stop()
	select {
	case r := <-f.replies:
		return r
	case <-timeout.C:
		t.Fatal("no reply")
	}
	return reply{}
}

// nextPatch waits for the next card update.
func (f *fakeFeishu) nextPatch(t *testing.T) reply {
	t.Helper()
	timeout := time.NewTimer(f.patience(t))
	defer timeout.Stop()
	select {
	case r := <-f.patches:
		return r
	case <-timeout.C:
		t.Fatal("no card update")
	}
	return reply{}
}

// answer waits for the answer to a question: the placeholder replied at
// once, then its updates until the one that is no longer being written;
// it returns that one and the streaming updates before it.
func (f *fakeFeishu) answer(t *testing.T) (final reply, streaming []reply) {
	t.Helper()
	first := f.next(t)
	if first.MsgType != "interactive" || first.Text != placeholder {
		t.Fatalf("the first reply is not the placeholder card: %+v", first)
	}
	for {
		p := f.nextPatch(t)
		if p.ID != first.ID {
			t.Fatalf("update of %s, want of the placeholder %s", p.ID, first.ID)
		}
		if !strings.Contains(p.Text, writing) {
			return p, streaming
		}
		streaming = append(streaming, p)
	}
}

// drained is every reply and card update still waiting.
func (f *fakeFeishu) drained() []reply {
	var out []reply
	for {
		select {
		case r := <-f.replies:
			out = append(out, r)
		case r := <-f.patches:
			out = append(out, r)
		default:
			return out
		}
	}
}

// patience is how long a test waits for what must happen: a minute (or
// less, before go test's -timeout), far beyond what any step takes, so
// slowness is never a failure and a hang fails with a message.
func patience(t *testing.T) time.Duration {
	limit := time.Minute
	if d, ok := t.Deadline(); ok {
		limit = min(limit, max(time.Until(d)-10*time.Second, time.Second))
	}
	return limit
}

// patience is how long the fake waits for what must happen: patience(t),
// or in a bubble a minute on the fake clock.
func (f *fakeFeishu) patience(t *testing.T) time.Duration {
	if f.bubble {
		return time.Minute
	}
	return patience(t)
}

func bodies(rs []reply) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "[%s] %s\n", r.To, r.Text)
	}
	return b.String()
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}
