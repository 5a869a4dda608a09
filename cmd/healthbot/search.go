package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/chatkit"
	"github.com/healthbot/healthbot/understand"
)

// searchCmd finds the passages that answer a question.
type searchCmd struct {
	JSON     bool     `name:"json" help:"Print one JSON object."`
	K        int      `name:"k" short:"k" help:"Number of passages (default retrieval.k)." placeholder:"N"`
	Year     int      `help:"Passages about this year first (default: read from the question)." placeholder:"Y"`
	Kind     string   `help:"Summary or plan passages first (default: read from the question)." placeholder:"summary|plan"`
	Now      string   `help:"Date that relative years (今年, 去年) are read against, YYYY-MM-DD (default HEALTHBOT_NOW or today)." placeholder:"DATE"`
	Mode     string   `help:"Retrievers to use: hybrid, vector or keyword." default:"hybrid" placeholder:"hybrid|vector|keyword"`
	Question []string `arg:"" optional:"" help:"The question."`
}

func (c *searchCmd) run(ctx context.Context, e *env) error {
	question := strings.TrimSpace(strings.Join(c.Question, " "))
	if question == "" {
		return usageError("give a question to search for")
	}
	q, err := e.buildQuery(question, c.Now, c.Year, c.Kind, c.K)
	if err != nil {
		return err
	}
	switch corpus.Mode(c.Mode) {
	case corpus.Hybrid, corpus.VectorOnly, corpus.KeywordOnly:
		q.Mode = corpus.Mode(c.Mode)
	default:
		return usageError(fmt.Sprintf("--mode must be hybrid, vector or keyword, not %q", c.Mode))
	}
	ix, err := e.openIndex(ctx)
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, q)
	if err != nil {
		return err
	}
	if c.JSON {
		return writeJSON(e.stdout, res)
	}
	printHits(e.stdout, res)
	return nil
}

// buildQuery reads filters from the question and lets explicit flags win.
func (e *env) buildQuery(question, nowFlag string, year int, kind string, k int) (corpus.Query, error) {
	now, err := e.now(nowFlag)
	if err != nil {
		return corpus.Query{}, err
	}
	f := understand.Filters(question, now)
	if year != 0 {
		f.Years = []int{year}
	}
	switch corpus.Kind(kind) {
	case "":
	case corpus.KindSummary, corpus.KindPlan:
		f.Kind = corpus.Kind(kind)
	default:
		return corpus.Query{}, usageError(fmt.Sprintf("--kind must be summary or plan, not %q", kind))
	}
	if k <= 0 {
		k = e.cfg.Retrieval.K
	}
	f.Access = corpus.Readable{All: true} // run by the deployer: every folder
	return corpus.Query{Text: question, Filters: f, K: k}, nil
}

// printHits writes ranked passages for a person.
func printHits(w io.Writer, res corpus.SearchResult) {
	if res.Note != "" {
		fmt.Fprintln(w, res.Note)
	}
	for _, h := range res.Hits {
		fmt.Fprintf(w, "%d. %s（%s，%s）%s\n", h.Rank, h.Title, chatkit.Year(h.Year), kindLabel(h.Kind), h.Ref)
		if h.Section != "" {
			fmt.Fprintf(w, "   %s\n", h.Section)
		}
		fmt.Fprintf(w, "   %s\n\n", snippet(h.Text, 160))
	}
	if len(res.Hits) == 0 && res.Note == "" {
		fmt.Fprintln(w, "没有找到相关内容。")
	}
}

func kindLabel(k corpus.Kind) string {
	if k == corpus.KindPlan {
		return "计划"
	}
	return "总结"
}

// snippet shortens text to n runes on one line.
func snippet(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
