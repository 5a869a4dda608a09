package understand

import "testing"

// "市里的", "县里面" after a named place only say "in" it: no part of the
// topic. 里 after a word that is no division stays.
func TestTopicWithoutWithinPlace(t *testing.T) {
	for q, want := range map[string]string{
		"咸宁市里的急救车有多少辆？": "急救车 辆",
		"宁乡县里面有几家县级医院？": "县级医院",
		"湖北省里三级医院有多少家？": "三级医院 家",
		"咸宁去年公里数是多少？":   "公里数",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
}
