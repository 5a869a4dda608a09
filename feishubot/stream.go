package feishubot

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/healthbot/healthbot/internal/chatkit"
)

// Streaming by card update: the question gets a card at once saying
// "正在查找资料…"; as the LLM writes, that card is patched with the text so
// far, at most once per UpdateInterval and only when streamMinRunes new
// runes arrived; when the answer is done, it is patched into the answer's
// first card (the rest, for a long answer, follow as replies).

const (
	// streamMinRunes is the least new text worth a patch while streaming.
	streamMinRunes = 20
	// msgWriting ends a card while its answer is being written.
	msgWriting = "（正在生成回答…）"
	// streamPatchTimeout bounds one streaming patch.
	streamPatchTimeout = 10 * time.Second
)

// liveCard is the placeholder card answering one question, patched as the
// answer is written (delta) and into the answer (finish).
type liveCard struct {
	f        *Feishu
	ctx      context.Context
	msgID    string // the placeholder's message id
	title    string
	limit    int // runes shown while streaming
	interval time.Duration
	log      *slog.Logger

	mu      sync.Mutex
	text    strings.Builder
	patches int // streaming patches made

	kick    chan struct{}
	quit    chan struct{}
	done    chan struct{}
	started sync.Once
	stopped sync.Once
}

// openCard replies to q at once with the placeholder card and returns it
// to stream into; nil when Feishu refused it (the answer is then sent as
// replies when ready).
func (f *Feishu) openCard(ctx context.Context, q question, log *slog.Logger) *liveCard {
	title := chatkit.TruncateRunes(oneLine(firstNonEmpty(q.text, "健康助手")), titleRunes)
	id, err := f.send(ctx, q, message{Title: title, Text: chatkit.MsgPlaceholder}, "placeholder")
	if err != nil || id == "" {
		log.Warn("feishu: placeholder not sent, answering when ready", keyErr, err)
		return nil
	}
	return &liveCard{f: f, ctx: ctx, msgID: id, title: title, limit: f.opts.MessageRunes - utf8.RuneCountInString(msgWriting) - 4,
		interval: f.opts.UpdateInterval, log: log,
		kick: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{})}
}

// delta receives generated text (bot.Request.OnDelta).
func (c *liveCard) delta(piece string) {
	c.mu.Lock()
	c.text.WriteString(piece)
	c.mu.Unlock()
	c.started.Do(func() { go c.run() })
	select {
	case c.kick <- struct{}{}:
	default:
	}
}

// run patches the card with the text so far: when text arrived, once the
// interval since the last patch has passed, if enough of it is new.
func (c *liveCard) run() {
	defer close(c.done)
	var last time.Time
	shown := 0
	for {
		select {
		case <-c.quit:
			return
		case <-c.kick:
		}
		if wait := c.interval - time.Since(last); !last.IsZero() && wait > 0 {
			t := time.NewTimer(wait)
			select {
			case <-c.quit:
				t.Stop()
				return
			case <-t.C:
			}
		}
		c.mu.Lock()
		text := c.text.String()
		c.mu.Unlock()
		n := utf8.RuneCountInString(text)
		if n-shown < streamMinRunes {
			continue
		}
		ctx, cancel := context.WithTimeout(c.ctx, streamPatchTimeout)
		err := c.f.patch(ctx, c.msgID, c.streaming(text), false)
		cancel()
		last, shown = time.Now(), n
		if err != nil {
			var ae *apiError
			if errors.As(err, &ae) && tooFast(ae.Code) {
				c.log.Debug("feishu: streaming patch skipped", keyErr, err)
				continue
			}
			c.log.Warn("feishu: streaming patch refused, no more until the answer", keyErr, err)
			return
		}
		c.mu.Lock()
		c.patches++
		c.mu.Unlock()
	}
}

// streaming is the card of an answer being written: the text so far (its
// beginning, past the card's size; the answer is split when done).
func (c *liveCard) streaming(text string) message {
	if utf8.RuneCountInString(text) > c.limit {
		text = chatkit.TruncateRunes(text, c.limit)
	}
	return message{Title: c.title, Text: strings.TrimSpace(text) + "\n\n" + msgWriting}
}

// stop ends streaming and waits for a patch in progress, so that no late
// partial patch overwrites the answer.
func (c *liveCard) stop() {
	c.stopped.Do(func() {
		close(c.quit)
		c.started.Do(func() { close(c.done) }) // never started
	})
	<-c.done
}

// finish stops streaming and patches the card into m (an answer's first
// card, or a notice made a card), trying again when Feishu says too fast.
func (c *liveCard) finish(ctx context.Context, m message) error {
	c.stop()
	if m.Title == "" {
		m.Title = c.title
	}
	return c.f.patch(ctx, c.msgID, m, true)
}

// streamed is how many streaming patches were made.
func (c *liveCard) streamed() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.patches
}
