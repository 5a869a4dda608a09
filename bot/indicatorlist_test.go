package bot_test

import (
	"strings"
	"testing"
)

// "有哪些主要指标" asks the figures a plan sets, though the word 指标 stands
// nowhere in it: the answer lists the targets' own clauses, from every
// passage of the plan found, and no other report's figures.
func TestIndicatorsOfAPlan(t *testing.T) {
	plan := "宁陵县“十四五”卫生健康发展规划\n一、发展基础\n“十三五”期间，全县人均预期寿命由76.1岁提高到77.2岁。\n" +
		"二、发展目标\n到2025年，全县人均预期寿命达到78岁，孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在4‰以下。\n" +
		"每千人口执业(助理)医师数达到3.2人，每千人口注册护士数达到3.8人，居民健康素养水平达到30%。\n" +
		"三、主要任务\n（一）完善公共卫生服务体系。加快县疾控中心实验室建设，健全传染病监测预警网络。\n"
	other := "宁陵县卫生健康局2024年工作总结\n2024年，全县家庭医生签约率达到65%，门诊量增长5%，住院量增长3%。\n"
	b := botOver(t, map[string]string{"宁陵县十四五规划.txt": plan, "宁陵县2024年总结.txt": other})
	a := ask(t, b, nil, "宁陵县十四五规划里定了哪些主要指标？说几个")
	for _, want := range []string{"78岁", "10/10万", "3.2人", "30%"} {
		if !strings.Contains(a.Text, want) {
			t.Errorf("missing %s:\n%s", want, a.Text)
		}
	}
	body := strings.Split(a.Text, "来源")[0]
	for _, not := range []string{"65%", "76.1岁"} {
		if strings.Contains(body, not) {
			t.Errorf("lists %s, no target of the plan:\n%s", not, a.Text)
		}
	}
}
