package slackbot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slacktest"
	"github.com/slack-go/slack/socketmode"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/slackbot"
)

// The Slack adapter is tested end to end: the real slack-go clients (Web
// API and Socket Mode) talk to a fake Slack, an HTTP server whose /link is
// a Socket Mode websocket (upgraded by slacktest.Websocket) written here,
// and the real assistant answers from the sample index. The fake runs on an
// in-memory network (memnet_test.go), so that the tests run on
// synctest's fake clock; slacktest's own server listens on TCP, which would
// stop that clock. Nothing leaves the process and no token is real.

const (
	botUser  = "UBOTHEALTH"
	staff    = "USTAFF01"
	office   = "COFFICE01"
	botToken = "xoxb-test-not-a-real-token"
	appToken = "xapp-test-not-a-real-token"
)

// Hosts of the fake Slack on its memNet.
const (
	slackHost = "slack.test"       // Web API (/api/) and the Socket Mode websocket (/link)
	hooksHost = "hooks.slack.test" // response_url
)

// waitLimit bounds every wait for the bot: fake time in a bubble, where it
// costs nothing, so it is far above any deadline of the bot (answers: 120 s).
const waitLimit = 10 * time.Minute

// apiCall is one Web API call (or response_url post) the fake received.
type apiCall struct {
	Seq      int
	At       time.Time // when it was received (the fake clock in a bubble)
	Method   string    // chat.postMessage, chat.update, chat.postEphemeral, response_url
	Path     string    // response_url only
	Channel  string
	TS       string // the message posted or edited
	ThreadTS string // its thread (for chat.update: the thread of the message edited)
	User     string
	Text     string
	Blocks   string         // JSON
	Body     map[string]any // response_url: the JSON posted
	Form     url.Values     // the AI app methods (slack_fake_ai_test.go): the form posted
	Status   int
}

type ackRecord struct {
	Seq        int
	EnvelopeID string
	Payload    map[string]any
}

// fakeSlack is Slack's side: the Web API with the Socket Mode websocket,
// and a server for response_url posts, on their own memNet.
type fakeSlack struct {
	t           *testing.T
	net         *memNet
	respURL     string      // base of the response_urls handed out
	out         chan string // envelopes to send over the socket
	notifier                // told of every call, ack and connection
	stopServers func()      // stops both servers

	mu       sync.Mutex
	seq      int
	calls    []apiCall
	acks     []ackRecord
	threadOf map[string]string // ts → thread_ts of messages posted
	nextTS   int
	fail429  int             // chat.postMessage answers this many 429s first
	shared   map[string]bool // channels conversations.info reports as Slack Connect
	private  map[string]bool // channels conversations.info reports as private
	openErr  string          // apps.connections.open answers this error
	appAuth  string          // the Authorization apps.connections.open saw
	gate     chan struct{}   // when set, chat.postMessage waits on it
	blocked  chan string     // told (text) when a post waits on the gate
	conns    int
	perConn  bool          // each connection reads its own queue (outs), for sendTo
	outs     []chan string // the queues of the connections, in connection order

	// Slack's AI app methods (slack_fake_ai_test.go); without ai they
	// answer unknown_method, as a Slack without them does.
	ai          bool
	refuseStart string          // chat.startStream answers this error
	streaming   map[string]bool // ts → a stream not stopped yet
}

func newFakeSlack(t *testing.T) *fakeSlack {
	f := &fakeSlack{t: t, out: make(chan string, 64), threadOf: map[string]string{}, shared: map[string]bool{}, private: map[string]bool{}, nextTS: 100,
		streaming: map[string]bool{}}
	methods := map[string]http.HandlerFunc{
		"auth.test": f.authTest, "chat.postMessage": f.chat("chat.postMessage"), "chat.update": f.chat("chat.update"),
		"chat.postEphemeral": f.chat("chat.postEphemeral"), "conversations.info": f.conversationsInfo,
		"apps.connections.open": f.connectionsOpen,
	}
	maps.Copy(methods, f.aiMethods())
	f.start(t, methods, f.socket)
	return f
}

