package bot_test

import (
	"strings"
	"testing"
)

// A question naming the kind it asks which things of before its
// which-word ("…卫生重点项目有哪几个") is answered by the list the text
// writes before that kind ("加快建设A、B、C等重点项目"), not by the
// form's lines under a heading that shares a word with it.
func TestKindNamedBeforeWhichWord(t *testing.T) {
	b := botOver(t, map[string]string{
		"灵璧县2021年任务分解.txt": "县卫健委2021年政府工作报告任务分解\n文章来源:灵璧县卫生健康委员会\n" +
			"1.落实积极应对人口老龄化国家战略,加快发展健康、养老、育幼、家政等服务业。\n牵头责任单位:县卫健委、县民政局\n主要协作单位:各乡镇人民政府、县政府有关部门\n" +
			"2.树立全周期健康管理理念,推广家庭医生签约服务。补齐公共医疗卫生基础设施短板,加快建设县妇幼保健院、医疗废物集中处置中心、县疾控中心等重点项目。\n牵头责任单位:县卫健委\n",
	})
	a := ask(t, b, nil, "灵璧县2021年要加快建设的卫生重点项目有哪几个？")
	first := strings.SplitN(a.Text, "\n", 3)
	if len(first) < 2 || !strings.Contains(first[1], "医疗废物集中处置中心") {
		t.Errorf("want the list of projects first: %s", a.Text)
	}
}
