package slackbot_test

import (
	"context"
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/alicebob/miniredis/v2"
	"github.com/redis/go-redis/v9"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/chatkit"
	"github.com/healthbot/healthbot/internal/sharedstate"
	"github.com/healthbot/healthbot/slackbot"
)

// Several replicas of the adapter (several `healthbot serve`) share one
// Redis (package sharedstate): here miniredis, which speaks Redis's
// protocol and runs its Lua scripts, reached over net.Pipe so that the
// tests stay on the bubble's fake clock. Its key expiry moves only when
// the test fast-forwards it.

// sharedRedis is a Redis the replicas of a test share: dial connects to
// it, expire makes the leases taken so far expire (miniredis's clock is
// moved; a real server's runs by itself, past leaseTTL).
type sharedRedis struct {
	dial     func() (net.Conn, error)
	expire   func()
	leaseTTL time.Duration // 0: the adapter's default
}

// newSharedRedis starts a miniredis in the bubble and closes its TCP
// listener at once: it is reached over net.Pipe only (a goroutine waiting
// on a real network would stop the fake clock).
func newSharedRedis(t *testing.T) *sharedRedis {
	t.Helper()
	mr := miniredis.NewMiniRedis()
	if err := mr.Start(); err != nil {
		t.Fatal(err)
	}
	mr.Server().Close()
	return &sharedRedis{
		dial: func() (net.Conn, error) {
			client, server := net.Pipe()
			mr.Server().ServeConn(server)
			return client, nil
		},
		expire: func() { mr.FastForward(2 * time.Minute) },
	}
}

// breakable cuts one replica off the shared Redis: its connections
// closed, new ones refused.
type breakable struct {
	mu     sync.Mutex
	broken bool
	conns  []net.Conn
}

func (b *breakable) cut() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.broken = true
	for _, c := range b.conns {
		c.Close()
	}
}

// store is a replica's connection to the shared Redis.
func (r *sharedRedis) store(t *testing.T, owner string) (*sharedstate.Store, *breakable) {
	b := &breakable{}
	rdb := redis.NewClient(&redis.Options{
		Addr: "redis.test:6379", Protocol: 2, MaxRetries: -1,
		Dialer: func(ctx context.Context, network, addr string) (net.Conn, error) {
			b.mu.Lock()
			defer b.mu.Unlock()
			if b.broken {
				return nil, fmt.Errorf("redis unreachable from %s", owner)
			}
			c, err := r.dial()
			if err == nil {
				b.conns = append(b.conns, c)
			}
			return c, err
		},
	})
	s := sharedstate.New(rdb, "", owner)
	t.Cleanup(func() { s.Close() })
	return s, b
}

// startReplicas runs two adapters against one fake Slack, each over its
// own Socket Mode connection (replica i reads the envelopes of sendTo(i)),
// sharing one Redis.
func startReplicas(t *testing.T, r *sharedRedis, bots [2]*bot.Bot, dirs [2]string) (*fakeSlack, [2]*running, [2]*breakable) {
	t.Helper()
	f := newFakeSlack(t)
	f.perConn = true
	var out [2]*running
	var cuts [2]*breakable
	for i, name := range []string{"replica-a", "replica-b"} {
		st, cut := r.store(t, name)
		cuts[i] = cut
		out[i] = runAdapter(t, f, bots[i], slackbot.SlackOptions{Shared: st, LeaseTTL: r.leaseTTL, Limits: chatkit.Limits{DataDir: dirs[i]}})
		waitUntil(t, waitLimit, f.changed, func() bool {
			f.mu.Lock()
			defer f.mu.Unlock()
			return len(f.outs) == i+1
		}, func() string { return name + " connected" })
	}
	return f, out, cuts
}

// TestSlackReplicasAnswerOnce delivers each event twice, once to each of
// two replicas (Slack's retry reaching another connection), and the same
// message again as a message event: each question is answered once. A
// follow-up reaching the other replica builds on the thread's first turn,
// and a 👍 clicked there is stored with the question and answer.
func TestSlackReplicasAnswerOnce(t *testing.T) {
	inBubble(t, func(t *testing.T) { replicasAnswerOnce(t, newSharedRedis(t)) })
}