// start serves the Web API methods and the websocket on a new memNet.
func (f *fakeSlack) start(tb testing.TB, methods map[string]http.HandlerFunc, socket func(*websocket.Conn)) {
	f.net = newMemNet()
	mux := http.NewServeMux()
	for m, h := range methods {
		mux.HandleFunc("/api/"+m, h)
	}
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) { // as Slack answers a method it does not have
		fmt.Fprint(w, `{"ok":false,"error":"unknown_method"}`)
	})
	mux.HandleFunc("/link", slacktest.Websocket(socket))
	stopAPI := f.net.Serve(tb, slackHost, mux)
	stopHooks := f.net.Serve(tb, hooksHost, http.HandlerFunc(f.responseURL))
	f.respURL = "http://" + hooksHost
	f.stopServers = func() { stopAPI(); stopHooks() }
}

// apiURL is the Web API's base URL, for slack.OptionAPIURL.
func (f *fakeSlack) apiURL() string { return "http://" + slackHost + "/api/" }

// wsURL is the Socket Mode URL apps.connections.open hands out.
func (f *fakeSlack) wsURL() string { return "ws://" + slackHost + "/link" }

// client is a slack-go Web API client of the fake, over its memNet.
func (f *fakeSlack) client(tb testing.TB, token, appLevelToken string) *slack.Client {
	return slack.New(token, slack.OptionAPIURL(f.apiURL()), slack.OptionAppLevelToken(appLevelToken),
		slack.OptionHTTPClient(f.net.HTTPClient(tb)))
}

// socketMode is a Socket Mode client of the fake, dialling over its memNet.
func (f *fakeSlack) socketMode(api *slack.Client, opts ...socketmode.Option) *socketmode.Client {
	return socketmode.New(api, append([]socketmode.Option{socketmode.OptionDialer(f.net.WSDialer())}, opts...)...)
}

// record appends a call, numbered and timed, and tells the waiters.
func (f *fakeSlack) record(c apiCall) apiCall {
	f.mu.Lock()
	f.seq++
	c.Seq, c.At = f.seq, time.Now()
	f.calls = append(f.calls, c)
	f.mu.Unlock()
	f.notify()
	return c
}

// readAcks records the acks read from a Socket Mode connection until it
// fails, then closes done.
func (f *fakeSlack) readAcks(c *websocket.Conn, done chan<- struct{}) {
	defer close(done)
	for {
		_, data, err := c.ReadMessage()
		if err != nil {
			return
		}
		var a struct {
			EnvelopeID string         `json:"envelope_id"`
			Payload    map[string]any `json:"payload"`
		}
		if json.Unmarshal(data, &a) == nil && a.EnvelopeID != "" {
			f.mu.Lock()
			f.seq++
			f.acks = append(f.acks, ackRecord{Seq: f.seq, EnvelopeID: a.EnvelopeID, Payload: a.Payload})
			f.mu.Unlock()
			f.notify()
		}
	}
}

// socket is the Socket Mode websocket: hello, then envelopes from f.out;
// acks read back are recorded.
func (f *fakeSlack) socket(c *websocket.Conn) {
	f.mu.Lock()
	f.conns++
	src := f.out
	if f.perConn {
		src = make(chan string, 64)
		f.outs = append(f.outs, src)
	}
	f.mu.Unlock()
	f.notify()
	if err := c.WriteJSON(map[string]any{"type": "hello", "num_connections": 1}); err != nil {
		return
	}
	done := make(chan struct{})
	go f.readAcks(c, done)
	ping := time.NewTicker(time.Second)
	defer ping.Stop()
	for {
		select {
		case <-done:
			return
		case m := <-src:
			if err := c.WriteMessage(websocket.TextMessage, []byte(m)); err != nil {
				return
			}
		case <-ping.C:
			_ = c.WriteControl(websocket.PingMessage, nil, time.Now().Add(time.Second))
		}
	}
}

func (f *fakeSlack) authTest(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	if r.FormValue("token") != botToken && r.Header.Get("Authorization") != "Bearer "+botToken {
		fmt.Fprint(w, `{"ok":false,"error":"invalid_auth"}`)
		return
	}
	fmt.Fprintf(w, `{"ok":true,"url":"https://bureau.slack.com/","team":"Bureau","user":"healthbot","team_id":"T0BUREAU","user_id":%q,"bot_id":"BHEALTH01"}`, botUser)
}

