package bot_test

import (
	"context"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/healthbot/healthbot/bot"
	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/internal/sampleindex"
	"github.com/healthbot/healthbot/retrieval"
	"github.com/healthbot/healthbot/understand"
)

// The assistant is tested against the real index of the bundled samples;
// only the LLM, a service outside the machine, is faked (over HTTP, in
// llm_test.go).

var (
	samplesIndex = &sampleindex.Index{SamplesDir: "../corpus/samples"}
	builtIndexes = []*sampleindex.Index{samplesIndex, poisonIndex}
)

// sampleIndex is the samples' index, built once for the package's tests.
func sampleIndex(t *testing.T) *retrieval.Index { return samplesIndex.Open(t) }

func TestMain(m *testing.M) {
	code := m.Run()
	for _, o := range builtIndexes {
		o.Remove()
	}
	os.Exit(code)
}

var fixedNow = func() time.Time { return time.Date(2024, 3, 1, 9, 0, 0, 0, time.Local) }

func offlineBot(t *testing.T) *bot.Bot {
	return bot.New(sampleIndex(t), nil, nil, bot.Options{Now: fixedNow})
}

func ask(t *testing.T, b *bot.Bot, conv *bot.Conversation, text string) bot.Answer {
	t.Helper()
	ans, err := b.Handle(context.Background(), conv, bot.Request{Text: text})
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	checkCitations(t, ans)
	return ans
}

// firstExtract is the first line an extractive answer quotes, after its
// header.
func firstExtract(text string) string {
	first, _, _ := strings.Cut(strings.TrimPrefix(text, "以下内容摘自资料原文（未经模型生成）：\n"), "\n")
	return first
}

var citationRE = regexp.MustCompile(`\[(\d+)\]`)

// checkCitations asserts that every [n] in an answer names one of its sources.
func checkCitations(t *testing.T, a bot.Answer) {
	t.Helper()
	for _, m := range citationRE.FindAllStringSubmatch(a.Text, -1) {
		n, _ := strconv.Atoi(m[1])
		if n < 1 || n > len(a.Sources) {
			t.Errorf("citation [%d] but %d sources in %q", n, len(a.Sources), a.Text)
		}
	}
}

func TestFigureLookup(t *testing.T) {
	t.Parallel()
	a := ask(t, offlineBot(t), nil, "2023年家庭医生签约率是多少？")
	if a.Intent != bot.IntentFigure || a.Mode != bot.ModeExtractive {
		t.Errorf("intent %s mode %s", a.Intent, a.Mode)
	}
	if len(a.Figures) == 0 {
		t.Fatalf("no figures: %s", a.Text)
	}
	f := a.Figures[0]
	if f.Label != "家庭医生总签约率" || f.Value == nil || *f.Value != 50.2 || f.Unit != "%" || f.Year != 2023 || f.Kind != corpus.KindSummary {
		t.Errorf("figure %+v", f)
	}
	if !strings.Contains(a.Text, "50.2%") || !strings.Contains(a.Sources[0].Text, "家庭医生总签约率为50.2%") {
		t.Errorf("answer %q source %q", a.Text, a.Sources[0].Text)
	}
}

func TestBlankFigureIsNeverFilled(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "手足口病累计报告了多少例？")
	if !strings.Contains(a.Text, "原文此处未给出具体数字") {
		t.Fatalf("blank not reported as blank: %s", a.Text)
	}
	for _, f := range a.Figures {
		if strings.Contains(f.Label, "手足口病") && f.Value != nil {
			t.Errorf("blank figure given a value: %+v", f)
		}
	}
}

func TestYearWithoutFigure(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "2019年家庭医生签约率是多少？")
	if !strings.Contains(a.Text, "2019年") || !strings.Contains(a.Text, "没有找到") || strings.Contains(a.Text, "50.2") && !strings.Contains(a.Text, "其他年份") {
		t.Errorf("answer: %s", a.Text)
	}
	if len(a.Figures) != 0 {
		t.Errorf("figures of another year given as the answer: %+v", a.Figures)
	}
}

func TestNothingRelevant(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "火星基地的宇航员食堂伙食标准是什么？")
	if !strings.Contains(a.Text, "资料中未找到") || len(a.Sources) != 0 {
		t.Errorf("irrelevant question answered: %s (%d sources)", a.Text, len(a.Sources))
	}
}

