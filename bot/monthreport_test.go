package bot_test

import (
	"strings"
	"testing"
)

// A monthly report: "怎么抓的" asks what was done this month, answered by
// the summary's item on the topic, not by next month's plan nor by another
// item's paragraph that shares one bigram by chance ("预防控制" holds 防控).
func TestMonthlyReportHowItWasDone(t *testing.T) {
	text := "卫滨区卫生健康委员会本月工作总结\n一、本月工作总结\n" +
		"1、疫情防控。区卫健委5个督导组对辖区医疗机构开展院感防控检查,建立问题整改台账,限期整改。\n" +
		"2、项目建设。截至目前,疾病预防控制中心业务楼项目已完成设计。村卫生室建设项目已开工。中医院改造项目已报发改委审批。人民医院病房楼已封顶。\n" +
		"二、下月工作计划\n1、疫情防控。继续做好疫情防控督导工作。\n2、项目建设。继续推进村卫生室建设。\n" +
		"卫滨区卫生健康委员会\n2022年1月28日\n"
	b := botOver(t, map[string]string{"卫滨区本月工作总结.txt": text})
	a := ask(t, b, nil, "卫滨区这个月疫情防控是怎么抓的？")
	body := strings.Split(a.Text, "来源")[0]
	if !strings.Contains(body, "问题整改台账") {
		t.Errorf("want the summary's item:\n%s", a.Text)
	}
	for _, not := range []string{"继续做好", "业务楼"} {
		if strings.Contains(body, not) {
			t.Errorf("quotes %q:\n%s", not, a.Text)
		}
	}
}
