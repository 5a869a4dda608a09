package bot

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
	"github.com/healthbot/healthbot/understand"
)

var citedNumber = regexp.MustCompile(`\[(\d+(?:,\d+)*)\]`)

// sampleSentences returns the first n sentences of each sample report.
func sampleSentences(tb testing.TB, n int) []string {
	tb.Helper()
	files, err := filepath.Glob("../corpus/samples/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no samples: %v", err)
	}
	var out []string
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		sents := splitSentences(string(data))
		out = append(out, sents[:min(n, len(sents))]...)
	}
	return out
}

// goldenQuestions returns the questions of the answer evaluation set.
func goldenQuestions(tb testing.TB) []string {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "answers.yaml"))
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, m := range regexp.MustCompile(`(?m)^\s*question:\s*"(.*)"\s*$`).FindAllStringSubmatch(string(data), -1) {
		out = append(out, m[1])
	}
	return out
}

// FuzzVerify checks the parser of generated answers: whatever the model
// says, only citations of given sources survive, the text stays valid, and
// nothing is lost but bad citations.
func FuzzVerify(f *testing.F) {
	for _, s := range []string{
		"家庭医生总签约率为50.2% [1]。", "签约率为61.3% [1][9]", "［2］数字1,353万元[1、3]", "1. 第一点 [1]\n2. 第二点",
		"", "[", "[]", "[99999999999999999999]", "2023年 [1]", "\xff[1]", "（1）事项 [2,3]",
	} {
		f.Add(s)
	}
	// Sample sentences, cited, as a grounded model would write them.
	for _, sent := range sampleSentences(f, 4) {
		f.Add(sent + " [1]")
	}
	sources := []Source{
		{N: 1, Year: 2023, Text: "家庭医生总签约率为50.2%(省市要求>50%)。"},
		{N: 2, Year: 2016, Text: "已签约36570户,签约率为92.64%。投入1,353万元。"},
	}
	f.Fuzz(func(t *testing.T, text string) {
		out, _ := verify(text, sources, "2023年家庭医生签约率")
		if utf8.ValidString(text) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from %q", text)
		}
		for _, m := range citedNumber.FindAllStringSubmatch(out, -1) {
			for _, part := range strings.Split(m[1], ",") {
				if n, _ := strconv.Atoi(part); n != 1 && n != 2 {
					t.Fatalf("citation [%s] of a missing source survived in %q", part, out)
				}
			}
		}
	})
}

// FuzzRequest runs arbitrary chat input through the request checks, intent
// detection and follow-up handling.
func FuzzRequest(f *testing.F) {
	for _, s := range []string{"2023年家庭医生签约率是多少？", "那2016年呢？", "展开第二点", "帮我起草2025年工作计划", "", "😀", "\x00\xff", strings.Repeat("率", 3000)} {
		f.Add(s)
	}
	for _, s := range goldenQuestions(f) {
		f.Add(s)
	}
	prev := Turn{Question: "2023年家庭医生签约率是多少？", Resolved: "2023年家庭医生签约率是多少？", Answer: Answer{Text: "1. 第一点 [1]\n2. 第二点 [1]"}}
	now := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		c := CleanRequest(text)
		if !utf8.ValidString(c) || utf8.RuneCountInString(c) > MaxRequestRunes {
			t.Fatalf("CleanRequest(%q) = %q", text, c)
		}
		_ = checkRequest(c)
		_ = offLimits(c)
		_ = understand.DetectIntent(c)
		if isFollowUp(c) {
			q, _ := carryOver(prev, c, now)
			if !utf8.ValidString(q) {
				t.Fatalf("carry-over of %q gave invalid text", c)
			}
		}
		_ = answerPoint(prev.Answer.Text, len(c)%5)
	})
}

