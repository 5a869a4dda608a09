package slackbot_test

import (
	"encoding/json"
	"fmt"
	"github.com/healthbot/healthbot/internal/chatkit"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/healthbot/healthbot/slackbot"
)

// Slack as an AI app ("Agents & AI Apps"): assistant threads with
// suggested prompts, a title and a status, answers streamed with
// chat.startStream / appendStream / stopStream, 👍/👎 as feedback_buttons,
// and the placeholder edited in place where streaming is refused. All on
// the fake clock: the batching of the stream is checked exactly.

const (
	assistantDM     = "DSTAFF001"
	assistantThread = "1700000100.000001"
	nanlingQuestion = "南陵县2023年在家庭医生签约方面做了哪些工作？"
)

// figureReply is an LLM answer giving the samples' figure, citing the
// source that holds it, long enough to stream for several seconds.
func figureReply(msgs []map[string]string) string {
	n := sourceWith(userPrompt(msgs), "50.2%")
	return fmt.Sprintf("根据资料，南陵县2023年家庭医生总签约率为50.2%% [%d]，各分项指标均超过省市要求 [%d]。", n, n) +
		strings.Repeat(fmt.Sprintf("国家基本公共卫生原12项基本公共卫生服务均已达到市级序时各项目标 [%d]。", n), 6)
}

// An assistant thread gets the suggested prompts when it starts and keeps
// its context; a question in it gets the status and the thread's title,
// then the answer streamed in batches (one call a second at most, each of
// at least StreamBuffer runes) and closed with its source and 👍/👎.
func TestSlackAssistantThreadStreamsAnswer(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		f := newFakeLLM(t, figureReply)
		f.Every = 300 * time.Millisecond // seven runes each: about 11 s of writing
		b := llmBot(t, f, sampleIndex(t), 90*time.Second)
		r := startSlackWith(t, b, slackbot.SlackOptions{}, func(f *fakeSlack) { f.ai = true })
		r.send(assistantEnvelope("env-start", "EvStart", "assistant_thread_started", assistantDM, assistantThread, office))
		r.waitFor("the suggested prompts", func(calls []apiCall, _ []ackRecord) bool {
			return len(byMethod(calls, "assistant.threads.setSuggestedPrompts")) > 0
		})
		calls, _ := r.snapshot()
		p := byMethod(calls, "assistant.threads.setSuggestedPrompts")[0]
		var prompts []struct{ Title, Message string }
		if err := json.Unmarshal([]byte(p.Text), &prompts); err != nil || len(prompts) != 3 ||
			p.Channel != assistantDM || p.ThreadTS != assistantThread || p.Form.Get("title") == "" {
			t.Fatalf("suggested prompts: %+v (%v)", p.Form, err)
		}
		for i, want := range []string{"签约率是多少", "做了哪些", "起草"} {
			if !strings.Contains(prompts[i].Message, want) {
				t.Errorf("prompt %d is %q, want one with %q", i+1, prompts[i].Message, want)
			}
		}
		const planning = "CPLANNING1"
		r.send(assistantEnvelope("env-ctx", "EvCtx", "assistant_thread_context_changed", assistantDM, assistantThread, planning))
		r.send(eventEnvelope("env-q", "EvQ", 0, messageEvent(assistantDM, "im", "1700000101.000001", assistantThread, staff, nanlingQuestion), false))
		r.waitFor("the streamed answer", func(calls []apiCall, _ []ackRecord) bool {
			s := streamedIn(calls, assistantDM, assistantThread)
			return len(s) == 1 && s[0].Stop.Seq > 0
		})
		stopped(t, r)
		calls, _ = r.snapshot()
		status, title := byMethod(calls, "assistant.threads.setStatus"), byMethod(calls, "assistant.threads.setTitle")
		if len(status) != 1 || status[0].Text != "正在查找资料…" || status[0].ThreadTS != assistantThread {
			t.Errorf("status: %s", describeCalls(status))
		}
		if len(title) != 1 || !strings.Contains(title[0].Text, "家庭医生签约") || utf8.RuneCountInString(title[0].Text) > 30 {
			t.Errorf("title: %s", describeCalls(title))
		}
		ans := streamedIn(calls, assistantDM, assistantThread)[0]
		if ans.Calls[0].Seq < status[0].Seq {
			t.Errorf("streaming began before the status was set")
		}
		want := figureReply([]map[string]string{{"role": "user", "content": lastPrompt(f)}})
		if ans.Text != want {
			t.Errorf("streamed text\n%s\nwant the whole answer\n%s", ans.Text, want)
		}
		appends := byMethod(ans.Calls, "chat.appendStream")
		if len(appends) < 3 {
			t.Errorf("%d appends, want the answer streamed in batches: %s", len(appends), describeCalls(ans.Calls))
		}
		for i, c := range ans.Calls[1 : len(ans.Calls)-1] {
			if gap := c.At.Sub(ans.Calls[i].At); gap < time.Second {
				t.Errorf("stream calls %d and %d %s apart, want a second at least", i+1, i+2, gap)
			}
			if n := utf8.RuneCountInString(c.Text); n < 64 && c.At.Sub(ans.Calls[i].At) < 2*time.Second {
				t.Errorf("append %d of %d runes after %s: neither a batch nor held long", i+1, n, c.At.Sub(ans.Calls[i].At))
			}
		}
		tail := blockText(ans.Stop.Blocks)
		if !strings.Contains(tail, expectedTitle(t, offlineBot(t))) || !strings.Contains(ans.Stop.Blocks, "feedback_buttons") ||
			!strings.HasPrefix(feedbackValue(ans.Stop.Blocks, "positive_button"), "positive:") {
			t.Errorf("the stream does not close with the source and 👍/👎: %s", ans.Stop.Blocks)
		}
		for _, m := range []string{"chat.postMessage", "chat.update"} {
			if got := byMethod(inThread(calls, assistantDM, assistantThread), m); len(got) != 0 {
				t.Errorf("%s in a streamed answer: %s", m, describeCalls(got))
			}
		}
		if !strings.Contains(r.logs.String(), "viewing="+planning) {
			t.Errorf("the thread's context change was not kept")
		}
	})
}

