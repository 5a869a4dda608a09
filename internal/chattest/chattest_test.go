package chattest_test

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"testing/synctest"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/chattest"
	"github.com/healthbot/healthbot/internal/memnet"
)

func TestStreamedReplyAndRetry(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		s := chattest.New(func(msgs []map[string]string) string {
			return "答复：" + chattest.UserPrompt(msgs)
		})
		s.Failures = func(call int) int {
			if call == 1 {
				return http.StatusTooManyRequests
			}
			return 0
		}
		n := memnet.New()
		n.Serve(t, "llm.test", s)
		c := chattest.Client(t, "llm.test", n.HTTPClient(t))
		var streamed strings.Builder
		got, err := c.Complete(context.Background(), []bot.Message{{Role: "system", Content: "系统"}, {Role: "user", Content: "签约率是多少，请详细说明"}}, func(d string) { streamed.WriteString(d) })
		if err != nil {
			t.Fatal(err)
		}
		if want := "答复：签约率是多少，请详细说明"; got != want || streamed.String() != want {
			t.Errorf("reply %q, streamed %q, want %q", got, streamed.String(), want)
		}
		if s.Calls.Load() != 2 || len(s.Prompts()) != 4 { // two messages per request
			t.Errorf("calls %d, prompts %q: want one 429 then one answer", s.Calls.Load(), s.Prompts())
		}
	})
}
