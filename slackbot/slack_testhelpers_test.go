package slackbot_test

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	"github.com/slack-go/slack/socketmode"
	"go.yaml.in/yaml/v3"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/chattest"
	"github.com/healthbot/healthbot/llm"
	"github.com/healthbot/healthbot/retrieval"
	"github.com/healthbot/healthbot/slackbot"
)

// Helpers of the fault and load tests: a fake Slack that can misbehave
// (429s with Retry-After, a dropped or silent socket, a disconnect
// envelope, apps.connections.open failing) and notes when each reply is
// seen, and a fake LLM whose every call follows a script (error statuses,
// malformed chunks, cut or stalled streams, realistic latency). Both run on
// an in-memory network (memnet_test.go), and their waits (pings,
// stalls, latency) are timers, so that in a synctest bubble they take no
// real time.

const placeholderText = "正在查找资料…" // the adapter's placeholder

// faultSlack is fakeSlack (whose Web API handlers it reuses) with its own
// Socket Mode websocket, which tracks each connection, and faults.
type faultSlack struct {
	*fakeSlack
	tb testing.TB

	mu         sync.Mutex
	limit      map[string]int // Web API method → 429s to answer before the next success
	retryAfter string         // Retry-After of those 429s
	openFail   []string       // apps.connections.open answers these first: "500", "429" or an error code
	hold       chan struct{}  // when set, chat.postMessage waits until it is closed
	opens      int            // apps.connections.open calls
	pingEvery  time.Duration  // WebSocket pings from the server
	nconn      int
	cur        *wsConn              // the connection envelopes go to
	firstReply map[string]time.Time // channel/thread → when its first reply was seen
}

// wsConn is one Socket Mode connection.
type wsConn struct {
	n      int
	c      *websocket.Conn
	out    chan string
	silent atomic.Bool // sends nothing, not even pings (a half-open connection)
}

func newFaultSlack(tb testing.TB) *faultSlack {
	f := &fakeSlack{out: make(chan string, 1), threadOf: map[string]string{}, shared: map[string]bool{}, nextTS: 100}
	if t, ok := tb.(*testing.T); ok {
		f.t = t
	}
	fs := &faultSlack{fakeSlack: f, tb: tb, limit: map[string]int{}, retryAfter: "1", pingEvery: time.Second, firstReply: map[string]time.Time{}}
	methods := map[string]http.HandlerFunc{"auth.test": f.authTest, "conversations.info": f.conversationsInfo,
		"apps.connections.open": fs.connectionsOpen}
	for _, m := range []string{"chat.postMessage", "chat.update", "chat.postEphemeral"} {
		methods[m] = fs.web(m, f.chat(m))
	}
	f.start(tb, methods, fs.socket)
	tb.Cleanup(fs.close)
	return fs
}

// close stops the servers and the socket (twice is harmless).
func (fs *faultSlack) close() {
	fs.stopServers()
	fs.mu.Lock()
	cur := fs.cur
	fs.mu.Unlock()
	if cur != nil {
		cur.c.Close()
	}
}

func (fs *faultSlack) connectionsOpen(w http.ResponseWriter, r *http.Request) {
	fs.mu.Lock()
	fs.opens++
	var fail string
	if len(fs.openFail) > 0 {
		fail, fs.openFail = fs.openFail[0], fs.openFail[1:]
	}
	fs.mu.Unlock()
	fs.notify()
	switch fail {
	case "":
		fs.fakeSlack.connectionsOpen(w, r)
	case "500":
		http.Error(w, "<html><title>502 Bad Gateway</title></html>", http.StatusInternalServerError)
	case "429":
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
	default:
		fmt.Fprintf(w, `{"ok":false,"error":%q}`, fail)
	}
}

// socket serves one Socket Mode connection: hello, then the envelopes sent
// to it while it is the current one; acks are recorded.
func (fs *faultSlack) socket(c *websocket.Conn) {
	fs.mu.Lock()
	fs.nconn++
	wc := &wsConn{n: fs.nconn, c: c, out: make(chan string, 1024)}
	every := fs.pingEvery
	fs.mu.Unlock()
	if err := c.WriteJSON(map[string]any{"type": "hello", "num_connections": 1,
		"debug_info": map[string]any{"host": "applink-fake", "approximate_connection_time": 3600}}); err != nil {
		return
	}
	fs.mu.Lock()
	fs.cur = wc
	fs.mu.Unlock()
	fs.notify()
	done := make(chan struct{})
	go fs.readAcks(c, done)
	ping := time.NewTicker(every)
	defer ping.Stop()
	for {
		select {
		case <-done:
			return
		case m := <-wc.out:
			if err := c.WriteMessage(websocket.TextMessage, []byte(m)); err != nil {
				return
			}
		case <-ping.C:
			if !wc.silent.Load() {
				_ = c.WriteControl(websocket.PingMessage, nil, time.Now().Add(time.Second))
			}
		}
	}
}

