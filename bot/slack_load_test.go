package bot_test

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// Load: 20 people ask many questions at once, or in bursts, through the
// whole bot (fake Slack over Socket Mode, the real adapter and assistant
// over the sample index, a fake LLM with realistic latency or none). Every
// question gets exactly one reply, memory stays bounded and no goroutine
// outlives the adapter. Reply latency (envelope sent → final reply seen by
// Slack) is reported, never asserted.
//
// CI runs a short version; HEALTHBOT_LOAD=full runs 200 questions per run:
//
//	HEALTHBOT_LOAD=full go test -race -run TestSlackLoad -v ./bot/
//	go test -run '^$' -bench BenchmarkSlackLoad -benchtime 1x ./bot/

// loadConfig is one load run.
type loadConfig struct {
	name     string
	llm      bool                       // answers from the fake LLM; else offline
	reply    func(prompt string) string // the LLM's answer
	users    int
	bursts   int
	perBurst int
	gap      time.Duration // between bursts
	opts     bot.SlackOptions
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

// realisticLLM is a hosted model's pace: the first token after 200–800 ms
// (spread evenly over the calls), then a token every 20 ms.
func realisticLLM(call int) llmStep {
	return llmStep{First: time.Duration(200+(call*7919)%601) * time.Millisecond, Every: 20 * time.Millisecond}
}

// loadReply is a longer LLM answer (about 120 characters, 60 tokens).
func loadReply(prompt string) string {
	return citingReply(prompt) + "下一步将进一步完善工作机制，加强督导考核，推动各项工作提质增效 [1]。"
}

// runLoad runs one load configuration and checks that every question got
// exactly one reply; the caller reports the figures.
func runLoad(tb testing.TB, ix bot.Searcher, questions []string, cfg loadConfig) loadResult {
	tb.Helper()
	var res loadResult
	runtime.GC()
	runtime.GC() // and what sync.Pools kept through the first
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	res.heapBefore, res.goroutinesBefore = ms.HeapAlloc, runtime.NumGoroutine()

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
			res.goroutinesPeak = max(res.goroutinesPeak, runtime.NumGoroutine())
			select {
			case <-stopSampling:
				return
			case <-tick.C:
			}
		}
	})

	var model bot.LLM
	var l *scriptLLM
	if cfg.llm {
		l = newScriptLLM(tb, realisticLLM, cfg.reply)
		model = clientOf(tb, l, llmTimeouts{request: 30 * time.Second, firstToken: 5 * time.Second, retries: 2})
	}
	b := bot.New(ix, model, nil, bot.Options{Now: fixedNow, LLMTimeout: 30 * time.Second})
	fs := newFaultSlack(tb)
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

	// Wait for every reply, as long as replies keep coming.
	for last, progress := -1, time.Now(); ; {
		missing := 0
		for _, a := range all {
			if _, ok := fs.repliedAt(a.channel, a.ts); !ok {
				missing++
			}
		}
		if missing == 0 {
			break
		}
		if missing != last {
			last, progress = missing, time.Now()
		}
		if time.Since(progress) > 20*time.Second {
			tb.Fatalf("%s: %d of %d questions still without a reply, none for 20 s", cfg.name, missing, len(all))
		}
		time.Sleep(20 * time.Millisecond)
	}
	res.elapsed = time.Since(start)
	time.Sleep(200 * time.Millisecond) // a late duplicate would show by now

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
		case strings.Contains(c.Blocks, "healthbot_vote_up"):
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
	if res.refusals > 0 && !cfg.busyOK {
		tb.Errorf("%s: %d polite refusals with a queue that holds every question", cfg.name, res.refusals)
	}
	if cfg.busyOK && res.refusals == 0 {
		tb.Errorf("%s: the small queue refused nobody; the run does not test refusals", cfg.name)
	}

	// Shut down and look for what is left behind.
	if err := r.stop(); err != nil {
		tb.Errorf("%s: Run: %v", cfg.name, err)
	}
	fs.close()
	if l != nil {
		l.close()
	}
	close(stopSampling)
	sampler.Wait()
	const spare = 2 // the runtime's and net/http's own, which come and go
	for wait := time.Now().Add(5 * time.Second); ; {
		res.goroutinesAfter = runtime.NumGoroutine()
		if res.goroutinesAfter <= res.goroutinesBefore+spare {
			break
		}
		if time.Now().After(wait) {
			var buf bytes.Buffer
			pprof.Lookup("goroutine").WriteTo(&buf, 1)
			tb.Errorf("%s: %d goroutines after shutdown, %d before: leak?\n%s", cfg.name, res.goroutinesAfter, res.goroutinesBefore, buf.String())
			break
		}
		time.Sleep(50 * time.Millisecond)
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
	// Short: 40 questions, answers of about 35 tokens (0.9–1.5 s each).
	// Full: 200 questions, answers of about 60 tokens (1.4–2 s each).
	n, bursts, gap, reply := 40, 4, 100*time.Millisecond, citingReply
	if full {
		n, bursts, gap, reply = 200, 5, time.Second, loadReply
	}
	// Enough workers for 20 people, a queue that holds every question and a
	// per-person limit above what anyone asks: no refusal is expected.
	roomy := bot.SlackOptions{Workers: 20, Queue: 256, UserRatePerMinute: 30}
	return []loadConfig{
		{name: "llm-at-once", llm: true, reply: reply, users: 20, bursts: 1, perBurst: n, opts: roomy},
		{name: "llm-bursts", llm: true, reply: reply, users: 20, bursts: bursts, perBurst: n / bursts, gap: gap, opts: roomy},
		{name: "offline-at-once", users: 20, bursts: 1, perBurst: n, opts: roomy},
		{name: "offline-bursts", users: 20, bursts: bursts, perBurst: n / bursts, gap: gap, opts: roomy},
		// Two workers and a queue of eight: most of a burst is told politely
		// that it is busy, and still everyone gets exactly one reply.
		{name: "offline-small-queue", users: 20, bursts: 1, perBurst: n, opts: bot.SlackOptions{Workers: 2, Queue: 8}, busyOK: true},
	}
}

// TestSlackLoad runs the load configurations and logs their figures.
func TestSlackLoad(t *testing.T) {
	full := os.Getenv("HEALTHBOT_LOAD") == "full"
	ix := sampleIndex(t)
	questions := loadQuestions(t)
	for _, cfg := range loadConfigs(full) {
		t.Run(cfg.name, func(t *testing.T) {
			res := runLoad(t, ix, questions, cfg)
			t.Logf("%s: %s", cfg.name, res)
		})
	}
}

// BenchmarkSlackLoad reports p50/p99 reply latency of the full runs (200
// questions each); b.N is ignored beyond repeating the run.
func BenchmarkSlackLoad(b *testing.B) {
	ix := indexFor(b)
	questions := loadQuestions(b)
	for _, cfg := range loadConfigs(true) {
		b.Run(cfg.name, func(b *testing.B) {
			var res loadResult
			for b.Loop() {
				res = runLoad(b, ix, questions, cfg)
			}
			b.ReportMetric(float64(percentile(res.latency, 0.50).Milliseconds()), "p50-ms")
			b.ReportMetric(float64(percentile(res.latency, 0.99).Milliseconds()), "p99-ms")
			b.ReportMetric(float64(res.heapPeak)/(1<<20), "peak-heap-MiB")
			b.ReportMetric(float64(res.refusals), "refusals")
			b.Logf("%s: %s", cfg.name, res)
		})
	}
}
