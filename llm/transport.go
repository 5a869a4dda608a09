package llm

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"mime"
	"net/http"

	openai "github.com/sashabaranov/go-openai"
)

// go-openai hides the HTTP response from its stream reader. This transport
// (the outer layer over openaihttp.Transport, which records the status,
// content type and Retry-After) records, per attempt, whether
// "data: [DONE]" arrived: the reader returns io.EOF both for [DONE] and for
// a connection closed early. It also turns a non-streaming JSON reply (sent
// by some proxies although stream=true was asked for) into an equivalent
// event stream. Such a reply arrives only when the whole answer is
// generated, so FirstTokenTimeout must cover the whole generation with
// those proxies.

const maxJSONBody = 8 << 20 // a non-streaming reply

type streamKey struct{}

// streamInfo is written by the transport and read by the attempt, both on
// the goroutine running the attempt (Do and Recv are synchronous).
type streamInfo struct {
	sawDone   bool // "data: [DONE]" went through the body
	converted bool // a JSON chat completion was turned into a stream
	notChat   bool // a 200 JSON body that is not a chat completion
}

type streamTransport struct{ base http.RoundTripper }

func (t *streamTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return resp, err
	}
	info, _ := req.Context().Value(streamKey{}).(*streamInfo)
	if info == nil || resp.StatusCode >= 400 {
		return resp, nil
	}
	br := bufio.NewReader(resp.Body)
	body := readCloser{Reader: br, Closer: resp.Body}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); resp.StatusCode == http.StatusOK && mt == "application/json" {
		// A proxy that ignored stream=true, unless the body is in fact an
		// event stream under the wrong label.
		if head, _ := br.Peek(1); len(head) == 1 && (head[0] == '{' || head[0] == '[') {
			data, err := io.ReadAll(io.LimitReader(br, maxJSONBody))
			resp.Body.Close()
			if err != nil {
				return nil, err
			}
			if sse, ok := completionToSSE(data); ok {
				info.converted = true
				data = sse
				resp.Header.Set("Content-Type", "text/event-stream")
			} else {
				info.notChat = true
			}
			resp.Body = io.NopCloser(bytes.NewReader(data))
			resp.ContentLength = int64(len(data))
			return resp, nil
		}
	}
	resp.Body = &doneWatcher{ReadCloser: body, info: info, tail: []byte{'\n'}}
	return resp, nil
}

type readCloser struct {
	io.Reader
	io.Closer
}

// completionToSSE rewrites a non-streaming chat completion as one chunk and
// [DONE]. It reports false if data is not a completion with choices.
func completionToSSE(data []byte) ([]byte, bool) {
	var cc openai.ChatCompletionResponse
	if err := json.Unmarshal(data, &cc); err != nil || len(cc.Choices) == 0 {
		return nil, false
	}
	ch := cc.Choices[0]
	chunk := openai.ChatCompletionStreamResponse{
		ID:     cc.ID,
		Object: "chat.completion.chunk",
		Model:  cc.Model,
		Choices: []openai.ChatCompletionStreamChoice{{
			Delta:        openai.ChatCompletionStreamChoiceDelta{Role: "assistant", Content: ch.Message.Content},
			FinishReason: ch.FinishReason,
		}},
	}
	b, err := json.Marshal(chunk)
	if err != nil {
		return nil, false
	}
	var out bytes.Buffer
	out.WriteString("data: ")
	out.Write(b)
	out.WriteString("\n\ndata: [DONE]\n\n")
	return out.Bytes(), true
}

// A newline cannot occur inside a JSON string, so "\ndata: [DONE]" only
// matches the terminating event, never reply text.
var doneMarks = [][]byte{[]byte("\ndata: [DONE]"), []byte("\ndata:[DONE]")}

const doneTail = 16 // longer than any mark

// doneWatcher notes when "data: [DONE]" passes through the body.
type doneWatcher struct {
	io.ReadCloser
	info *streamInfo
	tail []byte // the last bytes read, so that a mark split across reads is seen
}

func (w *doneWatcher) Read(p []byte) (int, error) {
	n, err := w.ReadCloser.Read(p)
	if n > 0 && !w.info.sawDone {
		buf := append(w.tail, p[:n]...)
		for _, m := range doneMarks {
			if bytes.Contains(buf, m) {
				w.info.sawDone = true
			}
		}
		w.tail = append([]byte(nil), buf[max(0, len(buf)-doneTail):]...)
	}
	return n, err
}
