package webchat

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/sampleindex"
)

// hostileQuote is a sentence of a document that tries to become markup in
// the page.
const hostileQuote = `2023年全县麻疹疫苗接种率为98.7%<script>window.pwned=1</script><img src=x onerror=window.pwned=2>。`

var (
	samplesIndex = &sampleindex.Index{SamplesDir: "../corpus/samples"}
	hostileIndex = &sampleindex.Index{SamplesDir: "../corpus/samples", Extra: map[string]string{
		"hostile.txt": "某县卫生健康局2023年工作总结\n\n一、2023年度工作总结\n\n（一）免疫规划\n\n" + hostileQuote + "\n",
	}}
)

func TestMain(m *testing.M) {
	code := m.Run()
	samplesIndex.Remove()
	hostileIndex.Remove()
	os.Exit(code)
}

const figureQuestion = "2023年家庭医生签约率是多少"

func fixedNow() time.Time { return time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC) }

// newTestServer is the web chat over the samples, offline, writing its
// feedback under a temporary folder; drained when t ends.
func newTestServer(t *testing.T, ix *sampleindex.Index, opts Options) *Server {
	t.Helper()
	b := bot.New(ix.Open(t), nil, nil, bot.Options{Now: fixedNow})
	if opts.DataDir == "" {
		opts.DataDir = t.TempDir()
	}
	s := New(b, opts, nil)
	t.Cleanup(func() { s.Drain(5 * time.Second) })
	return s
}

// event is one server-sent event.
type event struct {
	name string
	data string
}

// readEvents reads a stream of server-sent events to its end.
func readEvents(t *testing.T, r io.Reader) []event {
	t.Helper()
	var out []event
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	var cur event
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "":
			if cur.name != "" {
				out = append(out, cur)
			}
			cur = event{}
		case strings.HasPrefix(line, "event: "):
			cur.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			cur.data += strings.TrimPrefix(line, "data: ")
		}
	}
	return out
}

// askRaw posts a question to h and returns the recorded response.
func askRaw(t *testing.T, h http.Handler, question, conv string, header http.Header) *httptest.ResponseRecorder {
	t.Helper()
	body, _ := json.Marshal(askRequest{Question: question, Conversation: conv})
	req := httptest.NewRequest(http.MethodPost, "/api/ask", strings.NewReader(string(body)))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// askOK asks and returns the conversation id and the answer, failing the
// test unless the stream is start then answer.
func askOK(t *testing.T, h http.Handler, question, conv string, header http.Header) (string, answerView, string) {
	t.Helper()
	rec := askRaw(t, h, question, conv, header)
	if rec.Code != http.StatusOK {
		t.Fatalf("ask %q: status %d: %s", question, rec.Code, rec.Body)
	}
	raw := rec.Body.String()
	evs := readEvents(t, strings.NewReader(raw))
	if len(evs) < 2 || evs[0].name != "start" || evs[len(evs)-1].name != "answer" {
		t.Fatalf("ask %q: events %v", question, evs)
	}
	var st startEvent
	var v answerView
	if err := json.Unmarshal([]byte(evs[0].data), &st); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(evs[len(evs)-1].data), &v); err != nil {
		t.Fatal(err)
	}
	return st.Conversation, v, raw
}

// postJSON posts body to path.
func postJSON(t *testing.T, h http.Handler, path, body string, header http.Header) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header[k] = v
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}
