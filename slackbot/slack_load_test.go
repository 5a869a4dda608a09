package slackbot_test

import (
	"bytes"
	"fmt"
	"github.com/healthbot/healthbot/internal/chatkit"
	"math/rand/v2"
	"os"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/slackbot"
)

// Load: 20 people ask many questions at once, or in bursts, through the
// whole bot (fake Slack over Socket Mode, the real adapter and assistant
// over the sample index, a fake LLM with realistic latency or none). Every
// question gets exactly one reply, memory stays bounded and no goroutine
// outlives the adapter.
//
// TestSlackLoad runs each configuration in a synctest bubble: the LLM's
// latency, the gaps between bursts and every wait are fake time, so a run
// costs only the CPU of answering, and what it checks does not depend on
// the machine's speed. Its latency (envelope sent → final reply seen by
// Slack) is on that clock: queueing and the LLM's pace, without CPU time;
// it is logged, never asserted. BenchmarkSlackLoad runs the full
// configurations in real time and reports real latency.
//
// CI runs the short version: 12 questions per configuration, seed 1 (the
// seed orders the questions and draws the LLM's latencies). On demand:
//
//	HEALTHBOT_LOAD=full go test -race -run TestSlackLoad -v ./bot/   # 200 questions each, a random seed (logged)
//	HEALTHBOT_LOAD_SEED=7 go test -race -run TestSlackLoad -v ./bot/ # another seed, short or full
//	go test -run '^$' -bench BenchmarkSlackLoad -benchtime 1x ./bot/ # the full runs in real time

// loadConfig is one load run.
type loadConfig struct {
	name     string
	llm      bool                       // answers from the fake LLM; else offline
	reply    func(prompt string) string // the LLM's answer
	users    int
	bursts   int
	perBurst int
	gap      time.Duration // between bursts
	opts     slackbot.SlackOptions
	busyOK   bool // the queue is too small on purpose: polite refusals expected
}

// loadResult is what a run measured.
type loadResult struct {
	questions, answers, refusals, failures int
	latency                                []time.Duration // sorted
	elapsed                                time.Duration
	llmCalls                               int
	heapBefore, heapPeak, heapAfter        uint64
	goroutinesBefore, goroutinesPeak       int
	goroutinesAfter                        int
}

func (r loadResult) String() string {
	mib := func(b uint64) string { return fmt.Sprintf("%.1f MiB", float64(b)/(1<<20)) }
	return fmt.Sprintf("%d questions in %s: %d answers, %d polite refusals, %d failure notes, %d LLM calls; "+
		"latency p50 %s p90 %s p99 %s max %s; heap %s → peak %s → %s after shutdown; goroutines %d → peak %d → %d",
		r.questions, r.elapsed.Round(time.Millisecond), r.answers, r.refusals, r.failures, r.llmCalls,
		percentile(r.latency, 0.50).Round(time.Millisecond), percentile(r.latency, 0.90).Round(time.Millisecond),
		percentile(r.latency, 0.99).Round(time.Millisecond), percentile(r.latency, 1).Round(time.Millisecond),
		mib(r.heapBefore), mib(r.heapPeak), mib(r.heapAfter), r.goroutinesBefore, r.goroutinesPeak, r.goroutinesAfter)
}

// realisticLLM is a hosted model's pace: the first token after 200–800 ms,
// then a token every 15–25 ms, drawn from seed.
func realisticLLM(seed uint64) func(call int) llmStep {
	var mu sync.Mutex
	rng := rand.New(rand.NewPCG(seed, 0x11a))
	return func(int) llmStep {
		mu.Lock()
		defer mu.Unlock()
		return llmStep{First: time.Duration(200+rng.IntN(601)) * time.Millisecond, Every: time.Duration(15+rng.IntN(11)) * time.Millisecond}
	}
}

// loadReply is a longer LLM answer (about 120 characters, 60 tokens).
func loadReply(prompt string) string {
	return citingReply(prompt) + "下一步将进一步完善工作机制，加强督导考核，推动各项工作提质增效 [1]。"
}

