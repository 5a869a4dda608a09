package main

import (
	"context"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// waitingLLM shows on stderr that healthbot is waiting for the chat model,
// from a second after a request until its first words (or its end): on a
// terminal one line counting the seconds, rewritten in place and cleared at
// the end; otherwise one plain line, once.
type waitingLLM struct {
	next     bot.LLM
	w        io.Writer
	tty      bool
	deadline time.Duration // llm.deadline, said in the line
}

func (m waitingLLM) Complete(ctx context.Context, msgs []bot.Message, onDelta func(string)) (string, error) {
	wait := startWaitLine(m.w, m.tty, m.deadline)
	defer wait.stop()
	return m.next.Complete(ctx, msgs, func(s string) {
		wait.stop() // the answer is coming: the words replace the line
		if onDelta != nil {
			onDelta(s)
		}
	})
}

// waitLine is the line counting the seconds of one wait.
type waitLine struct {
	once sync.Once
	quit chan struct{}
	done chan struct{}
}

// startWaitLine starts showing the wait on w after its first second.
func startWaitLine(w io.Writer, tty bool, deadline time.Duration) *waitLine {
	l := &waitLine{quit: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(l.done)
		start := time.Now()
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		shown := false
		for {
			select {
			case <-l.quit:
				if shown && tty {
					fmt.Fprint(w, "\r\033[K") // clear the line for what follows
				}
				return
			case now := <-tick.C:
				secs := int(now.Sub(start).Round(time.Second) / time.Second)
				switch {
				case tty:
					fmt.Fprintf(w, "\r\033[Kwaiting for the LLM (%d s, gives up after %s)…", secs, deadline)
				case !shown:
					fmt.Fprintf(w, "waiting for the LLM (gives up after %s)…\n", deadline)
				}
				shown = true
			}
		}
	}()
	return l
}

// stop ends the line (idempotent) and returns once it is cleared.
func (l *waitLine) stop() {
	l.once.Do(func() { close(l.quit) })
	<-l.done
}
