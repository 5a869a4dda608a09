package llm

import (
	"context"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestStallBeforeContentRetried(t *testing.T) {
	bubble(t, func(t *testing.T) {
		for name, hang := range map[string]func(w http.ResponseWriter, r *http.Request) time.Duration{
			"before headers": func(w http.ResponseWriter, r *http.Request) time.Duration { return stall(r) },
			"after headers": func(w http.ResponseWriter, r *http.Request) time.Duration {
				startSSE(w)
				return stall(r)
			},
			"after role chunk": func(w http.ResponseWriter, r *http.Request) time.Duration {
				startSSE(w)
				event(w, `{"choices":[{"index":0,"delta":{"role":"assistant"},"finish_reason":null}]}`)
				return stall(r)
			},
			// Keep-alive comments are not data: they do not reset the timer.
			"keep-alive comments": func(w http.ResponseWriter, r *http.Request) time.Duration {
				startSSE(w)
				start := time.Now()
				for {
					select {
					case <-r.Context().Done():
						return time.Since(start)
					case <-time.After(40 * time.Millisecond):
						io.WriteString(w, ": keep-alive\n\n")
						w.(http.Flusher).Flush()
					}
				}
			},
		} {
			abandoned := make(chan time.Duration, 1)
			f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
				if n == 1 {
					abandoned <- hang(w, r)
					return
				}
				reply(w, "第二次", "成功")
			})
			c := f.client(t, func(cfg *Config) { cfg.FirstTokenTimeout = 100 * time.Millisecond })
			var got collector
			text, err := c.Complete(context.Background(), conv, got.add)
			if err != nil || text != "第二次成功" || got.joined() != text {
				t.Errorf("%s: text %q, deltas %q, err %v", name, text, got.deltas, err)
			}
			if f.n() != 2 {
				t.Errorf("%s: %d calls, want 2", name, f.n())
				continue
			}
			// The first attempt is abandoned after exactly FirstTokenTimeout
			// of silence, then retried after a backoff of at most 500ms.
			if d := <-abandoned; d != 100*time.Millisecond {
				t.Errorf("%s: first attempt abandoned after %s of silence, want 100ms", name, d)
			}
			if w := f.start(2).Sub(f.start(1)); w < 100*time.Millisecond || w > 600*time.Millisecond {
				t.Errorf("%s: second call %s after the first, want 100ms stall + at most 500ms backoff", name, w)
			}
		}
	})
}

func TestStallExhausted(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) { startSSE(w); stall(r) })
		c := f.client(t, func(cfg *Config) { cfg.FirstTokenTimeout = 50 * time.Millisecond; cfg.MaxRetries = 1 })
		_, err := c.Complete(context.Background(), conv, nil)
		if !errors.Is(err, ErrUnavailable) || f.n() != 2 || !strings.Contains(err.Error(), "stalled") {
			t.Errorf("err %v, %d calls", err, f.n())
		}
		if errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("a stall must not look like the caller's deadline: %v", err)
		}
	})
}

func TestRequestTimeoutRetried(t *testing.T) {
	bubble(t, func(t *testing.T) {
		// Content arrives every 50ms, so no stall, but the whole attempt
		// takes longer than RequestTimeout; nothing was shown (nil
		// onDelta), so it is retried.
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			if n > 1 {
				reply(w, "快")
				return
			}
			startSSE(w)
			for {
				event(w, chunk("慢", ""))
				select {
				case <-r.Context().Done():
					return
				case <-time.After(50 * time.Millisecond):
				}
			}
		})
		c := f.client(t, func(cfg *Config) { cfg.FirstTokenTimeout = time.Second; cfg.RequestTimeout = 2 * time.Second })
		text, err := c.Complete(context.Background(), conv, nil)
		if err != nil || text != "快" || f.n() != 2 {
			t.Fatalf("text %q, err %v, %d calls", text, err, f.n())
		}
		if w := f.start(2).Sub(f.start(1)); w < 2*time.Second || w > 2500*time.Millisecond {
			t.Errorf("second call %s after the first, want the 2s timeout + at most 500ms backoff", w)
		}
	})
}

