package understand

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/healthbot/healthbot/corpus"
)

func TestDefinedTerm(t *testing.T) {
	for q, want := range map[string]string{
		"新的传染病防治法里，甲类传染病是哪几种？": "甲类传染病",
		"什么是医共体？":                      "医共体",
		"两癌筛查包括哪些？":                    "两癌筛查",
		"“六横”指的是什么？":                   "六横",
		"紧密型县域医共体是什么意思":                "紧密型县域医共体",
		"全国2012年要全面推开的那8类大病保障，具体是哪些病？": "8类大病保障",
		"五项重点工作分别是什么？":                 "五项重点工作",
		// Not definitions.
		"签约率是多少？":       "",
		"这是什么意思？":       "",
		"今年重点工作有哪些？":    "",
		"下一步打算怎么推进医共体？": "",
	} {
		got, ok := DefinedTerm(q)
		if got != want || ok != (want != "") {
			t.Errorf("DefinedTerm(%q) = %q, %v; want %q", q, got, ok, want)
		}
	}
}

func FuzzDefinedTerm(f *testing.F) {
	for _, s := range []string{"什么是医共体", "甲类传染病是哪几种", "“”是什么", "的的的是什么", "\xff是指什么"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		term, ok := DefinedTerm(s)
		if !ok {
			return
		}
		if utf8.RuneCountInString(term) < 2 || !utf8.ValidString(term) || strings.ContainsAny(term, "“”\"") && strings.Trim(term, "“”\"") != term {
			t.Errorf("DefinedTerm(%q) = %q", s, term)
		}
	})
}

func FuzzWhichKind(f *testing.F) {
	for _, s := range []string{"哪些重点场所要报告", "有哪几类", "哪些", "\xff哪些a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := WhichKind(s)
		if utf8.RuneCountInString(k) > 8 || !utf8.ValidString(k) || k != "" && !strings.Contains(corpus.Normalize(s), k) {
			t.Errorf("WhichKind(%q) = %q", s, k)
		}
	})
}

// The measure word after 哪几 is no part of the kind asked: "从哪几块回顾"
// asks what was reviewed, "哪几点要求" which requirements.
func TestWhichKindAfterMeasureWord(t *testing.T) {
	for q, want := range map[string]string{
		"局长是从哪几块回顾去年工作的？": "回顾去年工作的",
		"会上提了哪几点要求？":      "要求",
		"分哪几大块推进？":        "推进",
		"有哪几项任务？":         "任务",
	} {
		if got := WhichKind(q); got != want {
			t.Errorf("WhichKind(%q) = %q, want %q", q, got, want)
		}
	}
}
