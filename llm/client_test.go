package llm

import (
	"context"
	"errors"
	"io"
	"math"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestCompleteStreamsReply(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			startSSE(w)
			event(w, `{"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}`)
			// DeepSeek-R1 style reasoning: must not reach the reply.
			event(w, `{"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":null,"reasoning_content":"先想一想"},"finish_reason":null}]}`)
			for _, p := range []string{"2023年", "婴儿死亡率", "为 3.1‰。"} {
				event(w, chunk(p, ""))
			}
			event(w, chunk("", "stop"))
			event(w, `{"id":"c","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}`)
			done(w)
		})
		c := f.client(t, nil)
		if c.Model() != "test-model" {
			t.Errorf("Model() = %q", c.Model())
		}
		var got collector
		text, err := c.Complete(context.Background(), conv, got.add)
		if err != nil {
			t.Fatalf("Complete: %v", err)
		}
		want := "2023年婴儿死亡率为 3.1‰。"
		if text != want {
			t.Errorf("text = %q, want %q", text, want)
		}
		if strings.Join(got.deltas, "|") != "2023年|婴儿死亡率|为 3.1‰。" {
			t.Errorf("deltas = %q", got.deltas)
		}
		if f.n() != 1 {
			t.Errorf("%d calls, want 1", f.n())
		}

		body := f.body(0)
		if body["model"] != "test-model" {
			t.Errorf("model = %v", body["model"])
		}
		if temp, ok := body["temperature"].(float64); !ok || math.Abs(temp-0.2) > 1e-6 {
			t.Errorf("temperature = %v, want 0.2", body["temperature"])
		}
		if body["max_tokens"] != float64(256) {
			t.Errorf("max_tokens = %v, want 256", body["max_tokens"])
		}
		msgs, _ := body["messages"].([]any)
		if len(msgs) != 2 {
			t.Fatalf("messages = %v", body["messages"])
		}
		for i, m := range msgs {
			mm, _ := m.(map[string]any)
			if mm["role"] != conv[i].Role || mm["content"] != conv[i].Content {
				t.Errorf("message %d = %v, want %+v", i, mm, conv[i])
			}
		}
	})
}

func TestRequestParameters(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) { reply(w, "好") })

		// Temperature 0 is sent (not dropped as go-openai would), as ~0.
		c := f.client(t, func(cfg *Config) { cfg.Temperature = 0 })
		if _, err := c.Complete(context.Background(), conv, nil); err != nil {
			t.Fatal(err)
		}
		if temp, ok := f.body(0)["temperature"].(float64); !ok || temp > 1e-6 {
			t.Errorf("temperature = %v, want present and ~0", f.body(0)["temperature"])
		}

		// Negative temperature and zero max tokens leave the provider defaults;
		// no key means no Authorization header.
		f.wantAuth = ""
		c = f.client(t, func(cfg *Config) { cfg.Temperature = -1; cfg.MaxTokens = 0; cfg.APIKey = "" })
		if _, err := c.Complete(context.Background(), conv, nil); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"temperature", "max_tokens"} {
			if v, ok := f.body(1)[k]; ok {
				t.Errorf("%s = %v, want it omitted", k, v)
			}
		}
	})
}

func TestNonStreamingJSONReply(t *testing.T) {
	bubble(t, func(t *testing.T) {
		// Some proxies ignore stream=true and answer with a whole completion.
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json; charset=utf-8")
			io.WriteString(w, `{"id":"c","object":"chat.completion","model":"test-model","choices":[{"index":0,`+
				`"message":{"role":"assistant","content":"整段回答","reasoning_content":"思考"},"finish_reason":"stop"}],`+
				`"usage":{"prompt_tokens":1,"completion_tokens":2,"total_tokens":3}}`)
		})
		var got collector
		text, err := f.client(t, nil).Complete(context.Background(), conv, got.add)
		if err != nil || text != "整段回答" || got.joined() != "整段回答" {
			t.Fatalf("text %q, deltas %q, err %v", text, got.deltas, err)
		}
	})
}

func TestDoneWithoutFinishReason(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			startSSE(w)
			event(w, chunk("没有", ""))
			event(w, chunk("finish_reason", ""))
			done(w)
		})
		text, err := f.client(t, nil).Complete(context.Background(), conv, func(string) {})
		if err != nil || text != "没有finish_reason" {
			t.Fatalf("text %q, err %v", text, err)
		}
	})
}

