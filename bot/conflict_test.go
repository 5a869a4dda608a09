package bot_test

import (
	"strings"
	"testing"
)

// Sources disagreeing on one figure get a warning; a plan and its result,
// or a level and a change, are no disagreement.

func TestPlanAndResultAreNoConflict(t *testing.T) {
	b := botOver(t, planAndResult)
	a := ask(t, b, nil, "海南省2024年打算新增多少张养老床位？")
	if !strings.HasPrefix(a.Text, "根据资料，海南省2024年新增养老床位为3000张（计划目标）") {
		t.Errorf("the plan should lead: %s", a.Text)
	}
	for _, w := range a.Warnings {
		if strings.Contains(w, "不一致") {
			t.Errorf("a plan and a result reported as a conflict: %s", w)
		}
	}
	// 2024's plan (3000) and 2024's result (3500, in the next year's
	// report) are both shown, with no warning.
	a = ask(t, b, nil, "海南省2024年新增养老床位多少张？")
	if !strings.Contains(a.Text, "3000张") || !strings.Contains(a.Text, "3500张") {
		t.Errorf("want the plan and the result of 2024: %s", a.Text)
	}
	for _, w := range a.Warnings {
		if strings.Contains(w, "不一致") {
			t.Errorf("a plan and a result reported as a conflict: %s", w)
		}
	}
	a = ask(t, b, nil, "海南省人均预期寿命实际达到多少岁？不要目标值")
	if !strings.Contains(a.Text, "79.1岁") || strings.Contains(a.Text, "80岁") {
		t.Errorf("the result, without the target, was asked: %s", a.Text)
	}
}

func TestLevelAndChangeAreNoConflict(t *testing.T) {
	b := botOver(t, planAndResult)
	a := ask(t, b, nil, "海南省2024年医疗卫生机构床位多少张？")
	if !strings.Contains(a.Text, "5.2万张") {
		t.Errorf("want the level: %s", a.Text)
	}
	for _, w := range a.Warnings {
		if strings.Contains(w, "不一致") {
			t.Errorf("a level and a change reported as a conflict: %s", w)
		}
	}
}

func TestTwoYearsCompared(t *testing.T) {
	b := botOver(t, map[string]string{
		"2025.txt": "2025年北京市政府工作报告\n一、2024年工作回顾\n新增普惠性托位近1.9万个。\n",
		"2026.txt": "2026年北京市政府工作报告\n一、2025年工作回顾\n新增普惠托位8897个。\n",
	})
	a := ask(t, b, nil, "北京新增普惠托位，2025年和2024年各新增了多少？是多了还是少了？")
	if !strings.Contains(a.Text, "比较：2024年（1.9万个）多于2025年（8897个）。") {
		t.Errorf("want the two years compared, 万个 scaled: %s", a.Text)
	}
	a = ask(t, b, nil, "北京2025年新增普惠托位多少个？")
	if strings.Contains(a.Text, "比较") {
		t.Errorf("one year asked, nothing to compare: %s", a.Text)
	}
}

func TestResultAskedWhereOnlyAPlanExists(t *testing.T) {
	b := botOver(t, map[string]string{"plan.txt": "2025年海南省政府工作报告\n三、2025年工作安排\n规范托育服务机构发展，每千人口托位数达4.5个。\n"})
	a := ask(t, b, nil, "海南2025年每千人口托位数实际达到多少个了？")
	if !strings.HasPrefix(a.Text, "资料中没有找到海南省2025年") || !strings.Contains(a.Text, "只有计划目标") || !strings.Contains(a.Text, "4.5个（计划目标）") {
		t.Errorf("say the result is not found, then the plan as a plan: %s", a.Text)
	}
}
