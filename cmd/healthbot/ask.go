package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// newBot opens the index (building it first if needed) and returns the
// assistant, with the LLM when one is configured.
func (e *env) newBot(ctx context.Context, nowFlag string) (*bot.Bot, func(), error) {
	now, err := e.now(nowFlag)
	if err != nil {
		return nil, nil, err
	}
	ix, err := e.openIndex(ctx)
	if err != nil {
		return nil, nil, err
	}
	model, err := e.llm()
	if err != nil {
		ix.Close()
		return nil, nil, err
	}
	b := bot.New(ix, model, e.log, bot.Options{
		Now:        func() time.Time { return now },
		Sources:    e.cfg.Retrieval.K,
		LLMTimeout: e.cfg.LLM.Deadline,
	})
	return b, func() { ix.Close() }, nil
}

// answerFlags builds the ask, draft and figures commands: one request,
// answered once.
func answerFlags(intent bot.Intent) func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	return func(fs *flag.FlagSet) func(context.Context, *env, []string) error {
		asJSON := fs.Bool("json", false, "print one JSON object")
		nowFlag := fs.String("now", "", "date that relative years (今年, 去年) are read against, YYYY-MM-DD (default HEALTHBOT_NOW or today)")
		return func(ctx context.Context, e *env, args []string) error {
			text := strings.TrimSpace(strings.Join(args, " "))
			if text == "" {
				return usageError("give the question or request as arguments")
			}
			b, done, err := e.newBot(ctx, *nowFlag)
			if err != nil {
				return err
			}
			defer done()
			req := bot.Request{Text: text, Intent: intent}
			if !*asJSON && isTerminal(e.stdout) {
				req.OnDelta = func(s string) { fmt.Fprint(e.stderr, s) }
			}
			ans, err := b.Handle(ctx, nil, req)
			if err != nil {
				return err
			}
			if *asJSON {
				return writeJSON(e.stdout, ans)
			}
			printAnswer(e.stdout, ans)
			return nil
		}
	}
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// printAnswer writes an answer for a person: the text, warnings, then the
// numbered sources with their quoted text.
func printAnswer(w io.Writer, a bot.Answer) {
	fmt.Fprintln(w, a.Text)
	for _, warn := range a.Warnings {
		fmt.Fprintf(w, "\n⚠ %s", warn)
	}
	if len(a.Warnings) > 0 {
		fmt.Fprintln(w)
	}
	if len(a.Sources) > 0 {
		fmt.Fprintln(w, "\n来源：")
		for _, s := range a.Sources {
			fmt.Fprintf(w, "[%d] %s（%s，%s）%s\n", s.N, s.Title, yearText(s.Year), kindLabel(s.Kind), s.Ref)
			if s.Section != "" {
				fmt.Fprintf(w, "    %s\n", s.Section)
			}
			fmt.Fprintf(w, "    “%s”\n", snippet(s.Text, 200))
		}
	}
	if a.Mode == bot.ModeExtractive && a.Intent != bot.IntentHelp {
		fmt.Fprintln(w, "\n（离线模式：回答由资料原文摘录组成）")
	}
}
