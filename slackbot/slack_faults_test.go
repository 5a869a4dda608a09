package slackbot_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/slack-go/slack/socketmode"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/slackbot"
)

// Faults: the LLM endpoint and Slack misbehave in the ways they do in
// production; every question still gets exactly one reply, in bounded
// time, which says so when the answer had to degrade.
//
// Each fault runs in a synctest bubble (memnet_test.go) against the
// production limits: an LLM request 60 s, its first token 20 s, 3 retries,
// 90 s for the whole generation, a streaming edit a second. On the fake
// clock a 20 s stall takes no time, and what happened is exact: how many
// LLM calls were made and when the reply came do not depend on the
// machine's speed.

const chronicQuestion = "去年在慢性病防控方面做了哪些工作？"

// The production limits, spelled out where the expectations depend on them.
var faultTimeouts = llmTimeouts{} // request 60 s, first token 20 s, 3 retries

const (
	faultLLMDeadline = 90 * time.Second // bot.Options.LLMTimeout's default
	firstTokenWindow = 20 * time.Second // llm.Config.FirstTokenTimeout's default
)

// mention asks in a new thread of office and returns its ts and when it
// was sent.
func (fs *faultSlack) mention(n int, text string) (ts string, sent time.Time) {
	ts = fmt.Sprintf("1700000000.%06d", n)
	sent = time.Now()
	fs.send(eventEnvelope(fmt.Sprintf("env-%d", n), fmt.Sprintf("Ev%d", n), 0, mentionEvent(office, ts, "", text), false))
	return ts, sent
}

// replyTo waits for the first reply in thread ts of office and returns it
// with the time it took (fake time, exact).
func (fs *faultSlack) replyTo(t *testing.T, ts string, sent time.Time) (apiCall, time.Duration) {
	t.Helper()
	waitUntil(t, waitLimit, fs.changed, func() bool { _, ok := fs.repliedAt(office, ts); return ok }, func() string {
		calls, acks := fs.snapshot()
		return fmt.Sprintf("a reply in thread %s\ncalls: %s\nacks: %+v", ts, describeCalls(calls), acks)
	})
	at, _ := fs.repliedAt(office, ts)
	calls, _ := fs.snapshot()
	return repliesIn(calls, office, ts)[0], at.Sub(sent)
}

// onlyReply checks that thread ts of office has one reply after one
// placeholder. Call it once the adapter has stopped (all its work done),
// so that a late duplicate would be counted.
func (fs *faultSlack) onlyReply(t *testing.T, ts string) {
	t.Helper()
	calls, _ := fs.snapshot()
	if n := len(repliesIn(calls, office, ts)); n != 1 {
		t.Errorf("%d replies in thread %s, want 1: %s", n, ts, describeCalls(inThread(calls, office, ts)))
	}
	if n := len(placeholdersIn(calls, office, ts)); n != 1 {
		t.Errorf("%d placeholders in thread %s, want 1", n, ts)
	}
}

// warning is the ⚠ line of a reply, or says there is none.
func warning(text string) string {
	for line := range strings.Lines(text) {
		if strings.Contains(line, "⚠") {
			return strings.TrimSpace(line)
		}
	}
	return "no warning"
}

// TestSlackFaults attacks the LLM endpoint, the Web API and the socket,
// each fault in a parallel subtest with its own bubble.
func TestSlackFaults(t *testing.T) {
	for name, group := range map[string]func(*testing.T){"LLM": faultsLLM, "WebAPI": faultsWebAPI, "Socket": faultsSocket} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			group(t)
		})
	}
}

