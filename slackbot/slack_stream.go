package slackbot

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/healthbot/healthbot/bot"
)

// Streaming an answer with Slack's streaming methods: chat.startStream
// posts the reply with its first text, chat.appendStream adds text as the
// LLM writes it, chat.stopStream ends it with the blocks that follow the
// text (figures, sources, 👍/👎).

const (
	streamCallRunes  = 10000 // markdown_text of one call (Slack: at most 12,000 characters)
	appendsPerMinute = 90    // chat.appendStream calls across all answers (Slack: Tier 4, about 100 a minute)
)

// pacer spaces the calls of one method across all answers: each call
// reserves the next free slot and waits for it.
type pacer struct {
	mu   sync.Mutex
	gap  time.Duration
	next time.Time
}

// reserve takes the next slot and says how long to wait for it.
func (p *pacer) reserve(now time.Time) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	at := p.next
	if at.Before(now) {
		at = now
	}
	p.next = at.Add(p.gap)
	return at.Sub(now)
}

// streamOut streams an answer into its thread. Deltas are buffered and
// sent in batches: at most one call per interval, and only once chunk
// runes are waiting or the oldest has waited hold; what remains goes with
// chat.stopStream. If Slack refuses to start the stream, the answer goes on
// in a placeholder edited in place (editOut).
type streamOut struct {
	s        *Slack
	ctx      context.Context // the answer's: calls while it is written
	log      *slog.Logger
	channel  string
	threadTS string
	user     string
	team     string
	interval time.Duration
	chunk    int
	hold     time.Duration

	mu       sync.Mutex
	all      strings.Builder // every delta received
	pending  []rune          // received, not sent yet
	since    time.Time       // when the oldest pending rune came
	sent     strings.Builder // the text Slack was sent
	ts       string          // the streamed message, once started
	broken   error           // an append failed: the text shown is incomplete
	fallback *editOut        // streaming refused: the answer is edited in place
	lost     error           // refused, and the placeholder could not be posted

	kick    chan struct{}
	quit    chan struct{}
	done    chan struct{}
	started sync.Once
}

func (s *Slack) newStreamOut(ctx context.Context, q question, log *slog.Logger) *streamOut {
	return &streamOut{s: s, ctx: ctx, log: log, channel: q.channel, threadTS: q.threadTS, user: q.user,
		team: firstNonEmpty(q.team, s.teamID), interval: s.opts.UpdateInterval, chunk: s.opts.StreamBuffer,
		hold: 2 * s.opts.UpdateInterval, kick: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{})}
}

func (o *streamOut) mode() string { return "stream" }

// delta receives generated text (Request.OnDelta).
func (o *streamOut) delta(piece string) {
	o.mu.Lock()
	o.all.WriteString(piece)
	if o.fallback != nil {
		o.fallback.delta(piece) // under mu: after the text it was given
		o.mu.Unlock()
		return
	}
	if len(o.pending) == 0 {
		o.since = time.Now()
	}
	o.pending = append(o.pending, []rune(piece)...)
	o.mu.Unlock()
	o.started.Do(func() { go o.run() })
	select {
	case o.kick <- struct{}{}:
	default:
	}
}

// run sends the buffered text while the answer is written.
func (o *streamOut) run() {
	defer close(o.done)
	var last time.Time
	for {
		o.mu.Lock()
		n, stopped := len(o.pending), o.fallback != nil || o.broken != nil || o.lost != nil
		due := last.Add(o.interval)
		if n > 0 && n < o.chunk && o.since.Add(o.hold).After(due) {
			due = o.since.Add(o.hold)
		}
		streaming := o.ts != ""
		o.mu.Unlock()
		if stopped {
			return
		}
		if n == 0 {
			select {
			case <-o.quit:
				return
			case <-o.kick:
			}
			continue
		}
		if wait := time.Until(due); wait > 0 {
			if !o.sleep(wait, true) {
				return
			}
			continue // more text, or the time came: look again
		}
		if streaming {
			if wait := o.s.appendPace.reserve(time.Now()); wait > 0 && !o.sleep(wait, false) {
				return
			}
		}
		o.flush()
		last = time.Now()
	}
}

