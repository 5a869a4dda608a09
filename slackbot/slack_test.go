package slackbot_test

import (
	"context"
	"errors"
	"fmt"
	"github.com/healthbot/healthbot/internal/chatkit"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/slackbot"
)

const figureQuestion = "2023年家庭医生签约率是多少？"

// expectedTitle is the title of the report the figure comes from. (The
// index is opened once per test: bleve locks it.)
func expectedTitle(t *testing.T, b *bot.Bot) string {
	t.Helper()
	a := ask(t, b, nil, figureQuestion)
	if len(a.Sources) == 0 {
		t.Fatal("the sample index does not answer the figure question")
	}
	return a.Sources[0].Title
}

// (1) A mention is acknowledged at once, whatever the work does, then
// answered in its thread: a placeholder, then the rendered answer with the
// figure, its source and the feedback buttons.
func TestSlackMentionAnswersInThread(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		gate := make(chan struct{})
		blocked := make(chan string, 4)
		r := startSlack(t, slackbot.SlackOptions{}, func(f *fakeSlack) { f.gate, f.blocked = gate, blocked })
		ts := "1700000000.000001"
		r.send(eventEnvelope("env-1", "Ev1", 0, mentionEvent(office, ts, "", figureQuestion), false))
		// The work is held up posting the placeholder; the ack must not wait
		// for it. (Which of the two reaches Slack first is slack-go's
		// business: its Ack only queues the frame for its writer.)
		<-blocked
		r.waitFor("the ack, while the work waits", func(_ []apiCall, acks []ackRecord) bool { _, ok := ackOf(acks, "env-1"); return ok })
		close(gate)
		r.waitFor("the answer", func(calls []apiCall, _ []ackRecord) bool { return len(answers(calls, office, ts)) > 0 })
		calls, _ := r.snapshot()
		ans := answers(calls, office, ts)[0]
		thread := inThread(calls, office, ts)
		if len(thread) < 2 || thread[0].Method != "chat.postMessage" || thread[0].Text != "正在查找资料…" {
			t.Fatalf("no placeholder first in the thread: %s", describeCalls(thread))
		}
		if ans.TS != thread[0].TS {
			t.Errorf("the answer edits %s, not the placeholder %s", ans.TS, thread[0].TS)
		}
		text := blockText(ans.Blocks)
		for _, want := range []string{"50.2%", expectedTitle(t, r.bot), "[1]", "👍", "👎", "2023年"} {
			if !strings.Contains(text, want) {
				t.Errorf("answer lacks %q:\n%s", want, text)
			}
		}
		if strings.Contains(text, "理解为") {
			t.Errorf("a question that is not a follow-up shown as reinterpreted:\n%s", text)
		}
		r.mu.Lock()
		appAuth := r.appAuth
		r.mu.Unlock()
		if appAuth != "Bearer "+appToken {
			t.Errorf("socket mode opened with %q, want the app-level token", appAuth)
		}
		if !strings.Contains(ans.Blocks, `"type":"markdown"`) || !strings.Contains(ans.Blocks, `"type":"context_actions"`) {
			t.Errorf("want the text in a markdown block and 👍/👎 as feedback_buttons: %s", ans.Blocks)
		}
		if strings.Contains(text, ">50%") || strings.Contains(text, "<!") {
			t.Errorf("< or > left where Slack reads them:\n%s", text)
		}
		if !strings.Contains(ans.Text, "50.2%") {
			t.Errorf("fallback text lacks the figure: %q", ans.Text)
		}
	})
}

// stopped stops the adapter: once Run has returned, all its work is done,
// and the calls seen are all there will be.
func stopped(t *testing.T, r *running) {
	t.Helper()
	if err := r.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
}

