package slackbot_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/healthbot/healthbot/access"
	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/internal/accessindex"
	"github.com/healthbot/healthbot/slackbot"
)

// accessBot is the offline assistant over testdata/access, ingested under
// p: public/ (marked public) and personnel/ (restricted).
func accessBot(t *testing.T, p *access.Policy) *bot.Bot {
	t.Helper()
	return bot.New(accessindex.Open(t, "..", p), nil, nil, bot.Options{Now: fixedNow})
}

// TestSlackAccessByFolder asks for a figure only personnel/ holds (7.3%),
// as three users in four kinds of chat: U1 (may read personnel/) in a DM
// and in a public channel, U2 (may not) in a DM, U3 in a private channel
// listed for personnel/ and in one that is not. Only U1's DM and the
// listed private channel get the figure; elsewhere the reply is made of
// what the asker may read (here a related public figure), and no part of
// the hidden report (figure, passage, title, folder) is in it.
func TestSlackAccessByFolder(t *testing.T) {
	t.Parallel()
	const (
		publicCh   = "CPUBLIC01"
		listedCh   = "CPRIVATE3"
		unlistedCh = "CPRIVATE4"
		question   = "2023年卫生技术人员流失率是多少？"
	)
	p := access.New([]access.Folder{
		{Path: "public", Public: true},
		{Path: "personnel", Users: []string{"U1"}, Channels: []string{listedCh}},
	}, nil, nil)
	b := accessBot(t, p) // bleve's workers start outside the bubble
	inBubble(t, func(t *testing.T) {
		r := startSlackWith(t, b, slackbot.SlackOptions{Folders: p}, func(f *fakeSlack) {
			f.private[listedCh], f.private[unlistedCh] = true, true
		})
		for i, c := range []struct {
			user, channel, kind string
			sees                bool
		}{
			{"U1", "D0000U1", "im", true},
			{"U2", "D0000U2", "im", false},
			{"U1", publicCh, "channel", false},
			{"U3", listedCh, "group", true},
			{"U3", unlistedCh, "group", false},
		} {
			ts := fmt.Sprintf("1700000100.%06d", i+1)
			ev := messageEvent(c.channel, c.kind, ts, "", c.user, question)
			if c.kind != "im" {
				ev = mentionEvent(c.channel, ts, "", question)
				ev["user"] = c.user
			}
			r.send(eventEnvelope(fmt.Sprintf("env-a%d", i), fmt.Sprintf("EvA%d", i), 0, ev, false))
			r.waitFor("the answer to "+c.user+" in "+c.channel, func(calls []apiCall, _ []ackRecord) bool { return len(answers(calls, c.channel, ts)) > 0 })
			calls, _ := r.snapshot()
			var reply strings.Builder
			for _, call := range inThread(calls, c.channel, ts) {
				reply.WriteString(call.Text + "\n" + blockText(call.Blocks) + "\n" + call.Blocks + "\n")
			}
			got := reply.String()
			if c.sees {
				if !strings.Contains(got, "7.3%") {
					t.Errorf("%s in %s: the figure is not answered:\n%s", c.user, c.channel, got)
				}
				continue
			}
			for _, leak := range []string{"7.3", "流失率为", "人事工作总结", "personnel", "12.9", "1260"} {
				if strings.Contains(got, leak) {
					t.Errorf("%s in %s: the reply leaks %q:\n%s", c.user, c.channel, leak, got)
				}
			}
		}
	})
}
