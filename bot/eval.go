package bot

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/healthbot/healthbot/internal/yamllist"
	"github.com/healthbot/healthbot/understand"

	"github.com/healthbot/healthbot/corpus"
)

// EvalCase is one question of the answer evaluation: a correct answer
// contains every fact and none of the forbidden strings (compared on the
// Simplified, space-free text).
type EvalCase struct {
	ID       string   `yaml:"id"`
	Question string   `yaml:"question"`
	Now      string   `yaml:"now"`
	Type     string   `yaml:"type"`
	Facts    []string `yaml:"facts"`
	Forbid   []string `yaml:"forbid"`
}

// LoadEvalSet reads an answer evaluation set.
func LoadEvalSet(path string) ([]EvalCase, error) {
	cases, err := yamllist.Load[EvalCase](path)
	if err != nil {
		return nil, fmt.Errorf("answer set: %w", err)
	}
	for i, c := range cases {
		if c.Question == "" || len(c.Facts) == 0 && c.Type != "absent" {
			return nil, fmt.Errorf("answer set %s: case %d (%s) lacks a question or facts", path, i+1, c.ID)
		}
	}
	return cases, nil
}

// EvalResult is how one set of cases went.
type EvalResult struct {
	Mode     string         `json:"mode"`
	Cases    int            `json:"cases"`
	Passed   int            `json:"passed"`
	ByType   map[string]int `json:"passed_by_type"`
	Types    map[string]int `json:"cases_by_type"`
	Failures []EvalFailure  `json:"failures"`
	Elapsed  time.Duration  `json:"elapsed_ns"`
}

// EvalFailure is a case whose answer missed a fact or said a forbidden thing.
type EvalFailure struct {
	ID      string   `json:"id"`
	Missing []string `json:"missing,omitempty"`
	Said    []string `json:"forbidden,omitempty"`
	Answer  string   `json:"answer"`
}

// EvaluateAnswers asks every case of a fresh conversation of the assistant
// made by newBot (given the case's date) and checks the answers.
func EvaluateAnswers(ctx context.Context, mode string, cases []EvalCase, newBot func(now time.Time) *Bot) (EvalResult, error) {
	return scoreAnswers(ctx, mode, cases, func(c EvalCase, now time.Time) (string, error) {
		ans, err := newBot(now).Handle(ctx, nil, Request{Text: c.Question})
		return ans.Text, err
	})
}

// scoreAnswers checks the answers that answer gives to every case, on the
// case's date.
func scoreAnswers(ctx context.Context, mode string, cases []EvalCase, answer func(c EvalCase, now time.Time) (string, error)) (EvalResult, error) {
	r := EvalResult{Mode: mode, ByType: map[string]int{}, Types: map[string]int{}}
	start := time.Now()
	for _, c := range cases {
		now := time.Now()
		if c.Now != "" {
			t, err := understand.ParseDate(c.Now)
			if err != nil {
				return r, fmt.Errorf("case %s: %w", c.ID, err)
			}
			now = t
		}
		text, err := answer(c, now)
		if err != nil {
			return r, fmt.Errorf("case %s: %w", c.ID, err)
		}
		r.Cases++
		r.Types[c.Type]++
		got := squash(text)
		f := EvalFailure{ID: c.ID, Answer: text}
		for _, fact := range c.Facts {
			if !strings.Contains(got, squash(fact)) {
				f.Missing = append(f.Missing, fact)
			}
		}
		if c.Type == "absent" && len(c.Facts) == 0 && !saysNotFound(got) {
			f.Missing = append(f.Missing, notFoundFact)
		}
		for _, bad := range c.Forbid {
			if strings.Contains(got, squash(bad)) {
				f.Said = append(f.Said, bad)
			}
		}
		if len(f.Missing) == 0 && len(f.Said) == 0 {
			r.Passed++
			r.ByType[c.Type]++
		} else {
			r.Failures = append(r.Failures, f)
		}
	}
	r.Elapsed = time.Since(start)
	return r, nil
}

// notFoundFact stands for the statement an absent case without facts must
// make: that the documents do not hold what was asked.
const notFoundFact = "（说明资料中没有）"

// saysNotFound reports whether an answer states that the documents do not
// hold what was asked.
func saysNotFound(squashed string) bool {
	for _, w := range []string{"未找到", "没有找到", "没找到", "未查到"} {
		if strings.Contains(squashed, w) {
			return true
		}
	}
	return false
}

// squash is text as compared: Simplified, normalised, without spaces.
func squash(s string) string { return strings.Join(strings.Fields(corpus.Normalize(s)), "") }

// PrintEval writes evaluation results for reading; verbose adds the
// answers that missed.
func PrintEval(w io.Writer, results []EvalResult, verbose bool) {
	for _, r := range results {
		fmt.Fprintf(w, "%s: %d/%d answers correct (%.3f) in %s\n", r.Mode, r.Passed, r.Cases, float64(r.Passed)/float64(max(1, r.Cases)), r.Elapsed.Round(time.Millisecond))
		var types []string
		for t := range r.Types {
			types = append(types, t)
		}
		sort.Strings(types)
		for _, t := range types {
			fmt.Fprintf(w, "  %-8s %d/%d\n", t, r.ByType[t], r.Types[t])
		}
		for _, f := range r.Failures {
			fmt.Fprintf(w, "  miss %s: missing %q forbidden %q\n", f.ID, f.Missing, f.Said)
			if verbose {
				fmt.Fprintf(w, "    answer: %s\n", strings.ReplaceAll(firstRunes(f.Answer, 300), "\n", " / "))
			}
		}
	}
}