// (2) The same event delivered twice (Slack's retry) is answered once.
func TestSlackDuplicateEventAnsweredOnce(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		r := startSlack(t, slackbot.SlackOptions{}, nil)
		ts := "1700000000.000001"
		ev := mentionEvent(office, ts, "", figureQuestion)
		r.send(eventEnvelope("env-a", "EvSame", 0, ev, false))
		r.send(eventEnvelope("env-b", "EvSame", 1, ev, false))
		// The same message as a message event with another id (both subscriptions).
		r.send(eventEnvelope("env-c", "EvOther", 0, messageEvent(office, "channel", ts, "", staff, "<@"+botUser+"> "+figureQuestion), false))
		// A later question: once it is answered, the duplicates have been handled.
		r.askInChannel(t, 2, office, "家庭医生签约率这几年是怎么变化的？")
		r.waitFor("the first answer", func(calls []apiCall, _ []ackRecord) bool { return len(answers(calls, office, ts)) > 0 })
		stopped(t, r) // all work done: any duplicate would have been posted
		calls, acks := r.snapshot()
		for _, id := range []string{"env-a", "env-b", "env-c"} {
			if _, ok := ackOf(acks, id); !ok {
				t.Errorf("envelope %s not acknowledged", id)
			}
		}
		if n := len(byMethod(inThread(calls, office, ts), "chat.postMessage")); n != 1 {
			t.Errorf("%d messages posted in the thread, want 1: %s", n, describeCalls(calls))
		}
		if n := len(answers(calls, office, ts)); n != 1 {
			t.Errorf("%d answers, want 1", n)
		}
	})
}

// (3) A reply in a thread the bot answered, without a mention, follows up
// on the earlier turn; a reply in another thread is left alone.
func TestSlackThreadFollowUp(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		r := startSlack(t, slackbot.SlackOptions{}, nil)
		ts, _ := r.askInChannel(t, 1, office, figureQuestion)
		other := "1700000099.000001"
		r.send(eventEnvelope("env-x", "EvX", 0, messageEvent(office, "channel", "1700000099.000002", other, staff, "那2016年呢？"), false))
		r.send(eventEnvelope("env-f", "EvF", 0, messageEvent(office, "channel", "1700000001.000001", ts, staff, "那2016年呢？"), false))
		r.waitFor("the follow-up answer", func(calls []apiCall, _ []ackRecord) bool { return len(answers(calls, office, ts)) == 2 })
		stopped(t, r)
		calls, _ := r.snapshot()
		follow := blockText(answers(calls, office, ts)[1].Blocks)
		if !strings.Contains(follow, "理解为") || !strings.Contains(follow, "2016") || !strings.Contains(follow, "家庭医生") {
			t.Errorf("the follow-up did not use the earlier turn:\n%s", follow)
		}
		if strings.Contains(follow, "50.2") && !strings.Contains(follow, "其他年份") {
			t.Errorf("2023's figure given for 2016:\n%s", follow)
		}
		if got := inThread(calls, office, other); len(got) != 0 {
			t.Errorf("answered in a thread it was never in: %s", describeCalls(got))
		}
	})
}

// (4) /healthbot answers privately (response_url) with a share button;
// clicking it posts the answer to the channel.
func TestSlackCommandPrivateAnswerAndShare(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		r := startSlack(t, slackbot.SlackOptions{}, nil)
		r.send(commandEnvelope("env-cmd", office, "ask "+figureQuestion, r.respURL+"/command"))
		r.waitFor("the private answer", func(calls []apiCall, _ []ackRecord) bool {
			for _, c := range calls {
				if c.Path == "/command" && strings.Contains(c.Blocks, actionShare) {
					return true
				}
			}
			return false
		})
		calls, acks := r.snapshot()
		ack, ok := ackOf(acks, "env-cmd")
		if !ok || ack.Payload["response_type"] != "ephemeral" || ack.Payload["text"] != "正在查找资料…" {
			t.Errorf("command ack: %+v (found %v)", ack, ok)
		}
		var private apiCall
		for _, c := range calls {
			if c.Path == "/command" {
				private = c
			}
		}
		if private.Body["response_type"] != "ephemeral" || !strings.Contains(blockText(private.Blocks), "50.2%") {
			t.Fatalf("private answer: %+v", private.Body)
		}
		if n := len(byMethod(calls, "chat.postMessage")); n != 0 {
			t.Fatalf("the private answer was posted to the channel: %s", describeCalls(calls))
		}
		value := buttonValue(private.Blocks, actionShare)
		r.send(clickEnvelope("env-share", office, "1700000700.000001", "", actionShare, value, r.respURL+"/share", true))
		r.waitFor("the shared answer", func(calls []apiCall, _ []ackRecord) bool { return len(byMethod(calls, "chat.postMessage")) > 0 })
		r.waitFor("the private answer marked shared", func(calls []apiCall, _ []ackRecord) bool {
			for _, c := range calls {
				if c.Path == "/share" && c.Body["replace_original"] == true {
					return true
				}
			}
			return false
		})
		calls, _ = r.snapshot()
		shared := byMethod(calls, "chat.postMessage")[0]
		text := blockText(shared.Blocks)
		if shared.Channel != office || shared.ThreadTS != "" || !strings.Contains(text, "50.2%") || !strings.Contains(text, "分享了这条回答") {
			t.Errorf("shared answer: channel %s thread %q\n%s", shared.Channel, shared.ThreadTS, text)
		}
		if strings.Contains(shared.Blocks, actionShare) || !strings.Contains(shared.Blocks, "feedback_buttons") {
			t.Errorf("the shared answer should have 👍/👎 and no share button: %s", shared.Blocks)
		}
	})
}