// loadRun is how runLoad runs: in a synctest bubble (the test) or in real
// time (the benchmark), and with which seed.
type loadRun struct {
	bubble bool
	seed   uint64
}

// runLoad runs one load configuration and checks that every question got
// exactly one reply; the caller reports the figures.
func runLoad(tb testing.TB, ix bot.Searcher, questions []string, cfg loadConfig, run loadRun) loadResult {
	tb.Helper()
	var res loadResult
	runtime.GC()
	runtime.GC() // and what sync.Pools kept through the first
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	res.heapBefore, res.goroutinesBefore = ms.HeapAlloc, goroutineCount(run.bubble)

	// Peaks, sampled while the run lasts.
	stopSampling := make(chan struct{})
	var sampler sync.WaitGroup
	sampler.Go(func() {
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			res.heapPeak = max(res.heapPeak, ms.HeapAlloc)
			res.goroutinesPeak = max(res.goroutinesPeak, goroutineCount(run.bubble))
			select {
			case <-stopSampling:
				return
			case <-tick.C:
			}
		}
	})

	rng := rand.New(rand.NewPCG(run.seed, 0x9e57))
	questions = append([]string(nil), questions...)
	rng.Shuffle(len(questions), func(i, j int) { questions[i], questions[j] = questions[j], questions[i] })
	var model bot.LLM
	var l *scriptLLM
	if cfg.llm {
		l = newScriptLLM(tb, realisticLLM(run.seed), cfg.reply)
		model = clientOf(tb, l, llmTimeouts{}) // the production limits
	}
	b := bot.New(ix, model, nil, bot.Options{Now: fixedNow})
	fs := newFaultSlack(tb)
	if run.bubble && cfg.busyOK {
		// Placeholders wait until every question has been dispatched, so
		// that exactly Workers questions are in hand and Queue wait.
		fs.hold = make(chan struct{})
	}
	r := runSlackOn(tb, fs, b, cfg.opts)
	fs.waitConn(tb, 1)

	// Question i: asked by user i%users, alternately as a mention in one
	// of four channels and as a direct message.
	type asked struct {
		channel, ts, envelope string
		sent                  time.Time
	}
	var all []asked
	start := time.Now()
	for burst := range cfg.bursts {
		if burst > 0 {
			time.Sleep(cfg.gap)
		}
		for range cfg.perBurst {
			i := len(all)
			user := fmt.Sprintf("ULOAD%03d", i%cfg.users)
			ts := fmt.Sprintf("1700002000.%06d", i+1)
			text := questions[i%len(questions)]
			a := asked{ts: ts, envelope: fmt.Sprintf("env-load-%d", i)}
			var ev map[string]any
			if i%2 == 0 {
				a.channel = fmt.Sprintf("CLOAD%03d", i%4)
				ev = mentionEvent(a.channel, ts, "", text)
				ev["user"] = user
			} else {
				a.channel = "D" + user[1:]
				ev = messageEvent(a.channel, "im", ts, "", user, text)
			}
			a.sent = time.Now()
			fs.send(eventEnvelope(a.envelope, fmt.Sprintf("EvLoad%d", i), 0, ev, false))
			all = append(all, a)
		}
	}
	res.questions = len(all)
	if fs.hold != nil {
		waitUntil(tb, waitLimit, fs.changed, func() bool { _, acks := fs.snapshot(); return len(acks) == len(all) },
			func() string { return "every envelope acknowledged" })
		synctest.Wait() // and the last one dispatched
		close(fs.hold)
	}

	// Wait for every reply, then for the adapter to finish all its work:
	// the calls seen after that are all there will be.
	missing := func() int {
		n := 0
		for _, a := range all {
			if _, ok := fs.repliedAt(a.channel, a.ts); !ok {
				n++
			}
		}
		return n
	}
	waitUntil(tb, waitLimit, fs.changed, func() bool { return missing() == 0 }, func() string {
		return fmt.Sprintf("%s: %d of %d questions without a reply", cfg.name, missing(), len(all))
	})
	res.elapsed = time.Since(start)
	if err := r.stop(); err != nil {
		tb.Errorf("%s: Run: %v", cfg.name, err)
	}

	calls, acks := fs.snapshot()
	ids := acked(acks)
	for _, a := range all {
		at, _ := fs.repliedAt(a.channel, a.ts)
		res.latency = append(res.latency, at.Sub(a.sent))
		if !ids[a.envelope] {
			tb.Errorf("%s: envelope %s not acknowledged", cfg.name, a.envelope)
		}
		replies := repliesIn(calls, a.channel, a.ts)
		placeholders := placeholdersIn(calls, a.channel, a.ts)
		if len(replies) != 1 {
			tb.Errorf("%s: %d replies to %s/%s, want 1: %s", cfg.name, len(replies), a.channel, a.ts, describeCalls(inThread(calls, a.channel, a.ts)))
			continue
		}
		switch c := replies[0]; {
		case strings.Contains(c.Blocks, "feedback_buttons"):
			res.answers++
			if len(placeholders) != 1 {
				tb.Errorf("%s: %d placeholders for %s/%s, want 1", cfg.name, len(placeholders), a.channel, a.ts)
			}
		case strings.Contains(c.Text, "提问的人较多"):
			res.refusals++
			if len(placeholders) != 0 {
				tb.Errorf("%s: %s/%s refused after a placeholder", cfg.name, a.channel, a.ts)
			}
		default:
			res.failures++
			tb.Errorf("%s: %s/%s got %s %q", cfg.name, a.channel, a.ts, c.Method, c.Text)
		}
	}
	res.latency = sortedDurations(res.latency)
	if l != nil {
		res.llmCalls = int(l.calls.Load())
	}
	switch {
	case res.refusals > 0 && !cfg.busyOK:
		tb.Errorf("%s: %d polite refusals with a queue that holds every question", cfg.name, res.refusals)
	case fs.hold != nil:
		if taken := cfg.opts.Workers + cfg.opts.Queue; res.answers != taken || res.refusals != len(all)-taken {
			tb.Errorf("%s: %d answers and %d refusals, want %d answers (%d workers, a queue of %d) and %d refusals",
				cfg.name, res.answers, res.refusals, taken, cfg.opts.Workers, cfg.opts.Queue, len(all)-taken)
		}
	case cfg.busyOK && res.refusals == 0:
		tb.Errorf("%s: the small queue refused nobody; the run does not test refusals", cfg.name)
	}

	// Shut down and look for what is left behind.
	fs.close()
	if l != nil {
		l.close()
	}
	close(stopSampling)
	sampler.Wait()
	const spare = 2 // the runtime's and net/http's own, which come and go
	if run.bubble {
		synctest.Wait() // every goroutine of the run has ended, or is stuck
		res.goroutinesAfter = goroutineCount(true)
	} else {
		for wait := time.Now().Add(5 * time.Second); time.Now().Before(wait); time.Sleep(50 * time.Millisecond) {
			if res.goroutinesAfter = runtime.NumGoroutine(); res.goroutinesAfter <= res.goroutinesBefore+spare {
				break
			}
		}
	}
	if res.goroutinesAfter > res.goroutinesBefore+spare {
		var buf bytes.Buffer
		pprof.Lookup("goroutine").WriteTo(&buf, 1)
		tb.Errorf("%s: %d goroutines after shutdown, %d before: leak?\n%s", cfg.name, res.goroutinesAfter, res.goroutinesBefore, buf.String())
	}
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&ms)
	res.heapAfter = ms.HeapAlloc
	// What is left is the fake's record of every call; the adapter's state
	// is gone with it. Generous: a leak of the answers would exceed it.
	if grown := int64(res.heapAfter) - int64(res.heapBefore); grown > 64<<20 {
		tb.Errorf("%s: heap grew by %d MiB and stayed after shutdown", cfg.name, grown>>20)
	}
	return res
}