// lastPrompt is the last message the fake LLM received: the user prompt
// of its last request.
func lastPrompt(f *fakeLLM) string {
	p := f.Prompts()
	return p[len(p)-1]
}

// A mention in a channel is streamed to the asker (Slack needs the
// recipient there) and closed with feedback_buttons, whose click is stored.
func TestSlackStreamsInChannelAndStoresFeedback(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		dir := t.TempDir()
		r := startSlack(t, slackbot.SlackOptions{Limits: chatkit.Limits{DataDir: dir}}, func(f *fakeSlack) { f.ai = true })
		ts := "1700000000.000001"
		r.send(eventEnvelope("env-1", "Ev1", 0, mentionEvent(office, ts, "", figureQuestion), false))
		r.waitFor("the streamed answer", func(calls []apiCall, _ []ackRecord) bool {
			s := streamedIn(calls, office, ts)
			return len(s) == 1 && s[0].Stop.Seq > 0
		})
		calls, _ := r.snapshot()
		ans := streamedIn(calls, office, ts)[0]
		start := ans.Calls[0]
		if start.Form.Get("recipient_user_id") != staff || start.Form.Get("recipient_team_id") != "T0BUREAU" {
			t.Errorf("not streamed to the asker: %v", start.Form)
		}
		if !strings.Contains(ans.Text, "50.2%") || strings.Contains(ans.Text, ">") {
			t.Errorf("streamed text: %s", ans.Text)
		}
		if got := byMethod(calls, "assistant.threads.setTitle"); len(got) != 0 {
			t.Errorf("a channel thread titled: %s", describeCalls(got))
		}
		value := feedbackValue(ans.Stop.Blocks, "negative_button")
		r.send(feedbackClickEnvelope("env-vote", office, ans.Stop.TS, ts, value, r.respURL+"/vote"))
		r.waitFor("the thanks", func(calls []apiCall, _ []ackRecord) bool {
			for _, c := range calls {
				if c.Path == "/vote" && strings.Contains(c.Text, "感谢") {
					return true
				}
			}
			return false
		})
		recs, _, err := slackbot.ReadFeedback(filepath.Join(dir, slackbot.FeedbackFile))
		if err != nil || len(recs) != 1 || recs[0].Vote != slackbot.VoteDown || recs[0].Question != figureQuestion ||
			recs[0].MessageTS != ans.Stop.TS || !strings.Contains(recs[0].Answer, "50.2%") {
			t.Fatalf("feedback: %+v (%v)", recs, err)
		}
	})
}

// Where Slack refuses to start a stream, the answer goes on in a
// placeholder edited in place, and its last edit is the whole answer.
func TestSlackStreamRefusedFallsBackToUpdate(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		f := newFakeLLM(t, figureReply)
		f.Every = 50 * time.Millisecond
		b := llmBot(t, f, sampleIndex(t), 90*time.Second)
		r := startSlackWith(t, b, slackbot.SlackOptions{}, func(f *fakeSlack) { f.ai, f.refuseStart = true, "not_allowed" })
		ts, ans := r.askInChannel(t, 1, office, nanlingQuestion)
		stopped(t, r)
		calls, _ := r.snapshot()
		if got := streamedIn(calls, office, ts); len(got) != 0 {
			t.Errorf("a refused stream went on: %+v", got)
		}
		thread := inThread(calls, office, ts)
		posts := byMethod(thread, "chat.postMessage")
		if len(posts) != 1 || posts[0].Text != placeholderText || ans.TS != posts[0].TS {
			t.Fatalf("want the placeholder, edited into the answer: %s", describeCalls(thread))
		}
		if len(byMethod(thread, "chat.update")) < 3 {
			t.Errorf("the answer was not shown as it was written: %s", describeCalls(thread))
		}
		text := blockText(ans.Blocks)
		want := figureReply([]map[string]string{{"role": "user", "content": lastPrompt(f)}})
		for _, w := range []string{want, expectedTitle(t, offlineBot(t)), "👍"} {
			if !strings.Contains(text, w) {
				t.Errorf("the last edit lacks %q:\n%s", w, text)
			}
		}
	})
}
