package bot

import "testing"

// A label writing the question's last words in another order matches;
// one lacking a word of it, or adding more than one, does not.
func TestReorderedLabel(t *testing.T) {
	for _, tt := range []struct {
		topic, label string
		want         bool
	}{
		{"献全血的人", "全血献血者", true},
		{"慢特病门诊", "门诊慢特病", true},
		{"献全血的人", "献血量", false},      // lacks 全
		{"献全血的人", "单采血小板献血者", false}, // adds 单采小板
		{"病床数", "床位数", false},        // lacks 病
		{"献血", "献血者", false},         // too short to tell by characters
	} {
		if got := reorderedLabel(tt.topic, tt.label); got != tt.want {
			t.Errorf("reorderedLabel(%q, %q) = %v, want %v", tt.topic, tt.label, got, tt.want)
		}
	}
}
