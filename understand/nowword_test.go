package understand

import "testing"

// 现在 asks the latest, which the filters read; its 在 frames no place
// ("在…上"), and a word after 的 that opens with 在 stays whole.
func TestNowLeavesTheTopic(t *testing.T) {
	for q, want := range map[string]string{
		"宿迁现在有多少比例已经打上疫苗了？": "比例已经打上疫苗",
		"现在的在职人员有多少":        "在职人员",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
}
