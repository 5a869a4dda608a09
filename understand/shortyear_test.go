package understand

import (
	"testing"
	"time"
)

func TestExpandShortYears(t *testing.T) {
	now := time.Date(2024, 11, 15, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ in, want string }{
		{"海南州到25年底基层就诊率要到多少？", "海南州到2025年底基层就诊率要到多少？"},
		{"新疆从16年开始搞免费体检", "新疆从2016年开始搞免费体检"},
		{"湘阴县21年那张自评表", "湘阴县2021年那张自评表"},
		{"21年和22年比多了多少", "2021年和2022年比多了多少"},
		{"到35年人均预期寿命多少", "到2035年人均预期寿命多少"},
		{"过去10年建了几家医院", "过去10年建了几家医院"},
		{"近20年的变化", "近20年的变化"},
		{"这家卫生院建成10年了", "这家卫生院建成10年了"},
		{"30年来卫生事业的发展", "30年来卫生事业的发展"},
		{"工作20多年的乡村医生", "工作20多年的乡村医生"},
		{"干了30年的村医有几个", "干了30年的村医有几个"},
		{"到60年的目标", "到60年的目标"},
		{"2021年的签约率", "2021年的签约率"},
		{"第25年", "第25年"},
		{"1.5年", "1.5年"},
		{"", ""},
	} {
		if got := ExpandShortYears(c.in, now); got != c.want {
			t.Errorf("ExpandShortYears(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if f := Filters(ExpandShortYears("湘阴县21年编制多少人", now), now); len(f.Years) != 1 || f.Years[0] != 2021 {
		t.Errorf("years of an expanded short year: %v", f.Years)
	}
}

func FuzzExpandShortYears(f *testing.F) {
	for _, s := range []string{"到25年底", "从16年开始", "过去10年", "12年年底", "９９年", "5.25年"} {
		f.Add(s)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		got := ExpandShortYears(s, now)
		if len(got) < len(s) || (got == s) != (len(got) == len(s)) {
			t.Fatalf("ExpandShortYears(%q) = %q: text lost", s, got)
		}
	})
}