func replicasAnswerOnce(t *testing.T, rs *sharedRedis) {
	{
		dirs := [2]string{t.TempDir(), t.TempDir()}
		f, reps, _ := startReplicas(t, rs, [2]*bot.Bot{offlineBot(t), offlineBot(t)}, dirs)
		questions := []string{figureQuestion, "家庭医生签约率这几年是怎么变化的？", "2023年传染病报告发病率是多少？"}
		var threads []string
		for n, q := range questions {
			ts := fmt.Sprintf("1700000000.%06d", n+1)
			threads = append(threads, ts)
			ev := mentionEvent(office, ts, "", q)
			first, second := n%2, 1-n%2 // the first delivery alternates between the replicas
			f.sendTo(first, eventEnvelope(fmt.Sprintf("env-%d-a", n), fmt.Sprintf("Ev%d", n), 0, ev, false))
			f.sendTo(second, eventEnvelope(fmt.Sprintf("env-%d-b", n), fmt.Sprintf("Ev%d", n), 1, ev, false))
			f.sendTo(second, eventEnvelope(fmt.Sprintf("env-%d-c", n), fmt.Sprintf("EvMsg%d", n), 0,
				messageEvent(office, "channel", ts, "", staff, "<@"+botUser+"> "+q), false))
		}
		for _, ts := range threads {
			f.waitFor("an answer in "+ts, func(calls []apiCall, _ []ackRecord) bool { return len(answers(calls, office, ts)) > 0 })
		}
		// A follow-up in the first thread, to the replica that did not
		// necessarily answer it.
		for i := range 2 {
			fts := fmt.Sprintf("1700000001.%06d", i+1)
			f.sendTo(i, eventEnvelope(fmt.Sprintf("env-f%d", i), fmt.Sprintf("EvF%d", i), 0, messageEvent(office, "channel", fts, threads[0], staff, "那2016年呢？"), false))
			f.waitFor("the follow-up answer", func(calls []apiCall, _ []ackRecord) bool { return len(answers(calls, office, threads[0])) == 2+i })
		}
		calls, _ := f.snapshot()
		follow := blockText(answers(calls, office, threads[0])[1].Blocks)
		if !strings.Contains(follow, "2016") || !strings.Contains(follow, "家庭医生") {
			t.Errorf("the follow-up on the other replica did not use the thread's first turn:\n%s", follow)
		}
		// 👍 on each replica for the first answer.
		first := answers(calls, office, threads[1])[0]
		value := feedbackValue(first.Blocks, "positive_button")
		for i := range 2 {
			f.sendTo(i, feedbackClickEnvelope(fmt.Sprintf("env-vote%d", i), office, first.TS, threads[1], value, f.respURL+fmt.Sprintf("/vote%d", i)))
			f.waitFor("the thanks", func(calls []apiCall, _ []ackRecord) bool {
				for _, c := range calls {
					if c.Path == fmt.Sprintf("/vote%d", i) && strings.Contains(c.Text, "感谢") {
						return true
					}
				}
				return false
			})
		}
		for _, r := range reps {
			stopped(t, r)
		}
		calls, acks := f.snapshot()
		for n, ts := range threads {
			want := 1
			if n == 0 {
				want = 3 // and the two follow-ups
			}
			if got := len(answers(calls, office, ts)); got != want {
				t.Errorf("thread %s (%s): %d answers, want %d: %s", ts, questions[n], got, want, describeCalls(inThread(calls, office, ts)))
			}
		}
		if len(acks) < 3*len(questions) {
			t.Errorf("%d envelopes acknowledged", len(acks))
		}
		for i, dir := range dirs {
			recs, _, err := slackbot.ReadFeedback(filepath.Join(dir, slackbot.FeedbackFile))
			if err != nil || len(recs) != 1 || recs[0].Question != questions[1] || len(recs[0].Sources) == 0 {
				t.Errorf("replica %d's feedback: %+v, %v; want the question and sources of the answer voted on", i, recs, err)
			}
		}
	}
}

// blockingSearcher never answers: the replica using it is stuck in the
// middle of an answer until it is stopped.
type blockingSearcher struct{ called chan struct{} }

func (b *blockingSearcher) Search(ctx context.Context, _ corpus.Query) (corpus.SearchResult, error) {
	b.called <- struct{}{}
	<-ctx.Done()
	return corpus.SearchResult{}, ctx.Err()
}

func (b *blockingSearcher) SearchFigures(ctx context.Context, _ string, _ corpus.Filters, _ int) ([]corpus.FigureHit, error) {
	b.called <- struct{}{}
	<-ctx.Done()
	return nil, ctx.Err()
}

// TestSlackReplicaDiesMidAnswer has a replica take a question and die
// while answering it (it stops renewing the question's lease: cut off
// from Redis): once the lease expires, the other replica answers it, once.
func TestSlackReplicaDiesMidAnswer(t *testing.T) {
	inBubble(t, func(t *testing.T) { replicaDiesMidAnswer(t, newSharedRedis(t)) })
}

func replicaDiesMidAnswer(t *testing.T, rs *sharedRedis) {
	{
		stuck := &blockingSearcher{called: make(chan struct{}, 8)}
		f, reps, cuts := startReplicas(t, rs, [2]*bot.Bot{bot.New(stuck, nil, nil, bot.Options{Now: fixedNow}), offlineBot(t)}, [2]string{t.TempDir(), t.TempDir()})
		ts := "1700000000.000001"
		ev := mentionEvent(office, ts, "", figureQuestion)
		f.sendTo(0, eventEnvelope("env-a", "EvDies", 0, ev, false))
		<-stuck.called // replica A is answering
		// The retry reaches B while A holds the question: B leaves it.
		f.sendTo(1, eventEnvelope("env-b", "EvDies", 1, ev, false))
		f.waitFor("the retry acknowledged", func(_ []apiCall, acks []ackRecord) bool { _, ok := ackOf(acks, "env-b"); return ok })
		// A dies: no more renewals; its lease runs out.
		cuts[0].cut()
		rs.expire()
		f.waitFor("B's answer", func(calls []apiCall, _ []ackRecord) bool { return len(answers(calls, office, ts)) > 0 })
		stopped(t, reps[1])
		calls, _ := f.snapshot()
		if got := len(answers(calls, office, ts)); got != 1 {
			t.Errorf("%d answers, want 1 (by B)", got)
		}
		if !strings.Contains(reps[1].logs.String(), "answering a question another replica did not finish") {
			t.Errorf("B did not say it took the question over:\n%s", reps[1].logs.String())
		}
		stopped(t, reps[0])
		calls, _ = f.snapshot()
		if got := len(answers(calls, office, ts)); got != 1 {
			t.Errorf("%d answers after A stopped, want 1", got)
		}
	}
}