// faultsLLM: the LLM endpoint answers 429s, 500s, malformed chunks, cuts
// its stream or stalls. When a retry succeeds the reply is the LLM's
// answer; otherwise it is the extractive answer with the ⚠ note saying the
// LLM service failed. Never two replies, never none, never after the LLM
// deadline.
func faultsLLM(t *testing.T) {
	ok := llmStep{Every: 50 * time.Millisecond}
	stall := llmStep{Stall: true}
	tests := []struct {
		name    string
		script  []llmStep
		wantLLM bool
		calls   int           // LLM calls expected
		after   time.Duration // the reply cannot come sooner (a Retry-After, a timeout)
		note    string        // in the ⚠ note of an extractive reply
	}{
		{"429 with Retry-After, then success", []llmStep{{Status: 429, RetryAfter: "1"}, ok}, true, 2, time.Second, ""},
		{"429 with Retry-After every time", []llmStep{{Status: 429, RetryAfter: "1"}}, false, 4, 3 * time.Second, "暂时不可用"},
		// At 60 s a third 30 s wait would reach the 90 s deadline: no retry.
		{"429 with Retry-After 30 every time", []llmStep{{Status: 429, RetryAfter: "30"}}, false, 3, 60 * time.Second, "暂时不可用"},
		{"500, then success", []llmStep{{Status: 500}, ok}, true, 2, 0, ""},
		{"500 every time", []llmStep{{Status: 500}}, false, 4, 0, "暂时不可用"},
		{"502 HTML page every time", []llmStep{{Status: 502}}, false, 4, 0, "暂时不可用"},
		{"malformed first chunk, then success", []llmStep{{Malformed: 1}, ok}, true, 2, 0, ""},
		{"malformed first chunk every time", []llmStep{{Malformed: 1}}, false, 2, 0, "暂时不可用"},
		{"malformed chunk mid-stream", []llmStep{{Malformed: 6, Every: 50 * time.Millisecond}}, false, 1, 0, "大模型服务"},
		{"stream cut halfway", []llmStep{{Cut: true, CutAfter: 20, Every: 50 * time.Millisecond}}, false, 1, 0, "大模型服务"},
		{"stream cut before any content, then success", []llmStep{{Cut: true}, ok}, true, 2, 0, ""},
		{"stall before the response, then success", []llmStep{stall, ok}, true, 2, firstTokenWindow, ""},
		// Four attempts of 20 s, and the backoffs (at most 3.5 s): 80–83.5 s.
		{"stall before the response every time", []llmStep{stall}, false, 4, 4 * firstTokenWindow, "大模型服务"},
		{"60 s before the response every time", []llmStep{{Wait: 60 * time.Second}}, false, 4, 4 * firstTokenWindow, "大模型服务"},
		{"stall mid-stream", []llmStep{{Stall: true, StallAfter: 10, Every: 50 * time.Millisecond}}, false, 1, firstTokenWindow, "大模型服务"},
		{"first token after 30 s every time", []llmStep{{First: 30 * time.Second}}, false, 4, 4 * firstTokenWindow, "大模型服务"},
		// Chunks 15 s apart never trip the 20 s window; the 60 s request timeout cuts the stream.
		{"chunks 15 s apart", []llmStep{{Every: 15 * time.Second}}, false, 1, 60 * time.Second, "大模型服务"},
		// Retries until 60 s, a stall from 60 to 80 s, a fourth attempt: the deadline ends it.
		{"the deadline ends a stalled retry", []llmStep{{Status: 429, RetryAfter: "30"}, {Status: 429, RetryAfter: "30"}, stall},
			false, 4, faultLLMDeadline, "响应超时"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			inBubble(t, func(t *testing.T) {
				l := newScriptLLM(t, steps(tt.script...), citingReply)
				b := bot.New(sampleIndex(t), clientOf(t, l, faultTimeouts), nil, bot.Options{Now: fixedNow})
				fs := newFaultSlack(t)
				r := runSlackOn(t, fs, b, slackbot.SlackOptions{})
				ts, sent := fs.mention(1, chronicQuestion)
				reply, took := fs.replyTo(t, ts, sent)
				stopped(t, r)
				fs.onlyReply(t, ts)
				text := blockText(reply.Blocks)
				t.Logf("reply after %s, %d LLM calls; %s", took, l.calls.Load(), warning(text))
				if !strings.Contains(reply.Blocks, "feedback_buttons") {
					t.Errorf("the reply is not an answer:\n%s", text)
				}
				if tt.wantLLM {
					if !strings.Contains(text, "综上") || strings.Contains(text, "⚠") {
						t.Errorf("want the LLM's answer without a warning:\n%s", text)
					}
				} else {
					if strings.Contains(text, "综上") || !strings.Contains(warning(text), tt.note) || !strings.Contains(text, "慢性病") {
						t.Errorf("want the extractive answer with the ⚠ note (%q):\n%s", tt.note, text)
					}
				}
				if got := int(l.calls.Load()); got != tt.calls {
					t.Errorf("%d LLM calls, want %d", got, tt.calls)
				}
				if took < tt.after || took > faultLLMDeadline {
					t.Errorf("replied after %s, want between %s and the %s deadline", took, tt.after, faultLLMDeadline)
				}
			})
		})
	}
}

