package bot

import "testing"

// An age a question asks about is named by a label of the same age group,
// written as a bound or as a range.
func TestSameAges(t *testing.T) {
	for _, c := range []struct {
		question, label string
		want            bool
	}{
		{"14岁以下小孩 死亡率", "0-14岁儿童报告死亡率", true},
		{"7岁以下小孩 健康管理率", "0-6岁儿童健康管理率", true},
		{"65周岁以上老人 健康管理率", "65岁及以上老年人健康管理率", true},
		{"14岁以下小孩 死亡率", "5岁以下儿童死亡率", false},
		{"14岁以下小孩 死亡率", "户籍人口死亡率", false},
		{"死亡率", "0-14岁儿童报告死亡率", false},
	} {
		if got := sameAges(c.question, c.label); got != c.want {
			t.Errorf("sameAges(%q, %q) = %v, want %v", c.question, c.label, got, c.want)
		}
	}
}
