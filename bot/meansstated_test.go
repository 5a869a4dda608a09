package bot_test

import (
	"strings"
	"testing"
)

// Asked how a thing was done ("是咋推动…的"), the answer opens with the
// sentence that says by what means (通过…、…等途径), not with the plan
// after it that repeats more of the question's words.
func TestHowDoneOpensWithTheMeans(t *testing.T) {
	b := botOver(t, map[string]string{
		"青河县医保.txt": "青河县医保局推动门诊共济政策落地\n" +
			"今年以来,青河县医疗保障局坚持以群众需求为导向,通过上门讲解门诊共济政策、开设咨询专窗、简化报销材料等途径,把好事办好。" +
			"目前,全县各定点医疗机构均已实施职工门诊共济制度。" +
			"下一步,青河县医疗保障局将进一步抓好政策落地落实,简化办事流程,确保群众尽知医保政策。\n",
	})
	a := ask(t, b, nil, "青河县医保局是咋推动门诊共济落地的？")
	lines := strings.Split(a.Text, "\n")
	if len(lines) < 2 || !strings.Contains(lines[1], "开设咨询专窗") {
		t.Errorf("want the means first: %s", a.Text)
	}
}
