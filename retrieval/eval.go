package retrieval

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/yamllist"
	"github.com/healthbot/healthbot/understand"
)

// EvalCase is one question of the golden set: the passage that answers it
// must contain Answer (a verbatim substring of the original text). Absent
// cases have no answer in the corpus: the search must say so (no hits).
type EvalCase struct {
	ID       string `yaml:"id"`
	Question string `yaml:"question"`
	Answer   string `yaml:"answer"`
	File     string `yaml:"file"`
	Type     string `yaml:"type"`
	Now      string `yaml:"now"`
}

// LoadEvalSet reads a golden set.
func LoadEvalSet(path string) ([]EvalCase, error) {
	cases, err := yamllist.Load[EvalCase](path)
	if err != nil {
		return nil, fmt.Errorf("eval set: %w", err)
	}
	for i, c := range cases {
		if c.Question == "" || (c.Type != "absent" && c.Answer == "") {
			return nil, fmt.Errorf("eval set %s: case %d (%s) lacks a question or an answer", path, i+1, c.ID)
		}
	}
	return cases, nil
}

// EvalScores are the measures of one retrieval mode.
type EvalScores struct {
	Mode     corpus.Mode   `json:"mode"`
	Cases    int           `json:"cases"`     // answerable cases
	Recall1  float64       `json:"recall@1"`  // share with the answer in the first hit
	Recall5  float64       `json:"recall@5"`  // … in the first five
	Recall10 float64       `json:"recall@10"` // … in the first ten
	MRR      float64       `json:"mrr"`       // mean reciprocal rank (0 when not in the top ten)
	Absent   int           `json:"absent"`    // cases without an answer in the corpus
	AbsentOK int           `json:"absent_ok"` // … correctly said to be missing (no hits, or only relaxed ones) with a note
	Misses   []string      `json:"misses"`    // ids of answerable cases not in the top five
	Elapsed  time.Duration `json:"elapsed_ns"`
}

// Evaluate runs every case in each mode. now is used for cases that do not
// give their own date.
func (ix *Index) Evaluate(ctx context.Context, cases []EvalCase, modes []corpus.Mode, now time.Time) ([]EvalScores, error) {
	return Evaluate(ctx, ix, cases, modes, now)
}

// Searcher runs searches: the embedded Index, a WeaviateIndex and the
// ReloadingSearcher over either are one.
type Searcher interface {
	Search(ctx context.Context, q corpus.Query) (corpus.SearchResult, error)
	SearchFigures(ctx context.Context, text string, f corpus.Filters, n int) ([]corpus.FigureHit, error)
}

// Evaluate runs every case in each mode on s (see Index.Evaluate).
func Evaluate(ctx context.Context, s Searcher, cases []EvalCase, modes []corpus.Mode, now time.Time) ([]EvalScores, error) {
	var out []EvalScores
	for _, mode := range modes {
		sc := EvalScores{Mode: mode}
		start := time.Now()
		for _, c := range cases {
			at := now
			if c.Now != "" {
				t, err := understand.ParseDate(c.Now)
				if err != nil {
					return nil, fmt.Errorf("case %s: now %q: %w", c.ID, c.Now, err)
				}
				at = t
			}
			res, err := s.Search(ctx, corpus.Query{Text: c.Question, Filters: understand.Filters(c.Question, at), K: 10, Mode: mode})
			if err != nil {
				return nil, fmt.Errorf("case %s: %w", c.ID, err)
			}
			if c.Type == "absent" {
				sc.Absent++
				if (len(res.Hits) == 0 || res.NoYear || res.NoPlace) && res.Note != "" {
					sc.AbsentOK++
				} else {
					sc.Misses = append(sc.Misses, c.ID)
				}
				continue
			}
			sc.Cases++
			rank := answerRank(res.Hits, c.Answer)
			switch {
			case rank == 0:
			case rank == 1:
				sc.Recall1++
				fallthrough
			case rank <= 5:
				sc.Recall5++
				fallthrough
			default:
				sc.Recall10++
				sc.MRR += 1 / float64(rank)
			}
			if rank == 0 || rank > 5 {
				sc.Misses = append(sc.Misses, c.ID)
			}
		}
		if sc.Cases > 0 {
			n := float64(sc.Cases)
			sc.Recall1, sc.Recall5, sc.Recall10, sc.MRR = sc.Recall1/n, sc.Recall5/n, sc.Recall10/n, sc.MRR/n
		}
		sc.Elapsed = time.Since(start)
		out = append(out, sc)
	}
	return out, nil
}

// answerRank is the 1-based rank of the first hit containing the answer,
// 0 if none; white space is ignored.
func answerRank(hits []corpus.Hit, answer string) int {
	want := squeeze(answer)
	for i, h := range hits {
		if strings.Contains(squeeze(h.Text), want) {
			return i + 1
		}
	}
	return 0
}

func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

// PrintEval writes the scores as a table, then the misses of each mode
// with the question, for reading.
func PrintEval(w io.Writer, scores []EvalScores, cases []EvalCase) {
	byID := map[string]EvalCase{}
	for _, c := range cases {
		byID[c.ID] = c
	}
	fmt.Fprintf(w, "%-8s %6s %9s %9s %9s %7s %9s %9s\n", "mode", "cases", "recall@1", "recall@5", "recall@10", "MRR", "absent", "time")
	for _, s := range scores {
		fmt.Fprintf(w, "%-8s %6d %9.3f %9.3f %9.3f %7.3f %4d/%-4d %9s\n", s.Mode, s.Cases, s.Recall1, s.Recall5, s.Recall10, s.MRR, s.AbsentOK, s.Absent, s.Elapsed.Round(time.Millisecond))
	}
	for _, s := range scores {
		if len(s.Misses) == 0 {
			continue
		}
		misses := append([]string(nil), s.Misses...)
		sort.Strings(misses)
		fmt.Fprintf(w, "\n%s misses (answer not in the top 5):\n", s.Mode)
		for _, id := range misses {
			c := byID[id]
			fmt.Fprintf(w, "  %-10s %s  [want: %s]\n", id, c.Question, c.Answer)
		}
	}
}