const actionShare = "healthbot_share"

// (5) A 429 with Retry-After on chat.postMessage is waited out and retried.
func TestSlackRetriesAfterRateLimit(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		r := startSlack(t, slackbot.SlackOptions{}, func(f *fakeSlack) { f.fail429 = 1 })
		_, ans := r.askInChannel(t, 1, office, figureQuestion)
		if !strings.Contains(blockText(ans.Blocks), "50.2%") {
			t.Errorf("answer: %s", blockText(ans.Blocks))
		}
		calls, _ := r.snapshot()
		posts := byMethod(calls, "chat.postMessage")
		if len(posts) != 2 || posts[0].Status != http.StatusTooManyRequests || posts[1].Status != http.StatusOK {
			t.Fatalf("want a 429 then a post: %s", describeCalls(posts))
		}
		// On the fake clock the wait is exact: the Retry-After, no more.
		if wait := posts[1].At.Sub(posts[0].At); wait != time.Second {
			t.Errorf("retried %s after the 429, want its Retry-After: 1 (1s)", wait)
		}
	})
}

// (6) A 👍 (Slack's feedback_buttons) is stored in feedback.jsonl with the
// question, answer, sources and user, and counted; a 👎 on a classic button
// (an answer posted before feedback_buttons) still counts.
func TestSlackFeedbackStored(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		dir := t.TempDir()
		r := startSlack(t, slackbot.SlackOptions{Limits: chatkit.Limits{DataDir: dir}}, nil)
		ts, ans := r.askInChannel(t, 1, office, figureQuestion)
		value := feedbackValue(ans.Blocks, "positive_button")
		if !strings.HasPrefix(value, "positive:") || !strings.HasPrefix(feedbackValue(ans.Blocks, "negative_button"), "negative:") {
			t.Fatalf("no feedback buttons: %s", ans.Blocks)
		}
		thanked := func(path string) func([]apiCall, []ackRecord) bool {
			return func(calls []apiCall, _ []ackRecord) bool {
				for _, c := range calls {
					if c.Path == path && strings.Contains(c.Text, "感谢") {
						return true
					}
				}
				return false
			}
		}
		r.send(feedbackClickEnvelope("env-vote", office, ans.TS, ts, value, r.respURL+"/vote"))
		r.waitFor("the thanks", thanked("/vote"))
		id := strings.TrimPrefix(value, "positive:")
		r.send(clickEnvelope("env-old", office, ans.TS, ts, "healthbot_vote_down", id, r.respURL+"/old", false))
		r.waitFor("the thanks for the classic 👎", thanked("/old"))
		recs, bad, err := slackbot.ReadFeedback(filepath.Join(dir, slackbot.FeedbackFile))
		if err != nil || bad != 0 || len(recs) != 2 {
			t.Fatalf("feedback log: %d records, %d bad, %v", len(recs), bad, err)
		}
		f := recs[0]
		if f.Vote != slackbot.VoteUp || f.User != staff || f.Channel != office || f.Question != figureQuestion ||
			!strings.Contains(f.Answer, "50.2%") || len(f.Sources) == 0 || f.Sources[0].Ref == "" || f.Time.IsZero() {
			t.Errorf("record: %+v", f)
		}
		if recs[1].Vote != slackbot.VoteDown || recs[1].Question != figureQuestion {
			t.Errorf("classic 👎: %+v", recs[1])
		}
		sum := slackbot.SummarizeFeedback(recs, 10) // one person's changed vote counts once, as the last
		if sum.Up != 0 || sum.Down != 1 || len(sum.Sources) == 0 || sum.Sources[0].Down != 1 {
			t.Errorf("summary: %+v", sum)
		}
	})
}

