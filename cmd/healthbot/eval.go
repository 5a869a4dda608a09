package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"

	"github.com/healthbot/healthbot/retrieval"
)

// The golden sets over the bundled samples.
const (
	defaultEvalSet   = "retrieval/testdata/eval.yaml"
	defaultAnswerSet = "bot/testdata/answers.yaml"
)

// evalAnswers runs the answer evaluation with the configured assistant:
// extractive without an LLM, and through the LLM when one is configured.
func (e *env) evalAnswers(ctx context.Context, set string, asJSON, verbose bool) error {
	if set == "" {
		set = defaultAnswerSet
	}
	cases, err := bot.LoadEvalSet(set)
	if err != nil {
		return err
	}
	ix, err := e.openIndex(ctx)
	if err != nil {
		return err
	}
	defer ix.Close()
	model, err := e.llm()
	if err != nil {
		return err
	}
	mode := "extractive"
	if model != nil {
		mode = "llm " + e.cfg.LLM.Model
	}
	res, err := bot.EvaluateAnswers(ctx, mode, cases, func(now time.Time) *bot.Bot {
		return bot.New(ix, model, e.log, bot.Options{Now: func() time.Time { return now }, Sources: e.cfg.Retrieval.K, LLMTimeout: e.cfg.LLM.Deadline})
	})
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(e.stdout, res)
	}
	bot.PrintEval(e.stdout, []bot.EvalResult{res}, verbose)
	return nil
}

// evalCmd measures retrieval, or whole answers, on a golden set.
type evalCmd struct {
	Set     string `help:"Golden set (YAML); default ${default_eval_set}, or ${default_answer_set} with --answers." placeholder:"FILE"`
	Answers bool   `help:"Evaluate whole answers (facts present, blanks never filled) instead of retrieval."`
	Verbose bool   `help:"With --answers, print the answers that missed."`
	JSON    bool   `name:"json" help:"Print the scores as JSON."`
	Now     string `help:"Date for relative years in cases without their own, YYYY-MM-DD." placeholder:"DATE"`
	Modes   string `help:"Retrievers to measure, comma-separated: vector, keyword, hybrid." default:"vector,keyword,hybrid" placeholder:"LIST"`
}

func (c *evalCmd) run(ctx context.Context, e *env) error {
	if c.Answers {
		return e.evalAnswers(ctx, c.Set, c.JSON, c.Verbose)
	}
	if c.Set == "" {
		c.Set = defaultEvalSet
	}
	modes, err := parseModes(c.Modes)
	if err != nil {
		return err
	}
	cases, err := retrieval.LoadEvalSet(c.Set)
	if err != nil {
		return err
	}
	now, err := e.now(c.Now)
	if err != nil {
		return err
	}
	ix, err := e.openIndex(ctx)
	if err != nil {
		return err
	}
	defer ix.Close()
	scores, err := ix.Evaluate(ctx, cases, modes, now)
	if err != nil {
		return err
	}
	if c.JSON {
		return writeJSON(e.stdout, scores)
	}
	retrieval.PrintEval(e.stdout, scores, cases)
	return nil
}

// parseModes reads eval's --modes list.
func parseModes(list string) ([]corpus.Mode, error) {
	var modes []corpus.Mode
	for _, m := range strings.Split(list, ",") {
		switch mode := corpus.Mode(strings.TrimSpace(m)); mode {
		case corpus.VectorOnly, corpus.KeywordOnly, corpus.Hybrid:
			if !slices.Contains(modes, mode) {
				modes = append(modes, mode)
			}
		default:
			return nil, usageError(fmt.Sprintf("--modes: unknown retriever %q (vector, keyword or hybrid)", m))
		}
	}
	return modes, nil
}
