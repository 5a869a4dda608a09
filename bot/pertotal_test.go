package bot_test

import (
	"strings"
	"testing"
)

// A total asked of a programme's money ("基本公卫的钱一共多少") is no amount
// per head, though the lay words name that indicator (made-up report).
func TestTotalIsNoAmountPerHead(t *testing.T) {
	b := botOver(t, map[string]string{
		"宣城市基本公卫.txt": "宣城市2023年基本公共卫生服务项目绩效自评报告\n2023年,人均基本公共卫生服务经费补助标准为89元。全年基本公共卫生服务资金5728万元全部执行到位。\n",
	})
	a := ask(t, b, nil, "宣城市2023年基本公卫的钱一共执行到位多少？")
	if !strings.Contains(firstLine(a.Text), "5728万元") {
		t.Errorf("want the total 5728万元:\n%s", a.Text)
	}
}
