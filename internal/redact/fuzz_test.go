package redact

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzReplace(f *testing.F) {
	for _, s := range []string{"", "xoxb-1234-abcdef", "Bearer abcdefghijklmnop", "sk-0123456789abcdef0123",
		"0123456789abcdef0123456789abcdef.AbCdEfGhIjKlMnOp", "bce-v3/ALTAK-abc123/def", "Zq3xT9mWk2LpR7vB4nH8yC1dF6gJ0sAe",
		"2023年家庭医生签约率是多少？"} {
		f.Add(s)
	}
	k := NewKnown("fuzz-secret-VALUE")
	f.Fuzz(func(t *testing.T, s string) {
		out := Replace(s, Mark)
		if Contains(out) && !strings.Contains(s, Mark) {
			// Replacing may join text around a mark into a new match only
			// through the mark itself, which holds no secret characters.
			t.Errorf("Replace left a secret: %q -> %q", s, out)
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Errorf("Replace broke UTF-8: %q -> %q", s, out)
		}
		if got := k.Apply(s + "fuzz-secret-VALUE"); strings.Contains(got, "fuzz-secret-VALUE") {
			t.Errorf("Apply kept the known value: %q", got)
		}
	})
}
