package bot_test

import (
	"strings"
	"testing"
)

// "提高到了多少" asks the level reached: the value the words "提高到" stand
// before, not a count of the same sentence's other measure that shares more
// of the question's words (建成核酸检测实验室13家).
func TestLevelReachedIsAfterItsVerb(t *testing.T) {
	b := botOver(t, map[string]string{
		"总结.txt": "丹东市卫生健康委2020年工作总结\n建成13家核酸检测实验室,日检测能力由每日不足500人份提高到每日14000人份。\n",
	})
	a := ask(t, b, nil, "丹东2020年核酸检测一天能做的量提高到了多少？")
	if first := strings.SplitN(a.Text, "\n", 2)[0]; !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(first, "14000人份") {
		t.Errorf("want the level reached, 14000人份:\n%s", a.Text)
	}
}