// faultsWebAPI: chat.postMessage and chat.update answer 429 with
// Retry-After: 1; the calls are retried after exactly that wait and the
// reply arrives once. Streaming edits refused are skipped, not retried.
func faultsWebAPI(t *testing.T) {
	tests := []struct {
		name   string
		method string
		n      int
		llm    bool
	}{
		{"chat.postMessage 429 twice", "chat.postMessage", 2, false},
		{"chat.update 429 twice", "chat.update", 2, false},
		// The LLM writes for about 7.6 s: streaming edits at 0, 1, 2, … s,
		// the first four refused.
		{"chat.update 429 while streaming", "chat.update", 4, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			inBubble(t, func(t *testing.T) {
				var model bot.LLM
				if tt.llm {
					l := newScriptLLM(t, steps(llmStep{Every: 200 * time.Millisecond}), citingReply)
					model = clientOf(t, l, faultTimeouts)
				}
				b := bot.New(sampleIndex(t), model, nil, bot.Options{Now: fixedNow})
				fs := newFaultSlack(t)
				fs.rateLimit(tt.method, tt.n, "1")
				r := runSlackOn(t, fs, b, slackbot.SlackOptions{})
				question := figureQuestion
				if tt.llm {
					question = chronicQuestion
				}
				ts, sent := fs.mention(1, question)
				reply, took := fs.replyTo(t, ts, sent)
				stopped(t, r)
				fs.onlyReply(t, ts)
				calls, _ := fs.snapshot()
				var limited []apiCall
				for _, c := range byMethod(calls, tt.method) {
					if c.Status == http.StatusTooManyRequests {
						limited = append(limited, c)
					}
				}
				t.Logf("reply after %s; %d calls answered 429", took, len(limited))
				if len(limited) != tt.n {
					t.Errorf("%d 429s served, want %d", len(limited), tt.n)
				}
				if !strings.Contains(reply.Blocks, "feedback_buttons") || strings.Contains(blockText(reply.Blocks), "⚠") {
					t.Errorf("reply: %s", blockText(reply.Blocks))
				}
				if tt.llm {
					for _, c := range limited {
						if !strings.Contains(c.Blocks, "正在撰写") {
							t.Errorf("a 429 was served to the final answer, want only to streaming edits: %s", describeCalls(limited))
						}
					}
				} else if want := time.Duration(tt.n) * time.Second; took != want {
					t.Errorf("replied after %s, want after the %d Retry-After waits (%s)", took, tt.n, want)
				}
			})
		})
	}
}