// (7) Outside the allowed channels the bot stays silent; in a Slack Connect
// channel it declines politely unless the channel is explicitly allowed;
// people not on the allow-list are told privately.
func TestSlackAccess(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		const (
			otherCh   = "COTHER001"
			partner   = "CPARTNER1"
			partnerOK = "CPARTNER2"
			guest     = "UGUEST001"
		)
		r := startSlack(t, slackbot.SlackOptions{
			AllowedChannels:     []string{office, partner},
			AllowSharedChannels: []string{partnerOK},
			AllowedUsers:        []string{staff},
		}, func(f *fakeSlack) { f.shared[partner] = true; f.shared[partnerOK] = true })
		r.send(eventEnvelope("env-o", "EvO", 0, mentionEvent(otherCh, "1700000010.000001", "", figureQuestion), false))
		r.send(eventEnvelope("env-p", "EvP", 0, mentionEvent(partner, "1700000010.000002", "", figureQuestion), false))
		r.send(eventEnvelope("env-h", "EvH", 0, mentionEvent(office, "1700000010.000003", "", figureQuestion), true)) // the event says: shared
		g := mentionEvent(office, "1700000010.000004", "", figureQuestion)
		g["user"] = guest
		r.send(eventEnvelope("env-g", "EvG", 0, g, false))
		r.askInChannel(t, 5, partnerOK, figureQuestion)
		r.askInChannel(t, 6, office, figureQuestion)
		r.waitFor("the declines", func(calls []apiCall, _ []ackRecord) bool {
			return len(inThread(calls, partner, "1700000010.000002")) > 0 && len(inThread(calls, office, "1700000010.000003")) > 0 &&
				len(byMethod(calls, "chat.postEphemeral")) > 0
		})
		stopped(t, r)
		calls, acks := r.snapshot()
		for _, id := range []string{"env-o", "env-p", "env-h", "env-g"} {
			if _, ok := ackOf(acks, id); !ok {
				t.Errorf("envelope %s not acknowledged", id)
			}
		}
		for _, c := range calls {
			if c.Channel == otherCh {
				t.Errorf("spoke in a channel not allowed: %s", describeCalls([]apiCall{c}))
			}
		}
		for _, th := range []struct{ ch, ts string }{{partner, "1700000010.000002"}, {office, "1700000010.000003"}} {
			got := inThread(calls, th.ch, th.ts)
			if len(got) != 1 || !strings.Contains(blockText(got[0].Blocks), "Slack Connect") || strings.Contains(blockText(got[0].Blocks), "50.2") {
				t.Errorf("shared channel %s: want one polite decline, got %s", th.ch, describeCalls(got))
			}
		}
		eph := byMethod(calls, "chat.postEphemeral")
		if len(eph) != 1 || eph[0].User != guest || !strings.Contains(eph[0].Text, "权限") {
			t.Errorf("guest: %s", describeCalls(eph))
		}
		if got := answers(calls, office, "1700000010.000004"); len(got) != 0 {
			t.Errorf("a user not on the allow-list was answered")
		}
	})
}

