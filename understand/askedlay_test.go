package understand

import "testing"

// A lay phrase holding a word the question asks with ("救了多少", "跑了多少
// 趟") is read as its official term before those words are stripped; one
// inside a longer word ("上报了") or a verb and 了 alone ("报了") is not.
func TestAskedLayPhrases(t *testing.T) {
	for q, want := range map[string]string{
		"阜阳今年上半年120一共救了多少病人":   "120 救治 病人",
		"阜阳市里今年上半年救护车一共跑了多少趟？": "救护车 出车",
		"这个社区医生要管多少口人？":        "社区医生 服务人口",
		"去年一共上报了多少例传染病？":       "上报 传染病",
		"甘肃去年丙类的病一共报了多少？":      "丙类的病 报",
		"艾滋病死了几个？":             "艾滋病 死亡", // after a disease's name a predicate starts
		"到年中完成了几成？":            "完成率",
	} {
		if got := Topic(q); got != want {
			t.Errorf("Topic(%q) = %q, want %q", q, got, want)
		}
	}
}