// send writes an envelope to the current connection, waiting for one.
func (fs *faultSlack) send(envelope string) {
	var cur *wsConn
	waitUntil(fs.tb, waitLimit, fs.changed, func() bool {
		fs.mu.Lock()
		defer fs.mu.Unlock()
		cur = fs.cur
		return cur != nil
	}, func() string { return "a socket connection to send on" })
	cur.out <- envelope
}

// conn is the number of the current connection (0: none yet).
func (fs *faultSlack) conn() int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if fs.cur == nil {
		return 0
	}
	return fs.cur.n
}

// waitConn waits until connection n (counting from 1) said hello.
func (fs *faultSlack) waitConn(tb testing.TB, n int) {
	tb.Helper()
	waitUntil(tb, waitLimit, fs.changed, func() bool { return fs.conn() >= n }, func() string {
		return fmt.Sprintf("connection %d to open (at %d, %d apps.connections.open calls)", n, fs.conn(), fs.openCalls())
	})
}

func (fs *faultSlack) openCalls() int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return fs.opens
}

// drop ends the current connection from the server's side: abruptly (as a
// network failure does) or with a close frame (1001, going away).
func (fs *faultSlack) drop(closeFrame bool) {
	fs.mu.Lock()
	cur := fs.cur
	fs.cur = nil
	fs.mu.Unlock()
	if cur == nil {
		return
	}
	if closeFrame {
		_ = cur.c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseGoingAway, "server restarting"), time.Now().Add(time.Second))
	}
	cur.c.Close()
}

// silence makes the current connection send nothing more (a half-open
// TCP connection): only the client's ping timeout can notice.
func (fs *faultSlack) silence() {
	fs.mu.Lock()
	cur := fs.cur
	fs.cur = nil
	fs.mu.Unlock()
	if cur != nil {
		cur.silent.Store(true)
	}
}

// rateLimit makes method answer n 429s (Retry-After: retryAfter) first.
func (fs *faultSlack) rateLimit(method string, n int, retryAfter string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.limit[method] = n
	fs.retryAfter = retryAfter
}

// web wraps a Web API handler: the 429s asked for first, then the real
// handler, noting when a reply (not a placeholder or streaming edit) is seen.
func (fs *faultSlack) web(method string, next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		fs.mu.Lock()
		hold := fs.hold
		fs.mu.Unlock()
		if hold != nil && method == "chat.postMessage" {
			<-hold
		}
		fs.mu.Lock()
		limited := fs.limit[method] > 0
		if limited {
			fs.limit[method]--
		}
		retryAfter := fs.retryAfter
		fs.mu.Unlock()
		if limited {
			fs.record(apiCall{Method: method, Channel: r.FormValue("channel"), TS: r.FormValue("ts"),
				ThreadTS: r.FormValue("thread_ts"), Text: r.FormValue("text"), Blocks: r.FormValue("blocks"), Status: http.StatusTooManyRequests})
			w.Header().Set("Retry-After", retryAfter)
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		next(w, r)
		seen := time.Now()
		if !isReply(method, r.FormValue("text"), r.FormValue("blocks")) {
			return
		}
		thread := r.FormValue("thread_ts")
		if method == "chat.update" {
			fs.fakeSlack.mu.Lock()
			thread = fs.threadOf[r.FormValue("ts")]
			fs.fakeSlack.mu.Unlock()
		}
		key := r.FormValue("channel") + "/" + thread
		fs.mu.Lock()
		if _, ok := fs.firstReply[key]; !ok {
			fs.firstReply[key] = seen
		}
		fs.mu.Unlock()
		fs.notify()
	}
}

// repliedAt is when the first reply in a thread was seen.
func (fs *faultSlack) repliedAt(channel, thread string) (time.Time, bool) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	at, ok := fs.firstReply[channel+"/"+thread]
	return at, ok
}