// sleep waits d, less if woken by more text (when kickable); false if the
// answer is done.
func (o *streamOut) sleep(d time.Duration, kickable bool) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	kick := o.kick
	if !kickable {
		kick = nil
	}
	select {
	case <-o.quit:
		return false
	case <-kick:
	case <-t.C:
	}
	return true
}

// flush sends what is waiting: the first call starts the stream.
func (o *streamOut) flush() {
	o.mu.Lock()
	n := min(len(o.pending), streamCallRunes)
	text := string(o.pending[:n])
	o.pending = o.pending[n:]
	o.since = time.Now()
	ts, first := o.ts, o.sent.Len() == 0
	o.mu.Unlock()
	if first {
		text = strings.TrimLeft(text, " \t\r\n")
		if text == "" {
			return
		}
	}
	text = streamSafe(text)
	if ts == "" {
		ts, err := o.start(o.ctx, text)
		if err != nil {
			o.refused(err)
			return
		}
		o.mu.Lock()
		o.ts = ts
		o.sent.WriteString(text)
		o.mu.Unlock()
		return
	}
	if err := o.append(o.ctx, ts, text); err != nil {
		o.log.Warn("slack: streaming append failed; the answer will replace the message", keyErr, err)
		o.mu.Lock()
		o.broken = err
		o.mu.Unlock()
		return
	}
	o.mu.Lock()
	o.sent.WriteString(text)
	o.mu.Unlock()
}

// refused goes on in a placeholder when Slack refuses to start a stream.
func (o *streamOut) refused(err error) {
	o.s.streamingRefused(err, o.log)
	ts, perr := o.s.post(o.ctx, o.channel, slack.MsgOptionTS(o.threadTS), slack.MsgOptionText(slackPlaceholder, false))
	o.mu.Lock()
	defer o.mu.Unlock()
	if perr != nil {
		o.log.Error("slack: cannot post in the thread", keyErr, perr)
		o.lost = perr
		return
	}
	o.fallback = o.s.newEditOut(o.ctx, o.channel, ts)
	o.fallback.delta(o.all.String())
}

// stop ends the sending of deltas and waits for a call in progress.
func (o *streamOut) stop() {
	close(o.quit)
	o.started.Do(func() { close(o.done) }) // never started
	<-o.done
}

// finish ends the stream with the rest of the answer and the blocks that
// follow it. When the text shown is not the beginning of the answer (the
// answer was checked and corrected, an append failed), the message is
// edited into the rendered answer instead.
func (o *streamOut) finish(ctx context.Context, a bot.Answer, opts renderOptions) error {
	o.stop()
	o.mu.Lock()
	fb, lost, ts, sent, broken := o.fallback, o.lost, o.ts, o.sent.String(), o.broken
	o.mu.Unlock()
	switch {
	case fb != nil:
		return fb.finish(ctx, a, opts)
	case lost != nil:
		return o.s.postAnswer(ctx, o.channel, o.threadTS, a, opts)
	}
	body := streamSafe(a.Text)
	if sent == "" {
		body = markdownText(a.Text) // nothing shown yet: the text as the markdown block has it
	}
	if broken != nil || !strings.HasPrefix(body, sent) {
		if err := o.stopStream(ctx, ts, "", nil); err != nil {
			o.log.Debug("slack: cannot stop the stream", keyErr, err)
		}
		return o.s.updateAnswer(ctx, o.channel, ts, a, opts)
	}
	chunks := chunkRunes(body[len(sent):], streamCallRunes)
	if ts == "" {
		var err error
		if ts, err = o.start(ctx, first(chunks)); err != nil {
			o.s.streamingRefused(err, o.log)
			return o.s.postAnswer(ctx, o.channel, o.threadTS, a, opts)
		}
		chunks = rest(chunks)
	}
	for len(chunks) > 1 {
		if err := o.append(ctx, ts, chunks[0]); err != nil {
			return o.s.updateAnswer(ctx, o.channel, ts, a, opts)
		}
		chunks = chunks[1:]
	}
	err := o.stopStream(ctx, ts, first(chunks), answerTail(a, opts))
	if err != nil && refusedBlocks(err) {
		o.log.Warn("slack: the answer's closing blocks were refused, sending the classic ones", keyErr, err)
		opts.classic = true
		err = o.stopStream(ctx, ts, first(chunks), answerTail(a, opts))
	}
	if err != nil {
		o.log.Warn("slack: cannot stop the stream; editing the message into the answer", keyErr, err)
		return o.s.updateAnswer(ctx, o.channel, ts, a, opts)
	}
	return nil
}

