package bot_test

import (
	"strings"
	"testing"
)

// "一共能放多少张床" asks the whole a sentence breaks down ("设置1200张病床,
// 含医疗床位800张,康复养老床位400张"), not one of its parts.
func TestTotalAskedIsTheWhole(t *testing.T) {
	b := botOver(t, map[string]string{
		"新院区.txt": "蚌埠市第二人民医院新院区开诊\n发布时间:2023-08-20\n市二院新院区项目占地约180亩,设置1200张病床,含医疗床位800张,康复养老床位400张,总投资约12.4亿元。\n",
	})
	a := ask(t, b, nil, "蚌埠二院新院区一共能放多少张床？")
	if !strings.HasPrefix(a.Text, "根据资料") || !strings.Contains(strings.SplitN(a.Text, "\n", 2)[0], "1200张") {
		t.Errorf("want the whole, 1200张:\n%s", a.Text)
	}
}
