package dingtalkbot_test

// fakeDingTalk speaks DingTalk's Stream-mode wire protocol at the SDK's
// endpoints: POST /v1.0/gateway/connections/open (credentials and
// subscriptions in, a websocket endpoint and ticket out), the websocket
// itself (JSON data frames down, acknowledgements up), and the session
// webhook robots reply through (POST /robot/sendBySession?session=…).

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
)

const (
	clientID     = "dingtestclientid"
	clientSecret = "test-client-secret-not-real"
	ticket       = "ticket-0001"
	botTopic     = "/v1.0/im/bot/messages/get"
)

type fakeDingTalk struct {
	srv       *httptest.Server
	frames    chan []byte   // to the client
	acks      chan frameAck // from the client
	replies   chan webReply // robot replies through session webhooks
	connected chan struct{} // closed when the websocket is open

	mu      sync.Mutex
	open    openRequest
	opened  int
	badAuth bool
	once    sync.Once
}

type openRequest struct {
	ClientID      string `json:"clientId"`
	ClientSecret  string `json:"clientSecret"`
	UA            string `json:"ua"`
	Subscriptions []struct {
		Type  string `json:"type"`
		Topic string `json:"topic"`
	} `json:"subscriptions"`
}

type frameAck struct {
	Code    int               `json:"code"`
	Headers map[string]string `json:"headers"`
	Message string            `json:"message"`
	Data    string            `json:"data"`
}

type webReply struct {
	Session  string
	MsgType  string `json:"msgtype"`
	Markdown struct {
		Title string `json:"title"`
		Text  string `json:"text"`
	} `json:"markdown"`
}

func newFakeDingTalk(t *testing.T) *fakeDingTalk {
	f := &fakeDingTalk{
		frames: make(chan []byte), acks: make(chan frameAck, 16),
		replies: make(chan webReply, 64), connected: make(chan struct{}),
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1.0/gateway/connections/open", f.openConnection)
	mux.HandleFunc("GET /connect", f.socket)
	mux.HandleFunc("POST /robot/sendBySession", f.webhook)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeDingTalk) openConnection(w http.ResponseWriter, r *http.Request) {
	var req openRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || r.Header.Get("Content-Type") != "application/json" {
		http.Error(w, `{"code":"InvalidParameter","message":"bad body"}`, http.StatusBadRequest)
		return
	}
	f.mu.Lock()
	f.open = req
	f.opened++
	bad := f.badAuth
	f.mu.Unlock()
	if bad || req.ClientID != clientID || req.ClientSecret != clientSecret {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"code":"Unauthorized","message":"appKey or appSecret is invalid"}`)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"endpoint":"ws://%s/connect","ticket":%q}`, r.Host, ticket)
}

var upgrader = websocket.Upgrader{}

func (f *fakeDingTalk) socket(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("ticket") != ticket {
		http.Error(w, "bad ticket", http.StatusForbidden)
		return
	}
	c, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	f.once.Do(func() { close(f.connected) })
	go func() {
		for {
			_, data, err := c.ReadMessage()
			if err != nil {
				return
			}
			var a frameAck
			if json.Unmarshal(data, &a) == nil {
				f.acks <- a
			}
		}
	}()
	for {
		select {
		case fr := <-f.frames:
			if c.WriteMessage(websocket.TextMessage, fr) != nil {
				return
			}
		case <-r.Context().Done():
			return
		}
	}
}

func (f *fakeDingTalk) webhook(w http.ResponseWriter, r *http.Request) {
	var rep webReply
	if err := json.NewDecoder(r.Body).Decode(&rep); err != nil {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"errcode":300001,"errmsg":"invalid body"}`)
		return
	}
	rep.Session = r.URL.Query().Get("session")
	f.replies <- rep
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprint(w, `{"errcode":0,"errmsg":"ok"}`)
}

// msg is a robot message as DingTalk sends it.
type msg struct {
	id, conversation, user, session, text string
	direct                                bool
}

// webhookURL is where replies to a message go.
func (f *fakeDingTalk) webhookURL(session string) string {
	return f.srv.URL + "/robot/sendBySession?session=" + session
}

// deliver sends a robot message in a data frame (frameID is the frame's
// messageId) and waits for the client's acknowledgement, which it returns.
func (f *fakeDingTalk) deliver(t *testing.T, frameID string, m msg) frameAck {
	t.Helper()
	convType := "2"
	if m.direct {
		convType = "1"
	}
	now := time.Now().UnixMilli()
	data, _ := json.Marshal(map[string]any{
		"conversationId": m.conversation, "conversationType": convType, "conversationTitle": "卫健委办公室",
		"atUsers": []map[string]string{{"dingtalkId": "$:LWCP_v1:$bot"}}, "chatbotCorpId": "dingcorp", "chatbotUserId": "$:LWCP_v1:$bot",
		"msgId": m.id, "senderNick": "张三", "isAdmin": false, "senderStaffId": m.user, "senderId": "$:LWCP_v1:$" + m.user,
		"senderCorpId": "dingcorp", "sessionWebhookExpiredTime": now + 90*60*1000, "createAt": now, "isInAtList": true,
		"sessionWebhook": f.webhookURL(m.session), "robotCode": clientID, "msgtype": "text",
		"text": map[string]string{"content": " " + m.text},
	})
	frame, _ := json.Marshal(map[string]any{
		"specVersion": "1.0", "type": "CALLBACK", "time": now,
		"headers": map[string]string{
			"appId": "app-1", "connectionId": "conn-1", "contentType": "application/json",
			"messageId": frameID, "time": strconv.FormatInt(now, 10), "topic": botTopic,
		},
		"data": string(data),
	})
	timeout := time.NewTimer(patience(t))
	defer timeout.Stop()
	select {
	case f.frames <- frame:
	case <-timeout.C:
		t.Fatalf("frame %s not taken by the socket", frameID)
	}
	for {
		select {
		case a := <-f.acks:
			if a.Headers["messageId"] == frameID {
				return a
			}
		case <-timeout.C:
			t.Fatalf("frame %s not acknowledged", frameID)
		}
	}
}

// reply waits for the next robot reply.
func (f *fakeDingTalk) reply(t *testing.T) webReply {
	t.Helper()
	timeout := time.NewTimer(patience(t))
	defer timeout.Stop()
	select {
	case r := <-f.replies:
		return r
	case <-timeout.C:
		t.Fatal("no reply")
	}
	return webReply{}
}

// drained is every reply still waiting.
func (f *fakeDingTalk) drained() []webReply {
	var out []webReply
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

func bodies(rs []webReply) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "[%s] %s\n", r.Session, r.Markdown.Text)
	}
	return b.String()
}
