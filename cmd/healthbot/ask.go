package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/chatkit"
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
	if model != nil {
		model = waitingLLM{next: model, w: e.stderr, tty: isTerminal(e.stderr), deadline: e.cfg.LLM.Deadline}
	}
	b := bot.New(ix, model, e.log, bot.Options{
		Now:        func() time.Time { return now },
		Sources:    e.cfg.Retrieval.K,
		LLMTimeout: e.cfg.LLM.Deadline,
	})
	return b, func() { ix.Close() }, nil
}

// answerArgs are the flags of ask, draft and figures: one request,
// answered once.
type answerArgs struct {
	JSON bool   `name:"json" help:"Print one JSON object."`
	Now  string `help:"Date that relative years (今年, 去年) are read against, YYYY-MM-DD (default HEALTHBOT_NOW or today)." placeholder:"DATE"`
}

// askCmd answers a question from the reports.
type askCmd struct {
	answerArgs
	Question []string `arg:"" optional:"" help:"The question, in one or several words."`
}

func (c *askCmd) run(ctx context.Context, e *env) error {
	return c.answer(ctx, e, bot.IntentAuto, c.Question, "give the question as arguments")
}

// figuresCmd lines an indicator up by year.
type figuresCmd struct {
	answerArgs
	Indicator []string `arg:"" optional:"" help:"The indicator, e.g. 家庭医生签约率."`
}

func (c *figuresCmd) run(ctx context.Context, e *env) error {
	return c.answer(ctx, e, bot.IntentTrend, c.Indicator, "give the indicator as arguments")
}

// draftCmd drafts an outline.
type draftCmd struct {
	answerArgs
	Request []string `arg:"" optional:"" help:"What to draft, e.g. 起草2025年工作计划中疾病预防控制部分的提纲."`
}

func (c *draftCmd) run(ctx context.Context, e *env) error {
	return c.answer(ctx, e, bot.IntentDraft, c.Request, "give the request as arguments")
}

// answer asks the assistant once and prints the answer.
func (a answerArgs) answer(ctx context.Context, e *env, intent bot.Intent, words []string, missing string) error {
	text := strings.TrimSpace(strings.Join(words, " "))
	if text == "" {
		return usageError(missing)
	}
	b, done, err := e.newBot(ctx, a.Now)
	if err != nil {
		return err
	}
	defer done()
	// Run by the deployer: every folder is readable (access.Deployer).
	req := bot.Request{Text: text, Intent: intent, Access: corpus.Readable{All: true}}
	if !a.JSON && isTerminal(e.stdout) {
		req.OnDelta = func(s string) { fmt.Fprint(e.stderr, s) }
	}
	ans, err := b.Handle(ctx, nil, req)
	if err != nil {
		return err
	}
	if a.JSON {
		return writeJSON(e.stdout, ans)
	}
	printAnswer(e.stdout, ans)
	return nil
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
			fmt.Fprintf(w, "[%d] %s（%s，%s）%s\n", s.N, s.Title, chatkit.Year(s.Year), kindLabel(s.Kind), s.Ref)
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
