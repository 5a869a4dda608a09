package understand

import "testing"

// A county named by its short form at the start of a question is where it
// asks about, also when a year follows it ("寿光2022年…") or a stripped
// time word left a gap ("寿光去年…" with 去年 gone): never a topic word.
func TestCountyShortFormBeforeYear(t *testing.T) {
	for q, want := range map[string]string{
		"寿光去年是怎么提升医疗服务的？":    "提升医疗服务",
		"寿光2022年是怎么提升医疗服务的？": "提升医疗服务",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
		if got := Place(q); got != "寿光市" {
			t.Errorf("Place(%q) = %q, want 寿光市", q, got)
		}
	}
}
