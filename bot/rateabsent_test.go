package bot_test

import (
	"strings"
	"testing"
)

// A rate asked that a task list only names ("5.…推广家庭医生签约服务") is not
// found: the item's outline number is no percentage (made-up task list).
func TestRateAskedNotAnOutlineNumber(t *testing.T) {
	b := botOver(t, map[string]string{
		"宣城市任务分解.txt": "宣城市卫健委2021年政府工作报告任务分解\n5.树立全周期健康管理理念,推广家庭医生签约服务。补齐公共医疗卫生基础设施短板,加快建设市妇幼保健院。\n",
	})
	a := ask(t, b, nil, "宣城市2021年家庭医生签约率是多少？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") {
		t.Errorf("want not found:\n%s", a.Text)
	}
}