func (f *fakeSlack) connectionsOpen(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.appAuth = r.Header.Get("Authorization")
	if f.openErr != "" {
		fmt.Fprintf(w, `{"ok":false,"error":%q}`, f.openErr)
		return
	}
	fmt.Fprintf(w, `{"ok":true,"url":%q}`, f.wsURL())
}

func (f *fakeSlack) conversationsInfo(w http.ResponseWriter, r *http.Request) {
	r.ParseForm()
	ch := r.FormValue("channel")
	f.mu.Lock()
	ext, private := f.shared[ch], f.private[ch]
	f.mu.Unlock()
	json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": map[string]any{"id": ch, "is_channel": true, "is_ext_shared": ext, "is_shared": ext, "is_private": private}})
}

func (f *fakeSlack) chat(method string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		if r.FormValue("token") != botToken && r.Header.Get("Authorization") != "Bearer "+botToken {
			fmt.Fprint(w, `{"ok":false,"error":"not_authed"}`)
			return
		}
		c := apiCall{Method: method, Channel: r.FormValue("channel"), ThreadTS: r.FormValue("thread_ts"), User: r.FormValue("user"),
			Text: r.FormValue("text"), Blocks: r.FormValue("blocks"), Status: http.StatusOK}
		f.mu.Lock()
		gate, blocked := f.gate, f.blocked
		f.mu.Unlock()
		if method == "chat.postMessage" && gate != nil {
			blocked <- c.Text
			<-gate
		}
		f.mu.Lock()
		if method == "chat.postMessage" && f.fail429 > 0 {
			f.fail429--
			f.mu.Unlock()
			c.Status = http.StatusTooManyRequests
			f.record(c)
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		switch method {
		case "chat.update":
			c.TS = r.FormValue("ts")
			c.ThreadTS = f.threadOf[c.TS]
		default:
			f.nextTS++
			c.TS = fmt.Sprintf("1700000500.%06d", f.nextTS)
			f.threadOf[c.TS] = c.ThreadTS
		}
		f.mu.Unlock()
		f.record(c)
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "channel": c.Channel, "ts": c.TS, "message_ts": c.TS})
	}
}

func (f *fakeSlack) responseURL(w http.ResponseWriter, r *http.Request) {
	data, _ := io.ReadAll(r.Body)
	var body map[string]any
	if err := json.Unmarshal(data, &body); err != nil {
		http.Error(w, "not json", http.StatusBadRequest)
		return
	}
	blocks, _ := json.Marshal(body["blocks"])
	text, _ := body["text"].(string)
	f.record(apiCall{Method: "response_url", Path: r.URL.Path, Text: text, Blocks: string(blocks), Body: body, Status: http.StatusOK})
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprint(w, `{"ok":true}`)
}

// send writes an envelope to the socket.
func (f *fakeSlack) send(envelope string) { f.out <- envelope }

// sendTo writes an envelope to the i-th connection (perConn), once it is
// open: Slack spreading events across an app's connections.
func (f *fakeSlack) sendTo(i int, envelope string) {
	f.t.Helper()
	var out chan string
	waitUntil(f.t, waitLimit, f.changed, func() bool {
		f.mu.Lock()
		defer f.mu.Unlock()
		if len(f.outs) > i {
			out = f.outs[i]
		}
		return out != nil
	}, func() string { return fmt.Sprintf("connection %d", i) })
	out <- envelope
}

func (f *fakeSlack) snapshot() ([]apiCall, []ackRecord) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]apiCall(nil), f.calls...), append([]ackRecord(nil), f.acks...)
}

// waitFor waits until cond holds of the calls and acks seen so far, woken
// by each new one, for at most waitLimit (of fake time in a bubble).
func (f *fakeSlack) waitFor(what string, cond func(calls []apiCall, acks []ackRecord) bool) {
	f.t.Helper()
	waitUntil(f.t, waitLimit, f.changed, func() bool { return cond(f.snapshot()) }, func() string {
		calls, acks := f.snapshot()
		return fmt.Sprintf("%s\ncalls: %s\nacks: %+v", what, describeCalls(calls), acks)
	})
}
func describeCalls(calls []apiCall) string {
	var b strings.Builder
	for _, c := range calls {
		fmt.Fprintf(&b, "\n  #%d %s %s ch=%s ts=%s thread=%s status=%d text=%.60q blocks=%.200s", c.Seq, c.Method, c.Path, c.Channel, c.TS, c.ThreadTS, c.Status, c.Text, c.Blocks)
	}
	return b.String()
}

