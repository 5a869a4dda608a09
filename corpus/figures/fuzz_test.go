package figures

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzExtract checks the API invariants on arbitrary input: no panic,
// spans inside the sentence, non-empty valid labels, blanks without
// values and values found where they are said to be.
func FuzzExtract(f *testing.F) {
	for _, ss := range loadSamples(f) {
		for _, s := range ss {
			f.Add(s)
		}
	}
	for _, s := range []string{
		"家庭医生总签约率为50.2%(省市要求>50%)", "５０．２％", "1,353万元", "5______人", "xx家", "××万元",
		"2020年-2022年", "0——36月龄", "256.3/10万", "1.2.3", "((((1)", "”“50%", "_", "分别为、、",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		figs := extract(s) // unguarded, so that a panic fails the test
		for _, g := range figs {
			if g.Start < 0 || g.Start > g.End || g.End > len(s) {
				t.Fatalf("%q: span %d..%d out of range", s, g.Start, g.End)
			}
			if g.Label == "" || !utf8.ValidString(g.Label) {
				t.Fatalf("%q: bad label %q", s, g.Label)
			}
			if g.Missing && (g.Raw != "" || g.Value != 0) {
				t.Fatalf("%q: missing figure with value %+v", s, g)
			}
			if !g.Missing && (g.Raw == "" || !strings.HasPrefix(s[g.Start:], g.Raw)) {
				t.Fatalf("%q: raw %q not at %d", s, g.Raw, g.Start)
			}
		}
	})
}