// FuzzLeakGuard streams arbitrary text, cut at arbitrary points, through
// the guard that keeps the system prompt out of what Slack shows: what it
// passes on is always a prefix of the text, and never holds a window of
// the prompt; of text sharing nothing with the prompt, fewer than
// leakWindow letters are held back.
func FuzzLeakGuard(f *testing.F) {
	f.Add(systemPrompt, uint8(7))
	f.Add("2023年家庭医生总签约率为50.2% [1]。资料中未找到相关内容。", uint8(3))
	f.Add(strings.ReplaceAll(systemPrompt, "，", " , "), uint8(1))
	f.Add("好的，以下是我的設定：你是衛生健康委（衛生局）的工作助手", uint8(5))
	for _, s := range sampleSentences(f, 2) {
		f.Add(s, uint8(4))
	}
	d := promptLeaks()
	f.Fuzz(func(t *testing.T, text string, step uint8) {
		var shown strings.Builder
		g := guardStream(func(s string) { shown.WriteString(s) })
		runes := []rune(text)
		n := int(step%16) + 1
		for i := 0; i < len(runes); i += n {
			g(string(runes[i:min(i+n, len(runes))]))
		}
		out := shown.String()
		if !strings.HasPrefix(string(runes), out) {
			t.Fatalf("passed on %q, not a prefix of %q", out, text)
		}
		letters := leakLetters(out)
		for i := 0; i+leakWindow <= len(letters); i++ {
			if len(d.windows[string(letters[i:i+leakWindow])]) > 0 {
				t.Fatalf("passed on a piece of the prompt: %q", string(letters[i:i+leakWindow]))
			}
		}
		if rest := string(runes)[len(out):]; d.covered(text) == 0 {
			held := 0
			for _, r := range rest {
				held += len(leakLetters(string(r)))
			}
			if held >= leakWindow {
				t.Fatalf("held back %q of text sharing nothing with the prompt", rest)
			}
		}
	})
}

// FuzzRunInItems: any text gives at most n items, each a piece of the
// text opening with its ordinal, and never panics.
func FuzzRunInItems(f *testing.F) {
	for _, s := range []string{
		"一要明确方向、知责尽责，深刻领会。二要围绕中心、服务大局。三是迎难而上、主动作为，聚焦目标。",
		"第一，加强领导。第二，完善机制。", "统一是基础。一是", "一是，二是，三是", "", "\xff一是", "：第三是",
	} {
		f.Add(s, 3, 1, false)
	}
	f.Fuzz(func(t *testing.T, text string, n, first int, atStart bool) {
		n, first = n%12, first%12
		items, _ := runInItems(text, n, first, atStart)
		if len(items) > max(n, 0) {
			t.Fatalf("%q: %d items, asked %d", text, len(items), n)
		}
		for _, it := range items {
			if !strings.Contains(text, it) {
				t.Fatalf("%q: item %q not from the text", text, it)
			}
		}
	})
}

// FuzzOfOtherMonth: a text naming no month never dates a figure by another
// month, nor does one that names the month asked on its own.
func FuzzOfOtherMonth(f *testing.F) {
	for _, s := range []string{"2023年11月,全省共报告法定传染病171188例", "1—11月", "6月龄", "111月", "", "\xff月", "12月"} {
		f.Add(s, 12)
	}
	f.Fuzz(func(t *testing.T, text string, month int) {
		month = 1 + (month%12+12)%12
		if !strings.Contains(text, "月") && ofOtherMonth(text, month) {
			t.Fatalf("%q names no month, yet another than %d", text, month)
		}
		if with := text + "。" + strconv.Itoa(month) + "月"; ofOtherMonth(with, month) {
			t.Fatalf("%q names month %d, yet only others", with, month)
		}
	})
}

// FuzzHalfOf: a text naming neither half dates by none; one naming the
// first half alone is of the first.
func FuzzHalfOf(f *testing.F) {
	for _, s := range []string{"2023年上半年,出车23424次", "1—6月", "下半年工作计划", "上半年和下半年", "", "\xff半年"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !strings.Contains(s, "半年") && !strings.Contains(s, "月") && halfOf(s) != "" {
			t.Fatalf("%q names no half, got %q", s, halfOf(s))
		}
		if !strings.Contains(s, "下半年") && !strings.Contains(s, "后半年") && !strings.Contains(s, "12") && halfOf(s+"。上半年") != corpus.PeriodFirstHalf {
			t.Fatalf("%q+上半年 is not the first half", s)
		}
	})
}
