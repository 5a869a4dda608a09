package understand

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// A lay phrase holding a time word ("拖到下一年", "拖到今年办") is read
// whole: its official term (结转) is in the topic, and its time word is not
// a year asked.
func TestTimedLayPhrase(t *testing.T) {
	now := time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		q     string
		years []int
	}{
		{"洪山区卫健局去年收到的公开申请，有几件是要拖到下一年接着办的？", []int{2025}},
		{"武昌区卫健局还有没办完的信息公开申请吧？要拖到今年办的有几件？", nil},
	} {
		if topic := Topic(c.q); !strings.Contains(topic, "结转") {
			t.Errorf("%s: topic %q lacks 结转", c.q, topic)
		}
		if f := Filters(c.q, now); !slices.Equal(f.Years, c.years) {
			t.Errorf("%s: years %v, want %v", c.q, f.Years, c.years)
		}
	}
}