// (8) The bot's own messages, other bots, edits, deletions, joins and
// replies addressed to a colleague in a thread it answered in are ignored;
// a direct message is answered.
func TestSlackIgnoresBotsAndEdits(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		r := startSlack(t, slackbot.SlackOptions{}, nil)
		ts, _ := r.askInChannel(t, 1, office, figureQuestion)
		own := messageEvent(office, "channel", "1700000002.000001", ts, botUser, "那2016年呢？")
		own["bot_id"] = "BHEALTH01"
		otherBot := messageEvent(office, "channel", "1700000002.000002", ts, "UOTHERBOT", "那2016年呢？")
		otherBot["bot_id"] = "BOTHER001"
		botMessage := map[string]any{"type": "message", "subtype": "bot_message", "bot_id": "BOTHER001", "text": "那2016年呢？", "ts": "1700000002.000003", "thread_ts": ts, "channel": office, "channel_type": "channel"}
		edit := map[string]any{"type": "message", "subtype": "message_changed", "channel": office, "channel_type": "channel", "ts": "1700000002.000004",
			"message":          map[string]any{"type": "message", "user": staff, "text": "那2016年呢？", "ts": "1700000002.000001", "thread_ts": ts, "edited": map[string]any{"user": staff, "ts": "1700000002.000004"}},
			"previous_message": map[string]any{"type": "message", "user": staff, "text": "那2015年呢？", "ts": "1700000002.000001", "thread_ts": ts}}
		deleted := map[string]any{"type": "message", "subtype": "message_deleted", "channel": office, "channel_type": "channel", "ts": "1700000002.000005", "deleted_ts": "1700000002.000001",
			"previous_message": map[string]any{"type": "message", "user": staff, "text": "那2016年呢？", "ts": "1700000002.000001", "thread_ts": ts}}
		join := map[string]any{"type": "message", "subtype": "channel_join", "user": staff, "text": "<@" + staff + "> 加入了频道", "ts": "1700000002.000006", "thread_ts": ts, "channel": office, "channel_type": "channel"}
		editedMention := mentionEvent(office, "1700000002.000007", ts, "那2016年呢？")
		editedMention["edited"] = map[string]any{"user": staff, "ts": "1700000002.000008"}
		colleague := messageEvent(office, "channel", "1700000002.000009", ts, staff, "<@UCOLLEAGUE> 你看一下这个数字对不对？")
		for i, ev := range []map[string]any{own, otherBot, botMessage, edit, deleted, join, editedMention, colleague} {
			r.send(eventEnvelope(fmt.Sprintf("env-ignore-%d", i), fmt.Sprintf("EvIgnore%d", i), 0, ev, false))
		}
		dm := "DSTAFF001"
		r.send(eventEnvelope("env-dm", "EvDM", 0, messageEvent(dm, "im", "1700000003.000001", "", staff, figureQuestion), false))
		r.waitFor("the DM answer", func(calls []apiCall, _ []ackRecord) bool { return len(answers(calls, dm, "1700000003.000001")) > 0 })
		stopped(t, r)
		calls, acks := r.snapshot()
		if len(acks) < 10 {
			t.Errorf("%d envelopes acknowledged, want all 10", len(acks))
		}
		if got := inThread(calls, office, ts); len(got) != 2 {
			t.Errorf("want the placeholder and the answer only: %s", describeCalls(got))
		}
		if !strings.Contains(blockText(answers(calls, dm, "1700000003.000001")[0].Blocks), "50.2%") {
			t.Error("the DM was not answered with the figure")
		}
	})
}

// A person over the per-minute limit is told privately, once.
func TestSlackUserRateLimit(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		r := startSlack(t, slackbot.SlackOptions{Limits: chatkit.Limits{UserRatePerMinute: 1}}, nil)
		r.askInChannel(t, 1, office, figureQuestion)
		for i := 2; i <= 3; i++ {
			ts := fmt.Sprintf("1700000000.%06d", i)
			r.send(eventEnvelope(fmt.Sprintf("env-%d", i), fmt.Sprintf("Ev%d", i), 0, mentionEvent(office, ts, "", figureQuestion), false))
		}
		r.send(commandEnvelope("env-cmd", office, "ask "+figureQuestion, r.respURL+"/command"))
		r.waitFor("the command's refusal", func(_ []apiCall, acks []ackRecord) bool { _, ok := ackOf(acks, "env-cmd"); return ok })
		r.waitFor("the rate-limit note", func(calls []apiCall, _ []ackRecord) bool { return len(byMethod(calls, "chat.postEphemeral")) > 0 })
		stopped(t, r)
		calls, acks := r.snapshot()
		eph := byMethod(calls, "chat.postEphemeral")
		if len(eph) != 1 || !strings.Contains(eph[0].Text, "请求太多") || eph[0].ThreadTS != "1700000000.000002" {
			t.Errorf("want one private note in the thread: %s", describeCalls(eph))
		}
		if ack, _ := ackOf(acks, "env-cmd"); ack.Payload["text"] != "请求太多，请稍等一分钟再问。" {
			t.Errorf("command over the limit acked with %+v", ack.Payload)
		}
		if n := len(byMethod(calls, "chat.postMessage")); n != 1 {
			t.Errorf("%d posts, want only the first question's", n)
		}
	})
}

