package main

import (
	"context"
	"encoding/json"
	"flag"
	"github.com/healthbot/healthbot/corpus"

	"github.com/healthbot/healthbot/retrieval"
)

// defaultEvalSet is the golden set over the bundled samples.
const defaultEvalSet = "retrieval/testdata/eval.yaml"

func evalFlags(fs *flag.FlagSet) func(context.Context, *env, []string) error {
	set := fs.String("set", defaultEvalSet, "golden question set (YAML)")
	asJSON := fs.Bool("json", false, "print the scores as JSON")
	nowFlag := fs.String("now", "", "date for relative years in cases without their own, YYYY-MM-DD")
	return func(ctx context.Context, e *env, args []string) error {
		if len(args) > 0 {
			return usageError("eval takes no arguments")
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
		scores, err := ix.Evaluate(ctx, cases, []corpus.Mode{corpus.VectorOnly, corpus.KeywordOnly, corpus.Hybrid}, now)
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