// isReply tells the final reply to a question (the answer, a failure note,
// a polite refusal) from the placeholder and the streaming edits.
func isReply(method, text, blocks string) bool {
	switch method {
	case "chat.update":
		return !strings.Contains(blocks, "正在撰写")
	case "chat.postEphemeral":
		return true
	case "chat.postMessage":
		return text != placeholderText
	}
	return false
}

// repliesIn returns the replies in a thread (successful calls only).
func repliesIn(calls []apiCall, channel, thread string) []apiCall {
	var out []apiCall
	for _, c := range inThread(calls, channel, thread) {
		if isReply(c.Method, c.Text, c.Blocks) {
			out = append(out, c)
		}
	}
	return out
}

// placeholdersIn returns the placeholders posted in a thread.
func placeholdersIn(calls []apiCall, channel, thread string) []apiCall {
	var out []apiCall
	for _, c := range inThread(calls, channel, thread) {
		if c.Method == "chat.postMessage" && c.Text == placeholderText {
			out = append(out, c)
		}
	}
	return out
}

// acked is the set of envelope ids acknowledged.
func acked(acks []ackRecord) map[string]bool {
	m := map[string]bool{}
	for _, a := range acks {
		m[a.EnvelopeID] = true
	}
	return m
}

// runSlackOn runs the adapter with b against fs until the test ends (or
// stop is called).
func runSlackOn(tb testing.TB, fs *faultSlack, b *bot.Bot, opts slackbot.SlackOptions, smOpts ...socketmode.Option) *running {
	tb.Helper()
	return runAdapter(tb, fs.fakeSlack, b, opts, smOpts...)
}

// running reports whether Run has returned, without waiting.
func (r *running) returned() (error, bool) {
	select {
	case err := <-r.errc:
		r.errc <- err
		return err, true
	default:
		return nil, false
	}
}

// llmStep is how the fake LLM answers one call.
type llmStep struct {
	Status     int           // answer with this HTTP error status instead
	RetryAfter string        // Retry-After of that error
	Wait       time.Duration // before the response headers
	First      time.Duration // after the headers, before the first chunk
	Every      time.Duration // between chunks
	Malformed  int           // chunk n (from 1) is broken JSON
	Cut        bool          // close the connection abruptly ...
	CutAfter   int           // ... after this many chunks
	Stall      bool          // hang (until the client gives up) ...
	StallAfter int           // ... after this many chunks (0: before the response headers)
}

// scriptLLM is an OpenAI-compatible chat server: call n follows
// script(n); the reply is reply(prompt), streamed in chunks of two runes.
// It listens on llmHost of its own memNet.
type scriptLLM struct {
	net    *memNet
	stop   func()
	calls  atomic.Int32
	script func(call int) llmStep
	reply  func(prompt string) string
	quit   chan struct{}
	once   sync.Once
}

func newScriptLLM(tb testing.TB, script func(call int) llmStep, reply func(prompt string) string) *scriptLLM {
	l := &scriptLLM{net: newMemNet(), script: script, reply: reply, quit: make(chan struct{})}
	l.stop = l.net.Serve(tb, llmHost, http.HandlerFunc(l.serve))
	tb.Cleanup(l.close)
	return l
}

// llmHost is where the fake LLM APIs listen on their memNet.
const llmHost = "llm.test"

// steps is a script: call n follows steps[n-1], the last step repeating.
func steps(s ...llmStep) func(int) llmStep {
	return func(call int) llmStep { return s[min(call, len(s))-1] }
}

// close releases stalled requests and stops the server (twice is harmless).
func (l *scriptLLM) close() {
	l.once.Do(func() { close(l.quit) })
	l.stop()
}

// hang waits until the client gives up or the server closes.
func (l *scriptLLM) hang(r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-l.quit:
	}
}

// sleep waits d unless the client gives up first.
func (l *scriptLLM) sleep(r *http.Request, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
	case <-l.quit:
	}
	return false
}

