package understand

import (
	"strings"
	"testing"
)

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