// loadConfigs are the runs: the full 200 questions, or a short version.
func loadConfigs(full bool) []loadConfig {
	// Short: 12 questions, answers of about 35 tokens.
	// Full: 200 questions, answers of about 60 tokens.
	n, bursts, gap, reply := 12, 3, 100*time.Millisecond, citingReply
	if full {
		n, bursts, gap, reply = 200, 5, time.Second, loadReply
	}
	// Enough workers for 20 people, a queue that holds every question and a
	// per-person limit above what anyone asks: no refusal is expected.
	roomy := slackbot.SlackOptions{Limits: chatkit.Limits{Workers: 20, Queue: 256, UserRatePerMinute: 30}}
	return []loadConfig{
		{name: "llm-at-once", llm: true, reply: reply, users: 20, bursts: 1, perBurst: n, opts: roomy},
		{name: "llm-bursts", llm: true, reply: reply, users: 20, bursts: bursts, perBurst: n / bursts, gap: gap, opts: roomy},
		{name: "offline-at-once", users: 20, bursts: 1, perBurst: n, opts: roomy},
		{name: "offline-bursts", users: 20, bursts: bursts, perBurst: n / bursts, gap: gap, opts: roomy},
		// Two workers and a queue of n/4: most of a burst is told politely
		// that it is busy, and still everyone gets exactly one reply.
		{name: "offline-small-queue", users: 20, bursts: 1, perBurst: n, opts: slackbot.SlackOptions{Limits: chatkit.Limits{Workers: 2, Queue: n / 4}}, busyOK: true},
	}
}