func (l *scriptLLM) serve(w http.ResponseWriter, r *http.Request) {
	call := int(l.calls.Add(1))
	msgs, ok := chattest.ReadRequest(w, r)
	if !ok {
		return
	}
	st := l.script(call)
	if st.Stall && st.StallAfter == 0 {
		l.hang(r)
		return
	}
	if !l.sleep(r, st.Wait) {
		return
	}
	if st.Status != 0 {
		if st.RetryAfter != "" {
			w.Header().Set("Retry-After", st.RetryAfter)
		}
		if st.Status == http.StatusBadGateway { // a proxy's page, not the API's JSON
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(st.Status)
			fmt.Fprint(w, "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(st.Status)
		fmt.Fprint(w, `{"error":{"message":"try later","type":"server_error"}}`)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	rc := http.NewResponseController(w)
	rc.Flush()
	if !l.sleep(r, st.First) {
		return
	}
	runes := []rune(l.reply(userPrompt(msgs)))
	n := 0
	for i := 0; i < len(runes); i += 2 {
		n++
		if n > 1 && !l.sleep(r, st.Every) {
			return
		}
		if st.Stall && n > st.StallAfter {
			l.hang(r)
			return
		}
		if st.Cut && n > st.CutAfter {
			if conn, _, err := rc.Hijack(); err == nil {
				conn.Close()
			}
			return
		}
		if n == st.Malformed {
			fmt.Fprint(w, "data: {\"id\":\"x\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"综\n\n")
			rc.Flush()
			continue
		}
		chattest.WriteDelta(w, string(runes[i:min(i+2, len(runes))]))
		rc.Flush()
	}
	chattest.WriteEnd(w)
	rc.Flush()
}

// llmTimeouts are the client's limits; zero values take the production
// defaults (request 60 s, first token 20 s, 3 retries).
type llmTimeouts struct {
	request, firstToken time.Duration
	retries             int
}

// clientOf is the real llm client pointed at the fake, adapted to bot.LLM.
func clientOf(tb testing.TB, l *scriptLLM, to llmTimeouts) bot.LLM {
	tb.Helper()
	c, err := llm.New(llm.Config{BaseURL: "http://" + llmHost + "/v1", Model: chattest.Model, APIKey: chattest.Key,
		RequestTimeout: to.request, FirstTokenTimeout: to.firstToken, MaxRetries: to.retries, HTTPClient: l.net.HTTPClient(tb)})
	if err != nil {
		tb.Fatal(err)
	}
	return chattest.Adapt(c)
}

// citingReply is an LLM answer citing the first source; "综上" marks it
// (the extractive answer never says it).
func citingReply(string) string {
	return "综上，根据资料，相关工作按计划推进，重点任务均已部署落实，具体情况见所引资料原文 [1]。" +
		"各项措施取得阶段性成效，后续将继续巩固提升，确保目标任务全面完成 [1]。"
}

// loadQuestions are the questions of the answer and retrieval evaluation
// sets, each once, in file order.
func loadQuestions(tb testing.TB) []string {
	tb.Helper()
	var out []string
	seen := map[string]bool{}
	for _, path := range []string{"../bot/testdata/answers.yaml", "../retrieval/testdata/eval.yaml"} {
		data, err := os.ReadFile(path)
		if err != nil {
			tb.Fatal(err)
		}
		var items []struct {
			Question string `yaml:"question"`
		}
		if err := yaml.Unmarshal(data, &items); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		for _, it := range items {
			q := strings.TrimSpace(it.Question)
			if q != "" && !seen[q] {
				seen[q] = true
				out = append(out, q)
			}
		}
	}
	if len(out) < 100 {
		tb.Fatalf("only %d questions in the evaluation sets", len(out))
	}
	return out
}

// indexFor opens the samples' index: the package's shared one for tests,
// one built the same way into a temporary directory for benchmarks
// (sampleIndex takes a *testing.T).
func indexFor(tb testing.TB) *retrieval.Index {
	tb.Helper()
	if t, ok := tb.(*testing.T); ok {
		return sampleIndex(t)
	}
	emb, err := retrieval.NewLocalEmbedder(retrieval.DefaultLocalDim)
	if err != nil {
		tb.Fatal(err)
	}
	dir := tb.TempDir()
	files, _ := filepath.Glob("../corpus/samples/*.txt")
	var docs []*corpus.Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		d := corpus.Parse(filepath.Base(f), string(data), corpus.Meta{}, corpus.Options{})
		docs = append(docs, &d)
	}
	corpus.Dedupe(docs)
	if _, err := retrieval.Build(context.Background(), dir, docs, emb, retrieval.BuildOptions{}); err != nil {
		tb.Fatal(err)
	}
	w := retrieval.DefaultWeights()
	w.Vector = retrieval.LocalVectorWeight
	ix, err := retrieval.Open(dir, emb, retrieval.OpenOptions{Weights: w})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}

// percentile of sorted durations (nearest rank).
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p*float64(len(sorted))+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

func sortedDurations(d []time.Duration) []time.Duration {
	s := slices.Clone(d)
	slices.Sort(s)
	return s
}