// When the queue is full, newcomers are told to try again shortly.
func TestSlackQueueFull(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		gate := make(chan struct{})
		blocked := make(chan string, 8)
		r := startSlack(t, slackbot.SlackOptions{Limits: chatkit.Limits{Workers: 1, Queue: 1}}, func(f *fakeSlack) { f.gate, f.blocked = gate, blocked })
		send := func(n int) {
			r.send(eventEnvelope(fmt.Sprintf("env-%d", n), fmt.Sprintf("Ev%d", n), 0, mentionEvent(office, fmt.Sprintf("1700000000.%06d", n), "", figureQuestion), false))
		}
		send(1)
		<-blocked // the only worker is busy posting the first placeholder
		send(2)   // waits in the queue
		send(3)   // finds it full
		r.waitFor("the busy note", func(calls []apiCall, _ []ackRecord) bool { return len(byMethod(calls, "chat.postEphemeral")) > 0 })
		calls, _ := r.snapshot()
		eph := byMethod(calls, "chat.postEphemeral")[0]
		if !strings.Contains(eph.Text, "提问的人较多") || eph.ThreadTS != "1700000000.000003" {
			t.Errorf("busy note: %s", describeCalls([]apiCall{eph}))
		}
		close(gate)
		for _, n := range []int{1, 2} {
			ts := fmt.Sprintf("1700000000.%06d", n)
			r.waitFor("answer "+ts, func(calls []apiCall, _ []ackRecord) bool { return len(answers(calls, office, ts)) > 0 })
		}
	})
}

// On shutdown the answer in flight is finished, and whoever asks meanwhile
// is told to come back later.
func TestSlackGracefulShutdown(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		gate := make(chan struct{})
		blocked := make(chan string, 8)
		r := startSlack(t, slackbot.SlackOptions{Limits: chatkit.Limits{Workers: 1}}, func(f *fakeSlack) { f.gate, f.blocked = gate, blocked })
		r.send(eventEnvelope("env-1", "Ev1", 0, mentionEvent(office, "1700000000.000001", "", figureQuestion), false))
		<-blocked
		stopped := make(chan error, 1)
		go func() { stopped <- r.stop() }()
		// Once everything waits, the adapter has seen the cancellation and
		// is draining: whoever asks now is told about the restart.
		synctest.Wait()
		r.send(eventEnvelope("env-2", "Ev2", 0, mentionEvent(office, "1700000000.000002", "", figureQuestion), false))
		r.waitFor("the restart note", func(calls []apiCall, _ []ackRecord) bool { return len(byMethod(calls, "chat.postEphemeral")) > 0 })
		close(gate)
		if err := <-stopped; err != nil {
			t.Fatalf("Run: %v", err)
		}
		calls, _ := r.snapshot()
		if len(answers(calls, office, "1700000000.000001")) != 1 {
			t.Errorf("the answer in flight was not finished: %s", describeCalls(calls))
		}
		eph := byMethod(calls, "chat.postEphemeral")
		if len(eph) != 1 || !strings.Contains(eph[0].Text, "重启") || eph[0].ThreadTS != "1700000000.000002" {
			t.Errorf("want one restart note, to the newcomer: %s", describeCalls(eph))
		}
		if got := byMethod(inThread(calls, office, "1700000000.000002"), "chat.postMessage"); len(got) != 0 {
			t.Errorf("a question asked while draining was taken: %s", describeCalls(got))
		}
	})
}

