package indicators

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/healthbot/healthbot/internal/yamllist"
)

type question struct {
	Q    string   `yaml:"q"`
	Want string   `yaml:"want"`
	Alt  []string `yaml:"alt"`
}

// accuracy runs the question set and returns the share whose top match is
// the wanted indicator (or, for want "", that nothing matched).
func accuracy(t *testing.T, file string) float64 {
	t.Helper()
	qs, err := yamllist.Load[question](filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range qs {
		if q.Want != "" {
			if _, ok := ByID(q.Want); !ok {
				t.Fatalf("%s: %q wants unknown id %s", file, q.Q, q.Want)
			}
		}
	}
	right := 0
	for _, q := range qs {
		ms := MatchText(q.Q)
		got := ""
		if len(ms) > 0 {
			got = ms[0].Indicator.ID
		}
		if got == q.Want || slices.Contains(q.Alt, got) && got != "" {
			right++
			continue
		}
		detail := ""
		for i, m := range ms {
			if i == 3 {
				break
			}
			detail += " " + m.Indicator.ID + "(" + m.Via + ")"
		}
		t.Logf("miss: %q want %q got%s", q.Q, q.Want, detail)
	}
	acc := float64(right) / float64(len(qs))
	t.Logf("%s: %d/%d = %.2f", file, right, len(qs), acc)
	return acc
}

// TestLayQuestions is the development set the matcher was tuned on.
func TestLayQuestions(t *testing.T) {
	if acc := accuracy(t, "questions.yaml"); acc < 0.9 {
		t.Errorf("accuracy %.2f on the development questions, want at least 0.90", acc)
	}
}

// TestHoldoutQuestions reports accuracy on questions written before tuning
// and not used for it.
func TestHoldoutQuestions(t *testing.T) {
	if acc := accuracy(t, "questions_holdout.yaml"); acc < 0.7 {
		t.Errorf("accuracy %.2f on the held-out questions, want at least 0.70", acc)
	}
}
