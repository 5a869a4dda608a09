package bot

import "testing"

// A question naming an age group is answered only by a number in a clause
// naming that group, in either script; the age itself is no such number.
func TestQuotesAgeAsked(t *testing.T) {
	for _, tt := range []struct {
		text, question string
		want           bool
	}{
		{"1. “18歲以上人群接種率95.76%,列七縣市區第一;” [1]\n2. “提高60歲以上人群接種率工作” [1]", "60岁以上老人的加强针打了多少？", false},
		{"1. “60歲以上人群接種率達到91.2%” [1]", "60岁以上老人的加强针打了多少？", true},
		{"1. “18歲以上人群接種率95.76%” [1]", "加强针打了多少？", true},
	} {
		if got := quotesAgeAsked(tt.text, tt.question); got != tt.want {
			t.Errorf("quotesAgeAsked(%q, %q) = %v, want %v", tt.text, tt.question, got, tt.want)
		}
	}
}
