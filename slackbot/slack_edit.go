package slackbot

import (
	"context"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/healthbot/healthbot/bot"
)

// Editing in place, the way answers were shown before Slack's streaming
// methods and where they are refused: a placeholder posted at once, edited
// (chat.update) as the LLM writes, then edited into the final answer.

// editOut shows an answer in a placeholder message it edits.
type editOut struct {
	s       *Slack
	channel string
	ts      string // the placeholder
	st      *streamer
}

func (s *Slack) newEditOut(ctx context.Context, channel, ts string) *editOut {
	return &editOut{s: s, channel: channel, ts: ts, st: s.newStreamer(ctx, channel, ts)}
}

func (o *editOut) delta(piece string) { o.st.delta(piece) }

func (o *editOut) finish(ctx context.Context, a bot.Answer, opts renderOptions) error {
	o.st.stop()
	return o.s.updateAnswer(ctx, o.channel, o.ts, a, opts)
}

func (o *editOut) fail(ctx context.Context, text string) error {
	o.st.stop()
	blocks, fallback := renderNotice(text)
	return o.s.update(ctx, o.channel, o.ts, slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(fallback, true))
}

func (o *editOut) mode() string { return "edit" }

// streamer shows an answer as the LLM writes it, editing the placeholder at
// most once per interval; stop waits for the last edit, so the final answer
// is never overwritten by a late partial one.
type streamer struct {
	s        *Slack
	ctx      context.Context
	channel  string
	ts       string
	interval time.Duration

	mu      sync.Mutex
	text    strings.Builder
	kick    chan struct{}
	quit    chan struct{}
	done    chan struct{}
	started sync.Once
}

func (s *Slack) newStreamer(ctx context.Context, channel, ts string) *streamer {
	return &streamer{s: s, ctx: ctx, channel: channel, ts: ts, interval: s.opts.UpdateInterval,
		kick: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{})}
}

// delta receives generated text (Request.OnDelta).
func (st *streamer) delta(piece string) {
	st.mu.Lock()
	st.text.WriteString(piece)
	st.mu.Unlock()
	st.started.Do(func() { go st.run() })
	select {
	case st.kick <- struct{}{}:
	default:
	}
}

func (st *streamer) run() {
	defer close(st.done)
	var last time.Time
	for {
		select {
		case <-st.quit:
			return
		case <-st.kick:
		}
		if wait := st.interval - time.Since(last); wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-st.quit:
				t.Stop()
				return
			case <-t.C:
			}
		}
		st.mu.Lock()
		text := st.text.String()
		st.mu.Unlock()
		blocks, fallback := renderStreaming(text)
		ctx, cancel := context.WithTimeout(st.ctx, 10*time.Second)
		// No retries: a partial edit refused for rate is simply skipped.
		_, _, _, err := st.s.api.UpdateMessageContext(ctx, st.channel, st.ts, slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(fallback, true))
		cancel()
		if err != nil {
			st.s.log.Debug("slack: streaming edit skipped", keyErr, err)
		}
		last = time.Now()
	}
}

// stop ends streaming and waits for an edit in progress.
func (st *streamer) stop() {
	close(st.quit)
	st.started.Do(func() { close(st.done) }) // never started
	<-st.done
}