func TestTruncated(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			startSSE(w)
			event(w, chunk("前半部分", ""))
			event(w, chunk("", "length"))
			done(w)
		})
		var got collector
		text, err := f.client(t, nil).Complete(context.Background(), conv, got.add)
		if !errors.Is(err, ErrTruncated) {
			t.Fatalf("err = %v, want ErrTruncated", err)
		}
		if errors.Is(err, ErrStreamCut) || errors.Is(err, ErrUnavailable) {
			t.Errorf("err %v matches more than ErrTruncated", err)
		}
		if text != "前半部分" || got.joined() != "前半部分" {
			t.Errorf("text %q, deltas %q", text, got.deltas)
		}
		if f.n() != 1 {
			t.Errorf("%d calls, want 1", f.n())
		}

		// Reasoning spent every token: nothing usable, fall back.
		f2 := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			startSSE(w)
			event(w, `{"choices":[{"index":0,"delta":{"reasoning_content":"想了很久"},"finish_reason":"length"}]}`)
			done(w)
		})
		text, err = f2.client(t, nil).Complete(context.Background(), conv, got.add)
		if !errors.Is(err, ErrUnavailable) || text != "" || f2.n() != 1 {
			t.Errorf("text %q, err %v, %d calls; want ErrUnavailable after 1 call", text, err, f2.n())
		}
	})
}

func TestNewValidates(t *testing.T) {
	bubble(t, func(t *testing.T) {
		ok := Config{BaseURL: "https://api.deepseek.com/v1", Model: "deepseek-chat", APIKey: testKey}
		if _, err := New(ok); err != nil {
			t.Fatalf("New(valid) = %v", err)
		}
		for name, mutate := range map[string]func(*Config){
			"no base":        func(c *Config) { c.BaseURL = "" },
			"no scheme":      func(c *Config) { c.BaseURL = "api.deepseek.com/v1" },
			"full path":      func(c *Config) { c.BaseURL = "https://api.deepseek.com/v1/chat/completions" },
			"no model":       func(c *Config) { c.Model = " " },
			"hot":            func(c *Config) { c.Temperature = 2.5 },
			"nan":            func(c *Config) { c.Temperature = float32(math.NaN()) },
			"neg tokens":     func(c *Config) { c.MaxTokens = -1 },
			"neg timeout":    func(c *Config) { c.RequestTimeout = -time.Second },
			"client timeout": func(c *Config) { c.HTTPClient = &http.Client{Timeout: time.Second} },
			"key newline":    func(c *Config) { c.APIKey = "sk-a\nb" + testKey },
		} {
			cfg := ok
			mutate(&cfg)
			_, err := New(cfg)
			if err == nil {
				t.Errorf("%s: New succeeded", name)
				continue
			}
			noKey(t, err)
			if !strings.HasPrefix(err.Error(), "llm: ") {
				t.Errorf("%s: error %q lacks the llm: prefix", name, err)
			}
		}
	})
}

func TestBadMessages(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) { reply(w, "x") })
		c := f.client(t, nil)
		for _, msgs := range [][]Message{nil, {{Role: "tool", Content: "x"}}} {
			if _, err := c.Complete(context.Background(), msgs, nil); !errors.Is(err, ErrBadRequest) {
				t.Errorf("Complete(%v) err = %v, want ErrBadRequest", msgs, err)
			}
		}
		if f.n() != 0 {
			t.Errorf("%d calls, want 0", f.n())
		}
	})
}

func TestReasoningModelParameters(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) { reply(w, "ok") })
		c := f.client(t, func(cfg *Config) { cfg.Model = "o3-mini" })
		if _, err := c.Complete(context.Background(), conv, nil); err != nil {
			t.Fatal(err)
		}
		b := f.body(0)
		if _, ok := b["temperature"]; ok {
			t.Errorf("temperature sent to a reasoning model")
		}
		if b["max_completion_tokens"] != float64(256) || b["max_tokens"] != nil {
			t.Errorf("max_completion_tokens = %v, max_tokens = %v", b["max_completion_tokens"], b["max_tokens"])
		}

		// OpenAI itself gets max_completion_tokens for every model (the
		// in-memory connection never leaves the process).
		c = f.client(t, func(cfg *Config) { cfg.BaseURL = "http://api.openai.com/v1"; cfg.Model = "gpt-4o" })
		if _, err := c.Complete(context.Background(), conv, nil); err != nil {
			t.Fatal(err)
		}
		b = f.body(1)
		if b["max_completion_tokens"] != float64(256) || b["max_tokens"] != nil || b["temperature"] == nil {
			t.Errorf("OpenAI: max_completion_tokens = %v, max_tokens = %v, temperature = %v",
				b["max_completion_tokens"], b["max_tokens"], b["temperature"])
		}
	})
}

func TestEventStreamLabelledJSON(t *testing.T) {
	bubble(t, func(t *testing.T) {
		// A proxy that streams but labels the body application/json.
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusOK)
			event(w, chunk("流式", ""))
			event(w, chunk("回答", "stop"))
			done(w)
		})
		var got collector
		text, err := f.client(t, nil).Complete(context.Background(), conv, got.add)
		if err != nil || text != "流式回答" || strings.Join(got.deltas, "|") != "流式|回答" {
			t.Fatalf("text %q, deltas %q, err %v", text, got.deltas, err)
		}
	})
}
