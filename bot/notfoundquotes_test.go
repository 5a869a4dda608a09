package bot_test

import (
	"strings"
	"testing"
)

// A figure no report gives is said not found; the passages shown beside it
// quote none of the other measures' numbers, which a reader would take for
// the answer.
func TestNotFoundQuotesNoOtherNumbers(t *testing.T) {
	b := botOver(t, map[string]string{
		"常德.txt": "常德市卫生健康委员会2024年政府信息公开工作年度报告\n" +
			"本年度报告由常德市卫生健康委员会编制，全文包括总体情况、收到和处理政府信息公开申请情况、存在的主要问题及改进情况。\n" +
			"一、总体情况\n（一）主动公开政府信息情况。2024年我委主动公开政府信息共145条，历年累计11046条。\n",
	})
	a := ask(t, b, nil, "常德2024年有多少人申请政府信息公开？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") {
		t.Errorf("want not found first:\n%s", a.Text)
	}
	body, _, _ := strings.Cut(a.Text, "来源：")
	for _, n := range []string{"145", "11046"} {
		if strings.Contains(body, n) {
			t.Errorf("another measure's %s quoted after not found:\n%s", n, a.Text)
		}
	}
}

// The subject a report's title names ("古龙镇卫生院" of its 决算公开说明) is
// no word of the label asked: "花在项目上的钱" is its 项目支出.
func TestTitleSubjectLeavesTheLabel(t *testing.T) {
	b := botOver(t, map[string]string{
		"决算.txt": "重庆市大足区古龙镇卫生院 2023年度决算公开说明\n一、支出决算情况说明\n" +
			"2023年度支出合计192.01万元，其中：基本支出143.88万元，占比74.9%；项目支出48.13万元，占比25.1%。\n",
	})
	a := ask(t, b, nil, "古龙镇卫生院（大足）2023年花在项目上的钱有多少？")
	if !strings.Contains(firstLine(a.Text), "48.13万元") {
		t.Errorf("want 项目支出 48.13万元 first:\n%s", a.Text)
	}
}

// Money asked ("住一次院平均花多少钱") and only other quantities on the
// topic (平均住院日 8.25日): the figure is not found, whatever days or
// counts the passages quote (made-up bulletin).
func TestMoneyAskedNotAnsweredByDays(t *testing.T) {
	b := botOver(t, map[string]string{
		"公报.txt": "云溪市2024年卫生健康事业发展统计公报\n2024年全市医院出院患者平均住院日为8.25日，比上年缩短0.3日。次均医疗费用控制有所成效。\n",
	})
	a := ask(t, b, nil, "云溪市2024年住一次院平均花多少钱？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") {
		t.Errorf("want not found first:\n%s", a.Text)
	}
}

// A rate asked (孕产妇死亡率) is not answered by a count whose label shares
// its words (高危孕产妇238人): it is not found (made-up report).
func TestRateAskedNotAnsweredByCount(t *testing.T) {
	b := botOver(t, map[string]string{
		"妇幼.txt": "云溪县妇幼保健计划生育服务中心2023年度报告\n2023年全年活产数404人,高危孕产妇238人,高危孕产妇管理238人,高危孕产妇管理率100%。\n",
	})
	a := ask(t, b, nil, "云溪县2023年孕产妇死亡率是多少？")
	if !strings.HasPrefix(a.Text, "资料中没有找到") || strings.Contains(firstLine(a.Text), "238") {
		t.Errorf("want not found:\n%s", a.Text)
	}
}
