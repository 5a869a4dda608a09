package bot

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

func TestLeakDetector(t *testing.T) {
	d := promptLeaks()
	for name, tt := range map[string]struct {
		text  string
		leaks bool
	}{
		"verbatim":          {systemPrompt, true},
		"one rule":          {"我的规则：" + strings.Split(systemPrompt, "\n")[3], false},
		"three rules":       {strings.Join(strings.Split(systemPrompt, "\n")[2:5], ""), true},
		"spaced out":        {strings.Join(strings.Split(systemPrompt, ""), " "), true},
		"fixed phrases":     {"2023年签约率原文未给出具体数字 [1]。其他内容资料中未找到相关内容。", false},
		"grounded answer":   {"2023年家庭医生总签约率为50.2% [1]，各分项指标均超过省市要求 [1]。", false},
		"rewrite prompt":    {rewriteSystemPrompt, false}, // too short to matter alone
		"full-width digits": {strings.NewReplacer("1", "１", "2", "２", "3", "３").Replace(systemPrompt), true},
	} {
		if got := d.leaks(tt.text); got != tt.leaks {
			t.Errorf("%s: leaks %v (covered %d), want %v", name, got, d.covered(tt.text), tt.leaks)
		}
	}
}

// No question of the golden sets is mistaken for an attack.
func TestOffLimitsSparesRealQuestions(t *testing.T) {
	qs := goldenQuestions(t)
	for _, file := range []string{"../retrieval/testdata/eval.yaml", "../retrieval/testdata/eval_holdout.yaml"} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`(?m)^\s*question:\s*"(.*)"\s*$`).FindAllStringSubmatch(string(data), -1) {
			qs = append(qs, m[1])
		}
	}
	if len(qs) < 100 {
		t.Fatalf("only %d questions", len(qs))
	}
	for _, q := range qs {
		if r := offLimits(q); r != "" {
			t.Errorf("%q declined", q)
		}
	}
}