func TestExtractiveAnswer(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "去年在慢性病防控方面做了哪些工作？")
	if a.Mode != bot.ModeExtractive || len(a.Sources) == 0 || !strings.Contains(a.Text, "摘自资料原文") {
		t.Fatalf("answer: %+v", a)
	}
	if !strings.Contains(a.Text, "慢性病综合防控示范区") {
		t.Errorf("the 2023 chronic disease work is not quoted: %s", a.Text)
	}
	for _, s := range a.Sources {
		if s.Year != 2023 {
			t.Errorf("source of %d for a question about 去年 (2023)", s.Year)
		}
	}
}

func TestTrendTable(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "家庭医生签约率这几年是怎么变化的？")
	if a.Intent != bot.IntentTrend || !strings.Contains(a.Text, "| 年份 |") || !strings.Contains(a.Text, "| 2023 |") || !strings.Contains(a.Text, "50.2%") {
		t.Errorf("trend: %s", a.Text)
	}
}

func TestOfflineDraft(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "帮我起草2025年工作计划中疾病预防控制部分的提纲")
	if a.Intent != bot.IntentDraft || !strings.HasPrefix(a.Text, "2025年疾病预防控制工作计划提纲") {
		t.Fatalf("draft: %s", a.Text)
	}
	for _, want := range []string{"一、", "（一）", "1. ", "["} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("draft lacks %q:\n%s", want, a.Text)
		}
	}
	kinds := map[corpus.Kind]bool{}
	for _, s := range a.Sources {
		kinds[s.Kind] = true
	}
	if !kinds[corpus.KindPlan] {
		t.Errorf("draft drew on no past plan: %+v", a.Sources)
	}
}

func TestOfflineFollowUps(t *testing.T) {
	b := offlineBot(t)
	conv := &bot.Conversation{}
	ask(t, b, conv, "2023年家庭医生签约率是多少？")
	a := ask(t, b, conv, "那2016年呢？")
	if !strings.Contains(a.Question, "2016") || !strings.Contains(a.Question, "家庭医生") {
		t.Errorf("follow-up understood as %q", a.Question)
	}
	if strings.Contains(a.Text, "50.2") && !strings.Contains(a.Text, "其他年份") {
		t.Errorf("2023's figure given for 2016: %s", a.Text)
	}

	conv = &bot.Conversation{}
	first := ask(t, b, conv, "去年在慢性病防控方面做了哪些工作？")
	second := ask(t, b, conv, "展开第二点")
	if second.Question == "展开第二点" || !strings.Contains(first.Text, strings.Trim(second.Question, "“”")[:6]) {
		t.Errorf("“展开第二点” understood as %q after %q", second.Question, first.Text)
	}
}

func TestHostileRequests(t *testing.T) {
	t.Parallel()
	b := offlineBot(t)
	for _, text := range []string{"", "   ", "😀😀😀", "\xff\xfe\x00", strings.Repeat("家庭医生签约率", 20000)} {
		a, err := b.Handle(context.Background(), nil, bot.Request{Text: text})
		if err != nil {
			t.Errorf("%.20q: %v", text, err)
			continue
		}
		if a.Text == "" {
			t.Errorf("%.20q: empty reply", text)
		}
	}
}

func TestHelp(t *testing.T) {
	a := ask(t, offlineBot(t), nil, "你能做什么？")
	if a.Intent != bot.IntentHelp || !strings.Contains(a.Text, "起草") {
		t.Errorf("help: %+v", a)
	}
}

func TestDetectIntent(t *testing.T) {
	tests := map[string]bot.Intent{
		"2023年家庭医生签约率是多少？":          bot.IntentFigure,
		"去年全年报告了多少传染病病例？":           bot.IntentFigure,
		"家庭医生签约率这几年是怎么变化的？":         bot.IntentTrend,
		"帮我起草2025年工作计划中疾病预防控制部分的提纲": bot.IntentDraft,
		"拟写一份明年爱国卫生工作计划":            bot.IntentDraft,
		"去年在慢性病防控方面做了哪些工作？":         bot.IntentQuestion,
		"公立医院改革是怎么推进的？":             bot.IntentQuestion,
		"帮助": bot.IntentHelp,
	}
	for q, want := range tests {
		if got := understand.DetectIntent(q); got != want {
			t.Errorf("understand.DetectIntent(%q) = %s, want %s", q, got, want)
		}
	}
}
