package feishubot_test

// fakeFeishu speaks Feishu's wire protocol at the SDK's endpoints: the
// tenant access token (POST /open-apis/auth/v3/tenant_access_token/internal),
// the bot's info (GET /open-apis/bot/v3/info), the long connection's
// endpoint (POST /callback/ws/endpoint) and websocket (protobuf frames:
// event data frames down, their responses up, pings answered with pongs),
// and replies (POST /open-apis/im/v1/messages/{message_id}/reply).

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	larkws "github.com/larksuite/oapi-sdk-go/v3/ws"
)

const (
	appID       = "cli_a1b2c3d4e5f6test"
	appSecret   = "test-app-secret-not-real"
	tenantToken = "t-fake-tenant-token"
	botOpenID   = "ou_bot000000000000000000000000000"
	wsTicket    = "ticket-0001"
	eventType   = "im.message.receive_v1"
)

type fakeFeishu struct {
	srv       *httptest.Server
	frames    chan []byte   // to the client
	acks      chan ack      // from the client
	replies   chan reply    // the bot's replies
	connected chan struct{} // closed when the websocket is open
	quit      chan struct{} // closed at cleanup: the websocket ends

	mu       sync.Mutex
	endpoint map[string]string // the endpoint request's body
	pings    int
	once     sync.Once
}

// ack is the client's response to a data frame.
type ack struct {
	MessageID string // the frame's message_id header
	Code      int
}

// reply is one message the bot sent.
type reply struct {
	To      string // the message replied to
	MsgType string
	Title   string // a card's header
	Text    string // a card's Markdown, or a text message
	UUID    string
	Auth    string
}

func newFakeFeishu(t *testing.T) *fakeFeishu {
	f := &fakeFeishu{
		frames: make(chan []byte), acks: make(chan ack, 16), replies: make(chan reply, 64),
		connected: make(chan struct{}), quit: make(chan struct{}),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /open-apis/auth/v3/tenant_access_token/internal", f.token)
	mux.HandleFunc("GET /open-apis/bot/v3/info", f.botInfo)
	mux.HandleFunc("POST /callback/ws/endpoint", f.wsEndpoint)
	mux.HandleFunc("GET /ws", f.socket)
	mux.HandleFunc("POST /open-apis/im/v1/messages/{id}/reply", f.reply)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		close(f.quit)
		f.srv.Close()
	})
	return f
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
				f.acks <- ack{MessageID: hs.GetString(larkws.HeaderMessageID), Code: resp.StatusCode}
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
	rep := reply{To: r.PathValue("id"), MsgType: body.MsgType, UUID: body.UUID, Auth: r.Header.Get("Authorization")}
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
		var c struct {
			Schema string `json:"schema"`
			Header struct {
				Title struct {
					Content string `json:"content"`
				} `json:"title"`
			} `json:"header"`
			Body struct {
				Elements []struct {
					Tag     string `json:"tag"`
					Content string `json:"content"`
				} `json:"elements"`
			} `json:"body"`
		}
		if json.Unmarshal([]byte(body.Content), &c) != nil || c.Schema != "2.0" || len(c.Body.Elements) == 0 || len(body.Content) > 30<<10 {
			writeJSON(w, map[string]any{"code": 230099, "msg": "invalid card content"})
			return
		}
		rep.Title = c.Header.Title.Content
		for _, e := range c.Body.Elements {
			rep.Text += e.Content
		}
	default:
		writeJSON(w, map[string]any{"code": 230001, "msg": "unsupported msg_type"})
		return
	}
	f.replies <- rep
	writeJSON(w, map[string]any{"code": 0, "msg": "success", "data": map[string]any{"message_id": "om_reply_" + rep.UUID, "msg_type": body.MsgType}})
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
	fr := larkws.Frame{SeqID: 1, LogID: 1, Service: 7, Method: int32(larkws.FrameTypeData), Payload: payload}
	for _, h := range [][2]string{{larkws.HeaderType, string(larkws.MessageTypeEvent)}, {larkws.HeaderMessageID, frameID},
		{larkws.HeaderSum, "1"}, {larkws.HeaderSeq, "0"}, {larkws.HeaderTraceID, "trace-" + frameID}, {larkws.HeaderTimestamp, now}} {
		fr.Headers = append(fr.Headers, larkws.Header{Key: h[0], Value: h[1]})
	}
	data, err := fr.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	timeout := time.NewTimer(patience(t))
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
	timeout := time.NewTimer(patience(t))
	defer timeout.Stop()
	select {
	case r := <-f.replies:
		return r
	case <-timeout.C:
		t.Fatal("no reply")
	}
	return reply{}
}

// drained is every reply still waiting.
func (f *fakeFeishu) drained() []reply {
	var out []reply
	for {
		select {
		case r := <-f.replies:
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
