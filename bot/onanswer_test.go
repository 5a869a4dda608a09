package bot_test

import (
	"context"
	"testing"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// TestOnAnswer: every answered request is reported, with its answer.
func TestOnAnswer(t *testing.T) {
	var got []bot.Answer
	b := bot.New(sampleIndex(t), nil, nil, bot.Options{Now: fixedNow, OnAnswer: func(a bot.Answer, took time.Duration) {
		if took < 0 {
			t.Errorf("took %s", took)
		}
		got = append(got, a)
	}})
	for _, q := range []string{"2023年家庭医生签约率是多少？", "帮助"} {
		if _, err := b.Handle(context.Background(), nil, bot.Request{Text: q}); err != nil {
			t.Fatal(err)
		}
	}
	if len(got) != 2 || got[0].Intent != bot.IntentFigure || got[1].Intent != bot.IntentHelp {
		t.Errorf("reported %d answers: %+v", len(got), got)
	}
}
