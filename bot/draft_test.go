package bot_test

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/bot"
)

// outlineLine is a line of a draft at one of its levels: 一、（一）1.（1）.
var outlineLine = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\. |（[0-9]+）)`)

// partLine is a part of a draft (一、工作基础), which cites nothing itself.
var partLine = regexp.MustCompile(`^[一二三四五六七八九十]+、[^\[]*$`)

// draftDebris are what the samples hold and a draft's points must not:
// template blanks, greetings, speaker lines, annexes, document numbers,
// half-year and year labels, broken numbering.
var draftDebris = []string{"xx", "XX", "___", "*", "＊", "光阴似箭", "日月如梭", "首先", "各位", "同志们", "附件", "〔", "号文",
	"首页", "来源", "下半年", "上半年", "如下", "20", "三)", "四)", "二)", "、三", "…"}

// checkDraft checks what every draft must be: the title, clean points
// each citing a listed source, and every listed source cited.
func checkDraft(t *testing.T, a bot.Answer, title string) {
	t.Helper()
	lines := strings.Split(a.Text, "\n")
	if lines[0] != title {
		t.Errorf("title %q, want %q", lines[0], title)
	}
	cite := regexp.MustCompile(`\[(\d+)\]`)
	points := 0
	for _, l := range lines[1:] {
		if !outlineLine.MatchString(l) {
			continue
		}
		body := outlineLine.ReplaceAllString(l, "")
		if outlineLine.MatchString(body) {
			t.Errorf("point keeps its old number: %q", l)
		}
		for _, bad := range draftDebris {
			if strings.Contains(body, bad) {
				t.Errorf("point %q holds %q", l, bad)
			}
		}
		if partLine.MatchString(l) {
			continue // a part: 一、工作基础（以往总结）
		}
		points++
		ms := cite.FindAllStringSubmatch(l, -1)
		if len(ms) == 0 {
			t.Errorf("point %q cites no source", l)
		}
		for _, m := range ms {
			var n int
			fmt.Sscanf(m[1], "%d", &n)
			if n < 1 || n > len(a.Sources) {
				t.Errorf("point %q cites [%d] of %d sources", l, n, len(a.Sources))
			}
		}
	}
	if points == 0 {
		t.Errorf("no points:\n%s", a.Text)
	}
	for _, s := range a.Sources {
		if !strings.Contains(a.Text, fmt.Sprintf("[%d]", s.N)) {
			t.Errorf("source [%d] %s listed but not cited", s.N, s.Section)
		}
	}
}

func TestDraftSymptomsOnSamples(t *testing.T) {
	b := offlineBot(t) // now: 2024-03-01
	cases := []struct {
		name, request, title string
	}{
		{"the issue's request", "帮我起草2025年工作计划中疾病预防控制部分的提纲", "2025年疾病预防控制工作计划提纲（草稿）"},
		{"request not echoed in the title", "参照2023年的工作总结，起草2025年疾病预防控制工作计划的提纲", "2025年疾病预防控制工作计划提纲（草稿）"},
		{"下半年 is this year's second half", "帮我起草下半年疾病预防控制工作计划", "2024年下半年疾病预防控制工作计划提纲（草稿）"},
		{"明年", "拟写一份明年疾病预防控制工作计划", "2025年疾病预防控制工作计划提纲（草稿）"},
		{"a summary", "起草2024年疾病预防控制工作总结提纲", "2024年疾病预防控制工作总结提纲（草稿）"},
		{"the whole field", "帮我起草2025年卫生健康工作计划的提纲", "2025年卫生健康工作计划提纲（草稿）"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := ask(t, b, nil, c.request)
			if a.Intent != bot.IntentDraft {
				t.Fatalf("intent %s", a.Intent)
			}
			checkDraft(t, a, c.title)
		})
	}
}

// TestDraftOnTopic checks that each point of a 疾病预防控制 draft, with
// the points under it, is about disease control: the samples also hold
// 妇幼, 医改 and 农村卫生 sections.
func TestDraftOnTopic(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "帮我起草2025年工作计划中疾病预防控制部分的提纲")
	words := []string{"疾病", "疾控", "传染病", "防控", "免疫", "接种", "疫苗", "慢病", "慢性病", "艾滋病", "结核", "公共卫生", "防治", "应急", "预防", "疫情", "职业病"}
	themes := regexp.MustCompile(`(?m)^（[一二三四五六七八九十]+）`).Split(a.Text, -1)
	if len(themes) < 3 {
		t.Fatalf("too few points:\n%s", a.Text)
	}
	for _, th := range themes[1:] {
		th = strings.Split(th, "\n\n")[0]
		on := false
		for _, w := range words {
			on = on || strings.Contains(th, w)
		}
		if !on {
			t.Errorf("off-topic point:\n%s", th)
		}
	}
	for _, off := range []string{"妇幼", "新农合", "农村卫生工作先进县", "作风建设"} {
		if strings.Contains(a.Text, off) {
			t.Errorf("draft about disease control holds %q:\n%s", off, a.Text)
		}
	}
}

// TestDraftDeduplicated checks that no two points of a draft say the same
// thing: the samples repeat headings across reposts and years.
func TestDraftDeduplicated(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "帮我起草2025年工作计划中疾病预防控制部分的提纲")
	seen := map[string]bool{}
	for _, l := range strings.Split(a.Text, "\n") {
		if !outlineLine.MatchString(l) {
			continue
		}
		p := strings.TrimSpace(regexp.MustCompile(`\[\d+\]`).ReplaceAllString(outlineLine.ReplaceAllString(l, ""), ""))
		p = strings.TrimPrefix(p, "进一步")
		if seen[p] {
			t.Errorf("point said twice: %q\n%s", p, a.Text)
		}
		seen[p] = true
	}
}

// TestLLMDraftGetsTheSameSources checks that with an LLM the prompt holds
// the title built from the request and the sources the offline outline
// cites, no others.
func TestLLMDraftGetsTheSameSources(t *testing.T) {
	const request = "参照2023年的工作总结，起草2025年疾病预防控制工作计划的提纲"
	offline := ask(t, offlineBot(t), nil, request)
	inBubble(t, func(t *testing.T) {
		var prompt string
		f := newFakeLLM(t, func(msgs []map[string]string) string {
			prompt = userPrompt(msgs)
			return "2025年疾病预防控制工作计划提纲（草稿）\n一、主要任务\n（一）健全疾病预防控制体系 [1]"
		})
		b := llmBot(t, f, sampleIndex(t), 10*time.Second)
		a, err := b.Handle(context.Background(), nil, bot.Request{Text: request})
		if err != nil {
			t.Fatal(err)
		}
		if a.Mode != bot.ModeLLM || a.Intent != bot.IntentDraft {
			t.Fatalf("mode %s intent %s", a.Mode, a.Intent)
		}
		if !strings.Contains(prompt, "标题：2025年疾病预防控制工作计划提纲（草稿）") {
			t.Errorf("prompt lacks the title:\n%s", prompt)
		}
		if n := strings.Count(prompt, "<资料 编号="); n != len(offline.Sources) || len(a.Sources) != len(offline.Sources) {
			t.Errorf("prompt holds %d sources, answer lists %d, the offline draft cites %d", n, len(a.Sources), len(offline.Sources))
		}
		for i, s := range offline.Sources {
			if i < len(a.Sources) && (a.Sources[i].Ref != s.Ref || a.Sources[i].Section != s.Section) {
				t.Errorf("source %d: %s %s, offline %s %s", i+1, a.Sources[i].Ref, a.Sources[i].Section, s.Ref, s.Section)
			}
		}
	})
}
