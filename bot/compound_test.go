package bot_test

import (
	"strings"
	"testing"
)

// A message asking two things gets both answered, the second taking the
// first's place and years; a plan and its result are never "in conflict".

// planAndResult is a made-up provincial report: a review of 2023 and the
// plan for 2024, with a long-term target, under bare part titles (the
// figures are invented).
var planAndResult = map[string]string{
	"海南省2024年政府工作报告.txt": "2024年海南省政府工作报告\n各位代表：\n现在向大会报告工作。\n2023年工作回顾\n" +
		"全省新增养老床位3852张，人均预期寿命达到79.1岁，养老机构护理型床位占比达到58%。\n" +
		"2024年重点工作\n新增养老床位3000张。到2030年，人均预期寿命达到80岁，养老机构护理型床位占比达到70%。\n",
	"海南省2025年政府工作报告.txt": "2025年海南省政府工作报告\n各位代表：\n现在向大会报告工作。\n2024年工作回顾\n" +
		"全省新增养老床位3500张。\n",
	"贵州省2024年政府工作报告.txt": "2024年贵州省政府工作报告\n各位代表：\n现在向大会报告工作。\n2023年工作回顾\n" +
		"全省新增养老床位1200张，人均预期寿命达到77.5岁，养老机构护理型床位占比达到40%。\n",
}

func TestCompoundQuestionAnswersEachPart(t *testing.T) {
	b := botOver(t, planAndResult)
	a := ask(t, b, nil, "海南省到2030年人均预期寿命想到多少岁？养老机构护理型床位要占多少？")
	for _, want := range []string{"80岁", "70%"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("answer lacks %s: %s", want, a.Text)
		}
	}
	// The second part names no place or year: 海南省's 2030 target, not
	// 贵州省's or 2023's share.
	for _, wrong := range []string{"40%", "58%", "77.5"} {
		if strings.Contains(a.Text, wrong) {
			t.Errorf("answer states %s: %s", wrong, a.Text)
		}
	}
	if len(a.Sources) < 2 || !strings.Contains(a.Text, "[2]") {
		t.Errorf("each part should cite its own source, numbered in one sequence: %s", a.Text)
	}
}

func TestComparisonIsNotASecondQuestion(t *testing.T) {
	b := botOver(t, planAndResult)
	a := ask(t, b, nil, "海南和贵州2023年人均预期寿命分别是多少？哪个省高？")
	if !strings.Contains(a.Text, "79.1") || !strings.Contains(a.Text, "77.5") || !strings.Contains(a.Text, "比较") {
		t.Errorf("a comparison of two places, answered side by side: %s", a.Text)
	}
}

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