func TestCutAfterContent(t *testing.T) {
	bubble(t, func(t *testing.T) {
		cuts := map[string]func(w http.ResponseWriter, r *http.Request){
			// The connection drops mid-body (unexpected EOF).
			"abort": func(w http.ResponseWriter, r *http.Request) { panic(http.ErrAbortHandler) },
			// The body ends cleanly but without finish_reason or [DONE].
			"eof": func(w http.ResponseWriter, r *http.Request) {},
			// The server stops sending.
			"stall": func(w http.ResponseWriter, r *http.Request) { stall(r) },
			// A malformed chunk after content.
			"malformed": func(w http.ResponseWriter, r *http.Request) {
				event(w, `{"choices":[{"index":0,"delta":{"content":"x"`)
			},
			// An error event in the stream.
			"error event": func(w http.ResponseWriter, r *http.Request) {
				event(w, `{"error":{"message":"engine died","type":"server_error"}}`)
			},
		}
		for name, cut := range cuts {
			f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
				startSSE(w)
				event(w, chunk("第一段", ""))
				event(w, chunk("第二段", ""))
				cut(w, r)
			})
			c := f.client(t, func(cfg *Config) { cfg.FirstTokenTimeout = 100 * time.Millisecond })
			var got collector
			text, err := c.Complete(context.Background(), conv, got.add)
			if !errors.Is(err, ErrStreamCut) {
				t.Errorf("%s: err %v, want ErrStreamCut", name, err)
				continue
			}
			if errors.Is(err, ErrUnavailable) {
				t.Errorf("%s: ErrStreamCut must not also be ErrUnavailable", name)
			}
			if text != "第一段第二段" || got.joined() != text {
				t.Errorf("%s: text %q, deltas %q", name, text, got.deltas)
			}
			if f.n() != 1 {
				t.Errorf("%s: %d calls, want 1 (no second reply)", name, f.n())
			}
			if !strings.Contains(err.Error(), "after 6 characters") {
				t.Errorf("%s: message %q", name, err)
			}
		}
	})
}

func TestCutWithoutOnDeltaRetried(t *testing.T) {
	bubble(t, func(t *testing.T) {
		// Nothing was shown, so a cut stream may be replaced by a new attempt.
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			if n == 1 {
				startSSE(w)
				event(w, chunk("半截", ""))
				panic(http.ErrAbortHandler)
			}
			reply(w, "完整回答")
		})
		text, err := f.client(t, nil).Complete(context.Background(), conv, nil)
		if err != nil || text != "完整回答" || f.n() != 2 {
			t.Errorf("text %q, err %v, %d calls", text, err, f.n())
		}
	})
}

func TestCancelMidStream(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			startSSE(w)
			event(w, chunk("部分", ""))
			stall(r)
		})
		c := f.client(t, func(cfg *Config) { cfg.FirstTokenTimeout = 5 * time.Second })
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		start := time.Now()
		text, err := c.Complete(ctx, conv, func(string) { cancel() })
		if !errors.Is(err, ErrStreamCut) || !errors.Is(err, context.Canceled) || text != "部分" {
			t.Errorf("text %q, err %v", text, err)
		}
		if el := time.Since(start); el != 0 {
			t.Errorf("took %s, want no wait at all", el)
		}
	})
}

func TestMalformedResponses(t *testing.T) {
	bubble(t, func(t *testing.T) {
		// One malformed attempt, then a good one.
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			if n == 1 {
				startSSE(w)
				event(w, `{"choices":[{"index":0,"delta":{"content":`)
				return
			}
			reply(w, "正常")
		})
		var got collector
		text, err := f.client(t, nil).Complete(context.Background(), conv, got.add)
		if err != nil || text != "正常" || got.joined() != "正常" || f.n() != 2 {
			t.Errorf("text %q, deltas %q, err %v, %d calls", text, got.deltas, err, f.n())
		}

		// Always malformed: retried once only, although MaxRetries is 3.
		always := map[string]func(w http.ResponseWriter){
			"bad json": func(w http.ResponseWriter) { startSSE(w); event(w, "{not json}") },
			"no choices": func(w http.ResponseWriter) {
				startSSE(w)
				event(w, `{"id":"c","object":"chat.completion.chunk","choices":[]}`)
				done(w)
			},
			"html 200": func(w http.ResponseWriter) {
				w.Header().Set("Content-Type", "text/html; charset=utf-8")
				io.WriteString(w, "<!DOCTYPE html>\n<html><body>欢迎访问</body></html>\n")
			},
			"json 200 not chat": func(w http.ResponseWriter) {
				w.Header().Set("Content-Type", "application/json")
				io.WriteString(w, `{"object":"list","data":[]}`)
			},
			"error event": func(w http.ResponseWriter) {
				startSSE(w)
				event(w, `{"error":{"message":"engine overloaded","type":"server_error"}}`)
			},
		}
		for name, write := range always {
			f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) { write(w) })
			text, err := f.client(t, nil).Complete(context.Background(), conv, got.add)
			if !errors.Is(err, ErrUnavailable) || text != "" || f.n() != 2 {
				t.Errorf("%s: text %q, err %v, %d calls; want ErrUnavailable after 2", name, text, err, f.n())
			}
		}
	})
}

func TestKeyRedactedFromStreamErrors(t *testing.T) {
	bubble(t, func(t *testing.T) {
		f := newFake(t, func(n int, w http.ResponseWriter, r *http.Request) {
			startSSE(w)
			event(w, `{"error":{"message":"bad key `+testKey+`","type":"invalid_request_error"}}`)
		})
		_, err := f.client(t, nil).Complete(context.Background(), conv, nil)
		if !errors.Is(err, ErrBadRequest) || f.n() != 1 {
			t.Errorf("err %v, %d calls", err, f.n())
		}
		noKey(t, err)
	})
}
