package main

import (
	"context"
	"encoding/json"
	"flag"
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

func evalFlags(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	set := fs.String("set", "", "golden set (YAML); default "+defaultEvalSet+", or "+defaultAnswerSet+" with --answers")
	answers := fs.Bool("answers", false, "evaluate whole answers (facts present, blanks never filled) instead of retrieval")
	verbose := fs.Bool("verbose", false, "with --answers, print the answers that missed")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	nowFlag := fs.String("now", "", "date for relative years in cases without their own, YYYY-MM-DD")
	modesFlag := fs.String("modes", "vector,keyword,hybrid", "retrievers to measure, comma-separated: vector, keyword, hybrid")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) > 0 {
			return usageError("eval takes no arguments")
		}
		if *answers {
			return e.evalAnswers(ctx, *set, *asJSON, *verbose)
		}
		if *set == "" {
			*set = defaultEvalSet
		}
		modes, err := parseModes(*modesFlag)
		if err != nil {
			return err
		}
		cases, err := retrieval.LoadEvalSet(*set)
		if err != nil {
			return err
		}
		now, err := e.now(*nowFlag)
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
		if *asJSON {
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(scores)
		}
		retrieval.PrintEval(e.stdout, scores, cases)
		return nil
	}
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
