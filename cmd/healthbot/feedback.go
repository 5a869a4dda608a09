package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/healthbot/healthbot/internal/chatkit"
	"github.com/healthbot/healthbot/slackbot"
)

// feedbackCmd is what staff thought of the answers in Slack, from
// slack.data_dir/feedback.jsonl.
type feedbackCmd struct {
	JSON   bool `name:"json" help:"Print one JSON object."`
	Recent int  `help:"How many of the latest 👎 to list." default:"10" placeholder:"N"`
}

func (c *feedbackCmd) run(ctx context.Context, e *env) error {
	if c.Recent < 0 {
		return usageError("--recent must not be negative")
	}
	path := filepath.Join(e.cfg.Slack.DataDir, slackbot.FeedbackFile)
	recs, bad, err := slackbot.ReadFeedback(path)
	if err != nil {
		return err
	}
	sum := slackbot.SummarizeFeedback(recs, c.Recent)
	if c.JSON {
		return writeJSON(e.stdout, struct {
			File    string `json:"file"`
			Clicks  int    `json:"clicks"`
			Skipped int    `json:"skipped_lines"`
			slackbot.FeedbackSummary
		}{path, len(recs), bad, sum})
	}
	printFeedback(e.stdout, path, len(recs), bad, sum)
	return nil
}

// printFeedback writes the counts for a person: totals, per source, and
// the latest 👎 with their questions.
func printFeedback(w io.Writer, path string, clicks, bad int, sum slackbot.FeedbackSummary) {
	if clicks == 0 {
		fmt.Fprintf(w, "No feedback yet in %s.\n", path)
		if bad > 0 {
			fmt.Fprintf(w, "Skipped %s.\n", plural(bad, "unreadable line"))
		}
		return
	}
	fmt.Fprintf(w, "Feedback in %s: %s (👍 %d, 👎 %d; a person's last vote on an answer counts)\n", path, plural(sum.Up+sum.Down, "vote"), sum.Up, sum.Down)
	if bad > 0 {
		fmt.Fprintf(w, "Skipped %s.\n", plural(bad, "unreadable line"))
	}
	if len(sum.Sources) > 0 {
		fmt.Fprintln(w, "\nBy source (👍 / 👎 of the answers citing it):")
		for _, s := range sum.Sources {
			fmt.Fprintf(w, "  %3d / %-3d %s（%s）%s\n", s.Up, s.Down, s.Title, chatkit.Year(s.Year), s.Ref)
		}
	}
	if len(sum.RecentDown) > 0 {
		fmt.Fprintln(w, "\nLatest 👎:")
		for _, r := range sum.RecentDown {
			fmt.Fprintf(w, "  %s  %s in %s\n", r.Time.Local().Format("2006-01-02 15:04"), r.User, r.Channel)
			q := r.Question
			if q == "" {
				q = "(question not recorded)"
			}
			fmt.Fprintf(w, "    问：%s\n    答：%s\n", snippet(q, 100), snippet(r.Answer, 100))
		}
	}
}
