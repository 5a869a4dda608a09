package understand

import (
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
		if f := Filters(c.q, now); !equalInts(f.Years, c.years) {
			t.Errorf("%s: years %v, want %v", c.q, f.Years, c.years)
		}
	}
}

// After a whole, a count of those that are something asks that part:
// "收到的公开申请，有几件是要拖到下一年接着办的" asks 结转.
func TestCountedPartAsked(t *testing.T) {
	for q, want := range map[string]string{
		"洪山区卫健局去年收到的公开申请，有几件是要拖到下一年接着办的？": "结转",
		"去年全县的医疗机构，其中多少个是民营的？":            "民营",
		"去年全县一共有多少个医疗机构？":                 "",
		"枞阳县2023年基本公卫资金里，省里出的是多少？":        "省里",
	} {
		if got := AskedPart(q); got != want {
			t.Errorf("AskedPart(%q) = %q, want %q", q, got, want)
		}
	}
}

// A stretch of days pointed at ("国庆那几天", "那八天") is time: neither
// the unit asked nor the topic.
func TestSpanOfDays(t *testing.T) {
	for q, unit := range map[string]string{
		"泸州今年国庆中秋那几天，120一共救了多少伤员病人？": "",
		"淮南今年国庆那八天救护车一共派出去多少次？":      "次",
		"今年一共开展了几天义诊？":               "天",
	} {
		if got := AskedUnit(q); got != unit {
			t.Errorf("AskedUnit(%q) = %q, want %q", q, got, unit)
		}
		if topic := Topic(q); strings.Contains(topic, "那") || strings.Contains(topic, "八天") {
			t.Errorf("Topic(%q) = %q keeps the days pointed at", q, topic)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
