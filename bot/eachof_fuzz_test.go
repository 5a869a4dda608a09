package bot

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSplitEachOf checks the each-of splitter on any text: no panic, and
// either no split or 2..maxEachOf non-empty, valid questions.
func FuzzSplitEachOf(f *testing.F) {
	for _, s := range []string{
		"广西的医院按等级分，三级、二级、一级各有多少家？", "广西三级、二级医院各有多少家？", "孕产妇死亡率和婴儿死亡率分别是多少？",
		"去年和前年分别是多少", "按、分各", "和分别", "", "\xff和\xfe分别", strings.Repeat("甲、", 40) + "乙各有多少",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		parts := splitEachOf(text)
		if parts == nil {
			return
		}
		if len(parts) < 2 || len(parts) > maxEachOf {
			t.Fatalf("splitEachOf(%q) = %d parts", text, len(parts))
		}
		for _, p := range parts {
			if strings.TrimSpace(p) == "" || !utf8.ValidString(p) && utf8.ValidString(text) {
				t.Fatalf("splitEachOf(%q): bad part %q", text, p)
			}
		}
	})
}