// ackOf returns the ack of an envelope.
func ackOf(acks []ackRecord, id string) (ackRecord, bool) {
	for _, a := range acks {
		if a.EnvelopeID == id {
			return a, true
		}
	}
	return ackRecord{}, false
}

// inThread returns the calls that post into or edit messages of a thread.
func inThread(calls []apiCall, channel, thread string) []apiCall {
	var out []apiCall
	for _, c := range calls {
		if c.Status == http.StatusOK && c.Method != "response_url" && (c.Channel == channel) && c.ThreadTS == thread {
			out = append(out, c)
		}
	}
	return out
}

// answers returns the final answers in a thread: edits with 👍/👎 (feedback_buttons).
func answers(calls []apiCall, channel, thread string) []apiCall {
	var out []apiCall
	for _, c := range inThread(calls, channel, thread) {
		if c.Method == "chat.update" && strings.Contains(c.Blocks, "feedback_buttons") {
			out = append(out, c)
		}
	}
	return out
}

func byMethod(calls []apiCall, method string) []apiCall {
	var out []apiCall
	for _, c := range calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// blockText is all the text of blocks (JSON), one piece a line.
func blockText(raw string) string {
	var v any
	if json.Unmarshal([]byte(raw), &v) != nil {
		return ""
	}
	var parts []string
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["text"].(string); ok {
				parts = append(parts, s)
			}
			for k, y := range x {
				if k != "text" || !isString(y) {
					walk(y)
				}
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(v)
	return strings.Join(parts, "\n")
}

func isString(v any) bool { _, ok := v.(string); return ok }

// buttonValue finds the value of the button with this action id.
func buttonValue(raw, actionID string) string {
	var v any
	json.Unmarshal([]byte(raw), &v)
	var found string
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if x["action_id"] == actionID {
				found, _ = x["value"].(string)
			}
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(v)
	return found
}

// Envelopes, as Slack sends them over Socket Mode.

func eventEnvelope(envelopeID, eventID string, retry int, event map[string]any, extShared bool) string {
	env := map[string]any{
		"envelope_id": envelopeID, "type": "events_api", "accepts_response_payload": false,
		"retry_attempt": retry, "retry_reason": map[bool]string{true: "timeout"}[retry > 0],
		"payload": map[string]any{
			"token": "verification", "team_id": "T0BUREAU", "api_app_id": "A0HEALTH", "type": "event_callback",
			"event_id": eventID, "event_time": 1700000000, "is_ext_shared_channel": extShared, "event": event,
		},
	}
	b, _ := json.Marshal(env)
	return string(b)
}

func mentionEvent(channel, ts, thread, text string) map[string]any {
	e := map[string]any{"type": "app_mention", "user": staff, "text": "<@" + botUser + "> " + text, "ts": ts, "channel": channel, "event_ts": ts}
	if thread != "" {
		e["thread_ts"] = thread
	}
	return e
}

func messageEvent(channel, channelType, ts, thread, user, text string) map[string]any {
	e := map[string]any{"type": "message", "user": user, "text": text, "ts": ts, "channel": channel, "channel_type": channelType,
		"event_ts": ts, "client_msg_id": "cm-" + ts}
	if thread != "" {
		e["thread_ts"] = thread
	}
	return e
}

func commandEnvelope(envelopeID, channel, text, responseURL string) string {
	b, _ := json.Marshal(map[string]any{
		"envelope_id": envelopeID, "type": "slash_commands", "accepts_response_payload": true,
		"payload": map[string]any{"token": "verification", "team_id": "T0BUREAU", "command": "/healthbot", "text": text,
			"channel_id": channel, "channel_name": "office", "user_id": staff, "user_name": "staff",
			"response_url": responseURL, "trigger_id": "trigger-1", "api_app_id": "A0HEALTH"},
	})
	return string(b)
}

func clickEnvelope(envelopeID, channel, messageTS, thread, actionID, value, responseURL string, ephemeral bool) string {
	b, _ := json.Marshal(map[string]any{
		"envelope_id": envelopeID, "type": "interactive", "accepts_response_payload": false,
		"payload": map[string]any{
			"type": "block_actions", "team": map[string]any{"id": "T0BUREAU"}, "user": map[string]any{"id": staff},
			"channel":      map[string]any{"id": channel},
			"container":    map[string]any{"type": "message", "message_ts": messageTS, "thread_ts": thread, "channel_id": channel, "is_ephemeral": ephemeral},
			"message":      map[string]any{"ts": messageTS, "thread_ts": thread, "text": "（回答）"},
			"response_url": responseURL, "trigger_id": "trigger-2", "api_app_id": "A0HEALTH",
			"actions": []map[string]any{{"action_id": actionID, "block_id": "healthbot_answer_actions", "type": "button", "value": value, "action_ts": "1700000600.000001"}},
		},
	})
	return string(b)
}

// syncBuffer collects the adapter's log.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// running is the adapter under test, serving the fake.
type running struct {
	*fakeSlack
	bot    *bot.Bot
	logs   *syncBuffer
	cancel context.CancelFunc
	errc   chan error
	once   sync.Once
	err    error
}

// startSlack runs the adapter with the offline assistant against a fake Slack.
func startSlack(t *testing.T, opts slackbot.SlackOptions, setup func(f *fakeSlack)) *running {
	t.Helper()
	return startSlackWith(t, offlineBot(t), opts, setup)
}

func startSlackWith(t *testing.T, b *bot.Bot, opts slackbot.SlackOptions, setup func(f *fakeSlack)) *running {
	t.Helper()
	f := newFakeSlack(t)
	if setup != nil {
		setup(f)
	}
	return runAdapter(t, f, b, opts)
}

// runAdapter runs the adapter with b against f until the test ends (or
// stop is called), and checks afterwards that no token was logged.
func runAdapter(tb testing.TB, f *fakeSlack, b *bot.Bot, opts slackbot.SlackOptions, smOpts ...socketmode.Option) *running {
	tb.Helper()
	if opts.DataDir == "" {
		opts.DataDir = tb.TempDir()
	}
	api := f.client(tb, botToken, appToken)
	sm := f.socketMode(api, smOpts...)
	logs := &syncBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	s := slackbot.NewSlack(b, api, sm, opts, log)
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{fakeSlack: f, bot: b, logs: logs, cancel: cancel, errc: make(chan error, 1)}
	go func() { r.errc <- s.Run(ctx) }()
	tb.Cleanup(func() {
		if err := r.stop(); err != nil {
			tb.Errorf("Run: %v", err)
		}
		for _, secret := range []string{botToken, appToken} {
			if strings.Contains(logs.String(), secret) {
				tb.Errorf("a token was logged")
			}
		}
		if tb.Failed() {
			tb.Logf("adapter log:\n%s", logs.String())
		}
	})
	return r
}

// stop cancels the adapter and waits for Run to return. Run returns once
// every request taken has been answered (or abandoned after the shutdown
// timeout) and every notice sent, so the calls seen after stop are all
// there will be: "exactly one reply" is checked after it, never after a
// sleep.
func (r *running) stop() error {
	r.once.Do(func() {
		r.cancel()
		select {
		case r.err = <-r.errc:
		case <-time.After(3 * time.Minute): // the shutdown timeout (30 s) and then some
			r.err = fmt.Errorf("Run did not return after cancellation")
		}
	})
	return r.err
}

// ask mentions the bot in a new thread and waits for the answer.
func (r *running) askInChannel(t *testing.T, n int, channel, text string) (ts string, answer apiCall) {
	t.Helper()
	ts = fmt.Sprintf("1700000000.%06d", n)
	r.send(eventEnvelope(fmt.Sprintf("env-%d", n), fmt.Sprintf("Ev%d", n), 0, mentionEvent(channel, ts, "", text), false))
	r.waitFor("the answer to "+text, func(calls []apiCall, _ []ackRecord) bool { return len(answers(calls, channel, ts)) > 0 })
	calls, _ := r.snapshot()
	return ts, answers(calls, channel, ts)[0]
}