// With an LLM, the answer is streamed into the placeholder (at most one
// edit per interval) before the final rendering.
func TestSlackStreamsLLMAnswer(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		f := newFakeLLM(t, func(msgs []map[string]string) string {
			n := sourceWith(userPrompt(msgs), "慢性病综合防控示范区")
			return strings.Repeat("2023年加快推进省级**慢性病综合防控示范区**创建 ["+fmt.Sprint(n)+"]。", 20)
		})
		f.Every = 100 * time.Millisecond // about 95 chunks: 9.4 s of writing
		b := llmBot(t, f, sampleIndex(t), 90*time.Second)
		r := startSlackWith(t, b, slackbot.SlackOptions{}, nil) // production: an edit a second at most
		ts, ans := r.askInChannel(t, 1, office, "去年在慢性病防控方面做了哪些工作？")
		calls, _ := r.snapshot()
		var streamed []apiCall
		for _, c := range byMethod(inThread(calls, office, ts), "chat.update") {
			if strings.Contains(c.Blocks, "正在撰写") {
				streamed = append(streamed, c)
			}
		}
		if len(streamed) < 5 || streamed[len(streamed)-1].Seq > ans.Seq {
			t.Errorf("want streaming edits through the 9 s of writing, before the answer: %s", describeCalls(calls))
		}
		for i := 1; i < len(streamed); i++ {
			if gap := streamed[i].At.Sub(streamed[i-1].At); gap < time.Second {
				t.Errorf("streaming edits %d and %d %s apart, want at most one a second", i, i+1, gap)
			}
		}
		if !strings.Contains(ans.Blocks, `"type":"markdown"`) || !strings.Contains(blockText(ans.Blocks), "**慢性病综合防控示范区**") {
			t.Errorf("the answer is not a markdown block with its bold: %s", ans.Blocks)
		}
	})
}

// When the LLM fails, the extractive answer is shown with the warning.
func TestSlackShowsLLMFallbackWarning(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		f := newFakeLLM(t, func([]map[string]string) string { return "不会到这里" })
		f.Failures = func(int) int { return http.StatusInternalServerError }
		b := llmBot(t, f, sampleIndex(t), 2*time.Second)
		r := startSlackWith(t, b, slackbot.SlackOptions{}, nil)
		_, ans := r.askInChannel(t, 1, office, "去年在慢性病防控方面做了哪些工作？")
		text := blockText(ans.Blocks)
		if !strings.Contains(text, "⚠") || !strings.Contains(text, "大模型服务") || !strings.Contains(text, "慢性病") {
			t.Errorf("fallback not shown with its warning:\n%s", text)
		}
	})
}

// A refused bot token stops Run with a *SlackAuthError before connecting.
func TestSlackRefusedBotToken(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		f := newFakeSlack(t)
		api := f.client(t, "xoxb-wrong", appToken)
		s := slackbot.NewSlack(offlineBot(t), api, f.socketMode(api), slackbot.SlackOptions{Limits: chatkit.Limits{DataDir: t.TempDir()}}, nil)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err := s.Run(ctx)
		var ae *slackbot.SlackAuthError
		if !errors.As(err, &ae) || ae.Token != "bot" || !strings.Contains(err.Error(), "invalid_auth") {
			t.Fatalf("Run: %v", err)
		}
	})
}

// A refused app-level token stops Run with a *SlackAuthError naming it.
func TestSlackRefusedAppToken(t *testing.T) {
	inBubble(t, func(t *testing.T) {
		f := newFakeSlack(t)
		f.openErr = "invalid_auth"
		api := f.client(t, botToken, "xapp-wrong")
		s := slackbot.NewSlack(offlineBot(t), api, f.socketMode(api), slackbot.SlackOptions{Limits: chatkit.Limits{DataDir: t.TempDir(), ShutdownTimeout: time.Second}}, nil)
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		err := s.Run(ctx)
		var ae *slackbot.SlackAuthError
		if !errors.As(err, &ae) || ae.Token != "app" {
			t.Fatalf("Run: %v", err)
		}
	})
}