// fail tells why there is no answer: the stream (if any) is stopped and
// its message edited into the notice.
func (o *streamOut) fail(ctx context.Context, text string) error {
	o.stop()
	o.mu.Lock()
	fb, lost, ts := o.fallback, o.lost, o.ts
	o.mu.Unlock()
	if fb != nil {
		return fb.fail(ctx, text)
	}
	blocks, fallback := renderNotice(text)
	if ts == "" || lost != nil {
		_, err := o.s.post(ctx, o.channel, slack.MsgOptionTS(o.threadTS), slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(fallback, true))
		return err
	}
	if err := o.stopStream(ctx, ts, "", nil); err != nil {
		o.log.Debug("slack: cannot stop the stream", keyErr, err)
	}
	return o.s.update(ctx, o.channel, ts, slack.MsgOptionBlocks(blocks...), slack.MsgOptionText(fallback, true))
}

// start posts the streamed reply in the thread (chat.startStream). In a
// channel, Slack streams to one person: the asker.
func (o *streamOut) start(ctx context.Context, text string) (string, error) {
	opts := []slack.MsgOption{slack.MsgOptionTS(o.threadTS)}
	if text != "" {
		opts = append(opts, slack.MsgOptionMarkdownText(text))
	}
	if !isDM(o.channel) {
		opts = append(opts, slack.MsgOptionRecipientUserID(o.user), slack.MsgOptionRecipientTeamID(o.team))
	}
	var ts string
	err := o.s.retry(ctx, func(ctx context.Context) (err error) {
		_, ts, err = o.s.api.StartStreamContext(ctx, o.channel, opts...)
		return err
	})
	return ts, err
}

// append adds text to the streamed reply (chat.appendStream).
func (o *streamOut) append(ctx context.Context, ts, text string) error {
	return o.s.retry(ctx, func(ctx context.Context) error {
		_, _, err := o.s.api.AppendStreamContext(ctx, o.channel, ts, slack.MsgOptionMarkdownText(text))
		return err
	})
}

// stopStream ends the streamed reply (chat.stopStream) with its last text
// and the blocks shown under it.
func (o *streamOut) stopStream(ctx context.Context, ts, text string, blocks []slack.Block) error {
	var opts []slack.MsgOption
	if text != "" {
		opts = append(opts, slack.MsgOptionMarkdownText(text))
	}
	if len(blocks) > 0 {
		opts = append(opts, slack.MsgOptionBlocks(blocks...))
	}
	return o.s.retry(ctx, func(ctx context.Context) error {
		_, _, err := o.s.api.StopStreamContext(ctx, o.channel, ts, opts...)
		return err
	})
}

// streamSafe is streamed text with < and > full-width, as markdownText
// has them: nothing streamed is read as a Slack mention (<!channel>).
// (Unlike markdownText it works piece by piece.)
func streamSafe(s string) string { return strings.NewReplacer("<", "＜", ">", "＞").Replace(s) }

// chunkRunes cuts s into pieces of at most n runes that join into s
// again; none for "".
func chunkRunes(s string, n int) []string {
	var out []string
	runes := []rune(s)
	for len(runes) > 0 {
		k := min(n, len(runes))
		out = append(out, string(runes[:k]))
		runes = runes[k:]
	}
	return out
}

func first(chunks []string) string {
	if len(chunks) == 0 {
		return ""
	}
	return chunks[0]
}

func rest(chunks []string) []string {
	if len(chunks) == 0 {
		return nil
	}
	return chunks[1:]
}
