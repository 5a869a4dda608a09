package understand

import "testing"

// A year named as an accounting or review year ("2020年度") leaves nothing
// of itself in the topic.
func TestFiscalYearLeavesNoTopicWord(t *testing.T) {
	for q, want := range map[string]string{
		"瑞金市2020年度审计查出的问题整改完了几项？": "审计查出的问题整改完了几项",
		"2023年度全市卫生健康支出多少":        "全市卫生健康支出",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
}
