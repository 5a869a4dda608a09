package bot

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// An absent case may list no facts: it passes only when the answer says
// the documents do not hold what was asked.
func TestEvalAbsentWithoutFacts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "set.yaml")
	set := "- id: a\n  question: 问\n  type: absent\n  facts: []\n  forbid: [\"12%\"]\n"
	if err := os.WriteFile(path, []byte(set), 0o644); err != nil {
		t.Fatal(err)
	}
	cases, err := LoadEvalSet(path)
	if err != nil {
		t.Fatal(err)
	}
	for answer, pass := range map[string]bool{
		"资料中没有找到该县2025年的“门诊人次”数字。": true,
		"资料中未找到相关内容。":              true,
		"全县门诊人次增长8%。":              false,
		"资料中没有找到，相近的是12%。":         false,
	} {
		r := evalWithAnswer(t, cases, answer)
		if got := r.Passed == 1; got != pass {
			t.Errorf("%q: passed %v, want %v (%+v)", answer, got, pass, r.Failures)
		}
	}
}

func evalWithAnswer(t *testing.T, cases []EvalCase, answer string) EvalResult {
	t.Helper()
	r, err := scoreAnswers(context.Background(), "fixed", cases, func(EvalCase, time.Time) (string, error) { return answer, nil })
	if err != nil {
		t.Fatal(err)
	}
	return r
}
