package bot_test

import (
	"context"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// TestAnswerEval runs the answer evaluation offline and through the LLM
// path with a scripted model: an OpenAI-compatible server that answers
// like a careful grounded model, quoting the source sentences that best
// match the question, with their numbers. It reports both scores.
func TestAnswerEval(t *testing.T) {
	t.Parallel()
	cases, err := bot.LoadEvalSet("testdata/answers.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ix := sampleIndex(t)
	offline, err := bot.EvaluateAnswers(context.Background(), "extractive", cases, func(now time.Time) *bot.Bot {
		return bot.New(ix, nil, nil, bot.Options{Now: func() time.Time { return now }})
	})
	if err != nil {
		t.Fatal(err)
	}
	f := newFakeLLM(t, scriptedModel)
	withLLM, err := bot.EvaluateAnswers(context.Background(), "llm (scripted)", cases, func(now time.Time) *bot.Bot {
		return bot.New(ix, llmOf(t, f), nil, bot.Options{Now: func() time.Time { return now }})
	})
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	bot.PrintEval(&out, []bot.EvalResult{offline, withLLM}, testing.Verbose())
	t.Log("\n" + out.String())
	if os.Getenv("HEALTHBOT_EVAL_OUT") != "" {
		os.WriteFile(os.Getenv("HEALTHBOT_EVAL_OUT"), []byte(out.String()), 0o644)
	}
	// Guards: blanks are never filled and absent years never answered.
	for _, r := range []bot.EvalResult{offline, withLLM} {
		for _, typ := range []string{"blank", "absent"} {
			if r.ByType[typ] != r.Types[typ] {
				t.Errorf("%s: %d of %d %s cases correct", r.Mode, r.ByType[typ], r.Types[typ], typ)
			}
		}
		if float64(r.Passed) < 0.75*float64(r.Cases) {
			t.Errorf("%s: only %d of %d answers correct", r.Mode, r.Passed, r.Cases)
		}
	}
}

var (
	sourceBlock = regexp.MustCompile(`(?s)<资料 编号="(\d+)"[^\n]*\n(.*?)\n</资料>`)
	taskLine    = regexp.MustCompile(`(?m)^(?:问题|任务)：(.*)$`)
)

// scriptedModel answers from the prompt's sources like a grounded model:
// the three sentences sharing most bigrams with the question, each cited;
// for a draft, an outline of the sources' first sentences.
func scriptedModel(msgs []map[string]string) string {
	prompt := userPrompt(msgs)
	if strings.Contains(prompt, "改写") {
		return ""
	}
	q := ""
	if m := taskLine.FindStringSubmatch(prompt); m != nil {
		q = m[1]
	}
	type sent struct {
		n     string
		text  string
		score int
	}
	var all []sent
	for _, m := range sourceBlock.FindAllStringSubmatch(prompt, -1) {
		for _, s := range regexp.MustCompile(`[。；！？\n]`).Split(m[2], -1) {
			if s = strings.TrimSpace(s); len([]rune(s)) >= 6 {
				all = append(all, sent{m[1], s, overlap(q, s)})
			}
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].score > all[j].score })
	if len(all) == 0 || all[0].score == 0 {
		return "资料中未找到相关内容。"
	}
	var b strings.Builder
	if strings.Contains(prompt, "起草") || strings.Contains(prompt, "提纲") {
		b.WriteString("一、工作任务\n")
		for i, s := range all[:min(3, len(all))] {
			fmt.Fprintf(&b, "（%s）%s [%s]\n", []string{"一", "二", "三"}[i], s.text, s.n)
		}
		return b.String()
	}
	for _, s := range all[:min(3, len(all))] {
		fmt.Fprintf(&b, "%s [%s]。", s.text, s.n)
	}
	return b.String()
}

// overlap counts the character bigrams two texts share.
func overlap(a, b string) int {
	grams := map[string]bool{}
	ra := []rune(a)
	for i := 0; i+1 < len(ra); i++ {
		grams[string(ra[i:i+2])] = true
	}
	n := 0
	rb := []rune(b)
	for i := 0; i+1 < len(rb); i++ {
		if grams[string(rb[i:i+2])] {
			n++
			delete(grams, string(rb[i:i+2]))
		}
	}
	return n
}
