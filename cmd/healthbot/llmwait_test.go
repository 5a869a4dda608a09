package main

import (
	"bytes"
	"context"
	"strconv"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// slowLLM answers after wait, in fake time, streaming its words when
// stream is set.
type slowLLM struct {
	wait   time.Duration
	stream bool
}

func (s slowLLM) Complete(ctx context.Context, msgs []bot.Message, onDelta func(string)) (string, error) {
	time.Sleep(s.wait)
	if s.stream && onDelta != nil {
		onDelta("根据资料，")
		time.Sleep(5 * time.Second) // the rest streams; the line is gone
		onDelta("……")
	}
	return "根据资料，……", nil
}

// TestWaitLineOnTerminal: on a terminal the line counts the seconds in
// place and is cleared when the first words come.
func TestWaitLineOnTerminal(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var w bytes.Buffer
		var deltas []string
		m := waitingLLM{next: slowLLM{wait: 12500 * time.Millisecond, stream: true}, w: &w, tty: true, deadline: 90 * time.Second}
		if _, err := m.Complete(context.Background(), nil, func(s string) { deltas = append(deltas, s) }); err != nil {
			t.Fatal(err)
		}
		out := w.String()
		for s := 1; s <= 12; s++ {
			if want := "\r\033[Kwaiting for the LLM (" + strconv.Itoa(s) + " s, gives up after 1m30s)…"; !strings.Contains(out, want) {
				t.Errorf("no %q in %q", want, out)
			}
		}
		if strings.Contains(out, "(13 s") || strings.Contains(out, "(17 s") {
			t.Errorf("the line goes on after the answer started: %q", out)
		}
		if !strings.HasSuffix(out, "\r\033[K") {
			t.Errorf("the line is not cleared at the end: %q", out)
		}
		if len(deltas) != 2 {
			t.Errorf("deltas %q", deltas)
		}
	})
}

// TestWaitLineElsewhere: not on a terminal, one plain line, once; and
// nothing at all for an answer within the first second.
func TestWaitLineElsewhere(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		var w bytes.Buffer
		m := waitingLLM{next: slowLLM{wait: 30 * time.Second}, w: &w, deadline: 90 * time.Second}
		if _, err := m.Complete(context.Background(), nil, nil); err != nil {
			t.Fatal(err)
		}
		if got := w.String(); got != "waiting for the LLM (gives up after 1m30s)…\n" {
			t.Errorf("stderr %q", got)
		}
		w.Reset()
		fast := waitingLLM{next: slowLLM{wait: 900 * time.Millisecond}, w: &w, tty: true, deadline: time.Minute}
		fast.Complete(context.Background(), nil, nil)
		if w.Len() != 0 {
			t.Errorf("a quick answer shows %q", w.String())
		}
	})
}
