package understand

import (
	"strings"
	"testing"
)

// A counted kind a question writes in one kind of numerals is searched in
// the other too: reports write "3大行动" and "五个方面".
func TestCountedKindInOtherNumerals(t *testing.T) {
	cases := []struct{ q, want string }{
		{"三大行动是哪三个？", "3大行动"},
		{"那5个方面是什么？", "五个方面"},
		{"十二项任务有哪些？", "12项任务"},
	}
	for _, c := range cases {
		if got := Expand(c.q); !strings.Contains(got, c.want) {
			t.Errorf("Expand(%q) = %q, want it to hold %q", c.q, got, c.want)
		}
	}
}