// loadSeed is HEALTHBOT_LOAD_SEED, else 1 for the short runs and a random
// seed for the full ones.
func loadSeed(tb testing.TB, full bool) uint64 {
	tb.Helper()
	if s := os.Getenv("HEALTHBOT_LOAD_SEED"); s != "" {
		seed, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			tb.Fatalf("HEALTHBOT_LOAD_SEED: %v", err)
		}
		return seed
	}
	if full {
		return rand.Uint64()
	}
	return 1
}

// TestSlackLoad runs the load configurations and logs their figures.
func TestSlackLoad(t *testing.T) {
	t.Parallel()
	full := os.Getenv("HEALTHBOT_LOAD") == "full"
	seed := loadSeed(t, full)
	t.Logf("HEALTHBOT_LOAD_SEED=%d (full: %v)", seed, full)
	questions := loadQuestions(t)
	for _, cfg := range loadConfigs(full) {
		t.Run(cfg.name, func(t *testing.T) {
			inBubble(t, func(t *testing.T) {
				res := runLoad(t, sampleIndex(t), questions, cfg, loadRun{bubble: true, seed: seed})
				t.Logf("%s (fake clock): %s", cfg.name, res)
			})
		})
	}
}

// BenchmarkSlackLoad reports p50/p99 reply latency of the full runs (200
// questions each) in real time; b.N is ignored beyond repeating the run.
func BenchmarkSlackLoad(b *testing.B) {
	ix := indexFor(b)
	questions := loadQuestions(b)
	seed := loadSeed(b, true)
	b.Logf("HEALTHBOT_LOAD_SEED=%d", seed)
	for _, cfg := range loadConfigs(true) {
		b.Run(cfg.name, func(b *testing.B) {
			var res loadResult
			for b.Loop() {
				res = runLoad(b, ix, questions, cfg, loadRun{seed: seed})
			}
			b.ReportMetric(float64(percentile(res.latency, 0.50).Milliseconds()), "p50-ms")
			b.ReportMetric(float64(percentile(res.latency, 0.99).Milliseconds()), "p99-ms")
			b.ReportMetric(float64(res.heapPeak)/(1<<20), "peak-heap-MiB")
			b.ReportMetric(float64(res.refusals), "refusals")
			b.Logf("%s: %s", cfg.name, res)
		})
	}
}