// faultsSocket: the Socket Mode connection is dropped, closed, refreshed
// (disconnect, refresh_requested), goes silent, or cannot be reopened at
// first; slack-go reconnects (apps.connections.open again) and questions
// asked before and after are answered once. An event delivered three
// times, across a reconnect, is answered once; a retry that is the only
// delivery is answered.
func faultsSocket(t *testing.T) {
	start := func(t *testing.T, smOpts ...socketmode.Option) (*faultSlack, *running) {
		fs := newFaultSlack(t)
		r := runSlackOn(t, fs, offlineBot(t), slackbot.SlackOptions{}, smOpts...)
		fs.waitConn(t, 1)
		return fs, r
	}
	waitAck := func(t *testing.T, fs *faultSlack, id string) {
		t.Helper()
		waitUntil(t, waitLimit, fs.changed, func() bool { _, acks := fs.snapshot(); return acked(acks)[id] },
			func() string { return "the ack of envelope " + id })
	}
	// reconnects asks a question in flight across the fault and one after
	// it, and checks both are answered once and the socket was reopened.
	reconnects := func(t *testing.T, fs *faultSlack, r *running, fault func()) {
		t.Helper()
		ts1, sent1 := fs.mention(1, figureQuestion)
		waitAck(t, fs, "env-1")
		fault()
		fs.waitConn(t, 2)
		ts2, sent2 := fs.mention(2, "2023年全年报告了多少例传染病病例？")
		a1, took1 := fs.replyTo(t, ts1, sent1)
		a2, took2 := fs.replyTo(t, ts2, sent2)
		if err, done := r.returned(); done {
			t.Errorf("Run returned: %v", err)
		}
		stopped(t, r)
		fs.onlyReply(t, ts1)
		fs.onlyReply(t, ts2)
		t.Logf("in flight: replied after %s; after the reconnect: %s; apps.connections.open called %d times",
			took1, took2, fs.openCalls())
		if !strings.Contains(blockText(a1.Blocks), "50.2%") || !strings.Contains(blockText(a2.Blocks), "8350") {
			t.Errorf("answers:\n%s\n%s", blockText(a1.Blocks), blockText(a2.Blocks))
		}
		if fs.openCalls() < 2 {
			t.Errorf("apps.connections.open called %d times, want a reconnect", fs.openCalls())
		}
	}

	tests := map[string]func(t *testing.T){
		"socket dropped": func(t *testing.T) {
			fs, r := start(t)
			reconnects(t, fs, r, func() { fs.drop(false) })
		},
		"socket closed with a close frame": func(t *testing.T) {
			fs, r := start(t)
			reconnects(t, fs, r, func() { fs.drop(true) })
		},
		"disconnect refresh_requested": func(t *testing.T) {
			fs, r := start(t)
			reconnects(t, fs, r, func() {
				fs.send(`{"type":"disconnect","reason":"refresh_requested","debug_info":{"host":"applink-fake"}}`)
			})
		},
		"disconnect warning": func(t *testing.T) {
			fs, r := start(t)
			reconnects(t, fs, r, func() {
				fs.send(`{"type":"disconnect","reason":"warning","debug_info":{"host":"applink-fake"}}`)
			})
		},
		// Slack pings every second here; slack-go gives up on a connection
		// after 30 s without one (its default), and reconnects.
		"socket silent past the ping interval": func(t *testing.T) {
			fs, r := start(t)
			reconnects(t, fs, r, fs.silence)
		},
		"reconnect refused at first": func(t *testing.T) {
			fs, r := start(t)
			reconnects(t, fs, r, func() {
				fs.mu.Lock()
				fs.openFail = []string{"500", "internal_error", "429"}
				fs.mu.Unlock()
				fs.drop(false)
			})
			if n := fs.openCalls(); n != 5 {
				t.Errorf("apps.connections.open called %d times, want 5 (1 + 3 refused + 1)", n)
			}
		},
		"event delivered three times across a reconnect": func(t *testing.T) {
			fs, r := start(t)
			ts := "1700000000.000001"
			ev := mentionEvent(office, ts, "", figureQuestion)
			fs.send(eventEnvelope("env-a", "EvTriple", 0, ev, false))
			waitAck(t, fs, "env-a")
			fs.send(eventEnvelope("env-b", "EvTriple", 1, ev, false))
			waitAck(t, fs, "env-b")
			fs.drop(false)
			fs.waitConn(t, 2)
			fs.send(eventEnvelope("env-c", "EvTriple", 2, ev, false))
			waitAck(t, fs, "env-c")
			stopped(t, r)
			fs.onlyReply(t, ts)
		},
		"a retry is the only delivery": func(t *testing.T) {
			fs, r := start(t)
			ts := "1700000000.000001"
			// The first delivery was attempted while the socket was down.
			sent := time.Now()
			fs.send(eventEnvelope("env-r2", "EvLate", 2, mentionEvent(office, ts, "", figureQuestion), false))
			reply, _ := fs.replyTo(t, ts, sent)
			stopped(t, r)
			fs.onlyReply(t, ts)
			if !strings.Contains(blockText(reply.Blocks), "50.2%") {
				t.Errorf("answer: %s", blockText(reply.Blocks))
			}
		},
	}
	for name, test := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			inBubble(t, test)
		})
	}
}
